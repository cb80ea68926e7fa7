// A document's running header: a short line printed again at every page break (××市安全生产委员会办公室 over each
// page of a PDF), beside the page numbers the rules have marked; and a part's marker, the same line over each part of a
// text cut into parts with its counter (◆ 第7章 在…会议上的讲话（2/4）, as a reader's notes export a book's chapter).
import {
  dateOfLine,
  endsSentence,
  isSalutation,
  isSpeakerLine,
  isTitleLine,
  parseEnumerator,
} from "./outline-patterns";
import { aboveFrame, isFrame, RUNNING_HEADER } from "./noise-page-furniture";
import { ADDRESS_WATERMARK } from "./noise-address-watermarks";
import { keptFrom, previousLine } from "./noise-page-cards";
import { markTitlesAtBreaks } from "./noise-title-at-breaks";
import { markPartMarkers } from "./noise-part-markers";
import { squeezedLines } from "./page-line-views";
import type { Removed } from "./types";

const PAGE_NUMBER = "页码";

/** How often a short line must recur to be a running header, and how many copies must sit at a page number. */
const RUNNING_HEADER_COUNT = 3;
const AT_PAGE_BREAK = 2;
/** — 1 — / - 2 - / · 3 · / 第3页 / < 2/5 >: a page number as a page or a reader prints it. */
const PRINTED_PAGE_RE =
  /^(?:[—–－-]\s*\d{1,4}\s*[—–－-]|[·•]\s*\d{1,4}\s*[·•]|第\s*\d{1,4}\s*页.*|[<‹〈]\s*\d{1,4}\s*[/／]\s*\d{1,4}\s*[>›〉])$/;

/** A header's own page number at its line's end, after its words (××讲话材料　　　　2 / 7; the normaliser drops the
 *  gap). */
const OWN_PAGE_NUMBER_RE =
  /(?<=[\u4e00-\u9fff）)\s])\s*(?:\d{1,4}\s*[/／]\s*\d{1,4}|第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?|[—–－-]\s*\d{1,4}\s*[—–－-])$/;

/** A line's words, without its spaces and its own page number. */
/** Whether `t` holds its own page number, which ends on a digit, 页 or a dash: the pattern (a lookbehind, tried at each
 *  place of the line) runs only on a line ending so. */
const hasOwnPageNumber = (t: string) => "0123456789页—–－-".includes(t.at(-1) ?? "\n") && OWN_PAGE_NUMBER_RE.test(t);
const wordsOf = (t: string) => (hasOwnPageNumber(t) ? t.replace(OWN_PAGE_NUMBER_RE, "") : t).replace(/\s+/g, "");

/** The lines that `keep` accepts, grouped by their text with spaces and their own page number dropped (line
 *  numbers, in order). */
function copiesOf(texts: string[], keep: (t: string, i: number) => boolean): Map<string, number[]> {
  const copies = new Map<string, number[]>();
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i]!.trim();
    if (!keep(t, i)) continue;
    // Copies with their page number are grouped apart from the words alone (the speech's own title, where the header
    // repeats it).
    const key = wordsOf(t) + (hasOwnPageNumber(t) ? "\u0000页" : "");
    const list = copies.get(key);
    if (list) list.push(i);
    else copies.set(key, [i]);
  }
  return copies;
}

/** A page number on line i itself, within three lines of it (the rules mark page numbers before this runs), or above
 *  it past the page's removed chrome (< 2/5 > / 放大 缩小 全屏 / 下载文档到电脑… over a reader's page). */
function atPageBreak(texts: string[], verdict: (string | null)[], i: number): boolean {
  if (hasOwnPageNumber(texts[i]!.trim())) return true;
  for (let j = Math.max(0, i - 3); j <= Math.min(texts.length - 1, i + 3); j++) if (verdict[j] === "页码") return true;
  return pageNumberPast(texts, verdict, i, -1) >= 0;
}

/** The lines (indexes) a printed page number was cut from the end of (…仍有短板，—10—: a reader's copy that joined the
 *  page's last line and its number): the page broke after them, as after a number on a line of its own. */
export function linesEndingInPageNumbers(lines: { text: string; lineNo: number }[], removed: Removed[]): Set<number> {
  const numbers = new Map<number, string[]>();
  for (const r of removed)
    if (r.reason === PAGE_NUMBER && r.lineNo !== undefined && PRINTED_PAGE_RE.test(r.text.trim()))
      numbers.set(r.lineNo, [...(numbers.get(r.lineNo) ?? []), r.text.trim()]);
  const out = new Set<number>();
  lines.forEach((l, i) => {
    const t = l.text.trim();
    if (numbers.get(l.lineNo)?.some((n) => t.length > n.length && t.endsWith(n))) out.add(i);
  });
  return out;
}

/** Line i stands right over another title line (…讲话材料 over 在…上的讲话). */
function overOtherTitle(texts: string[], verdict: (string | null)[], i: number): boolean {
  const below = keptFrom(texts, verdict, i, 1);
  const t = below >= 0 ? texts[below]!.trim() : "";
  return isTitleLine(t) && t.replace(/\s+/g, "") !== texts[i]!.replace(/\s+/g, "");
}

const MIN_CUT_LINE = 15;
/** Line i stands between two halves of a sentence: the kept line above it ends none and the one below opens none. */
function cutsSentence(texts: string[], verdict: (string | null)[], i: number): boolean {
  const above = keptFrom(texts, verdict, i, -1);
  const below = keptFrom(texts, verdict, i, 1);
  if (above < 0 || below < 0) return false;
  const [prev, next] = [texts[above]!.trim(), texts[below]!.trim()];
  // The half above is a line of text with its clauses (a page's headline or a file's name over the first title cuts
  // nothing).
  if (prev.length < MIN_CUT_LINE || !/[，、；]/.test(prev) || isTitleLine(prev) || endsSentence(prev)) return false;
  return !parseEnumerator(next) && !isFrame(next);
}

const CHROME_PAST = 12;
/** The page number reached from line i in direction `step` across blank and removed lines only, or -1. */
function pageNumberPast(texts: string[], verdict: (string | null)[], i: number, step: 1 | -1): number {
  for (let j = i + step, n = 0; j >= 0 && j < texts.length && n < CHROME_PAST; j += step, n++) {
    if (verdict[j] === "页码") return j;
    if (texts[j]!.trim() && !verdict[j]) return -1;
  }
  return -1;
}

function underTitle(texts: string[], i: number): boolean {
  const above = previousLine(texts, i);
  return above >= 0 && isTitleLine(texts[above]!.trim());
}

/** Marks a short line printed at every page break (a document's running header): three copies or more, two of
 *  them beside a page number, or two right under printed page numbers, or one on the file's first line (not a
 *  title) and one right under a printed page number, of which only that one is marked. A copy standing above a
 *  salutation or a date stays (it is the title), and a salutation, a date, a numbered heading or a sentence is never
 *  one: a collection of speeches repeats those; nor a speaker, unless every copy but the first stands at a page
 *  break. */
export function markRunningHeaders(
  texts: string[],
  verdict: (string | null)[],
  endingInPageNumbers: ReadonlySet<number> = new Set(),
): void {
  const speakers = new Set<string>();
  const copies = copiesOf(texts, (t, i) => {
    // Copies already taken for a page's reprinted head (noise-page-ends.ts) count among the copies.
    if (t.length < 4 || t.length > 40 || (verdict[i] && verdict[i] !== RUNNING_HEADER)) return false;
    if (/[。！？!?：:]/.test(t) || isSalutation(t) || dateOfLine(t) || parseEnumerator(t)) return false;
    if (isSpeakerLine(t)) speakers.add(t.replace(/\s+/g, ""));
    return true;
  });
  // Two copies suffice where each stands right under a printed page number (— 1 — / ××县安委会办公室, over a PDF's
  // pages); a bare digit may be a table's cell.
  // (Or right under a line the cuts took a printed page number from the end of.)
  const underPrintedNumber = (i: number) => {
    const k = pageNumberPast(texts, verdict, i, -1);
    return k >= 0 && PRINTED_PAGE_RE.test(texts[k]!.trim());
  };
  // (Or a footer printed with its number on one line: 简报名　— 3 —, the number cut already.)
  const underPageNumber = (i: number) =>
    underPrintedNumber(i) || endingInPageNumbers.has(previousLine(texts, i)) || endingInPageNumbers.has(i);
  // A header printed twice, on the file's first line (the top of its first page: an OA system's 流程打印 line) and
  // under a page number: only the copy under the number is marked, since the first line may be the speech's own
  // title (以案为鉴　压实责任 over its text); the first line is left to the other rules. Not a title-shaped line at
  // all: a collection repeats its titles over its speeches.
  const atTop = (i: number) => previousLine(texts, i) < 0 && !isTitleLine(texts[i]!.trim());
  /** How the copies stand at page breaks, with page numbers found by `under`. */
  const standing = (lines: number[], under: (i: number) => boolean) => {
    const pairFromTop = lines.length === 2 && lines.some(atTop) && lines.some(under);
    const least = lines.every(under) || pairFromTop ? 2 : RUNNING_HEADER_COUNT;
    const atBreaks = lines.filter((i) => (pairFromTop && atTop(i)) || atPageBreak(texts, verdict, i) || under(i));
    return {
      pairFromTop,
      least,
      atBreaks: atBreaks.length,
      ok: lines.length >= least && atBreaks.length >= AT_PAGE_BREAK,
    };
  };
  // A copy over a salutation is the speech's title, unless the page broke inside the speech's head: under a printed
  // number, the speech's title or speaker the text's last line above it (…上的发言 / 镇长 ××× / ·8· / header / 尊敬的…),
  // and printed before (on any line): a booklet's first page opens with the title the later pages' header repeats.
  const inSpeechHead = (i: number) => {
    const above = keptFrom(texts, verdict, i, -1);
    const t = above >= 0 ? texts[above]!.trim() : "";
    if (!underPrintedNumber(i) || !(isTitleLine(t) || isFrame(t))) return false;
    const words = wordsOf(texts[i]!.trim());
    return texts.slice(0, i).some((x) => wordsOf(x.trim()) === words);
  };
  for (const [key, lines] of copies) {
    // Two copies at the least make a header (standing's least): most lines are printed once.
    if (lines.length < 2) continue;
    const printed = standing(lines, underPrintedNumber);
    // Numbers glued to line ends alone (…总体平稳。—1— / 存在的问题) do not tell a header from a speech's sub-head or
    // slogan repeated after a page's last sentence: one copy must cut a sentence across the break.
    const glued = printed.ok ? printed : standing(lines, underPageNumber);
    if (!glued.ok || (glued !== printed && !lines.some((i) => cutsSentence(texts, verdict, i)))) continue;
    const { pairFromTop, least, atBreaks } = glued;
    // A unit's or a speaker's name (××市安委会办公室): a header only where every copy but the first is at a break.
    // …and none stands under a title: a collection's speakers, each under his speech's title, are no header.
    if (
      speakers.has(key) &&
      (atBreaks < least || atBreaks < lines.length - 1 || lines.some((i) => underTitle(texts, i)))
    )
      continue;
    // A title's words: a header only where one copy cuts a sentence (…站在对群众 / name / 生命财产…) or stands over
    // another title (a document's name over its speech's own); a collection may print one title over each speech.
    const header = (i: number) => cutsSentence(texts, verdict, i) || overOtherTitle(texts, verdict, i);
    const titled = isTitleLine(texts[lines[0]!]!.trim());
    if (titled && !lines.some(header)) continue;
    // A title whose every other copy is a footer its page number was cut from (在…讲话　— 2 —): the one copy that is
    // no footer and stands under no page number is the speech's title, printed where no page broke.
    const ownTitle = (i: number) =>
      titled && !underPageNumber(i) && lines.every((j) => j === i || endingInPageNumbers.has(j));
    for (const i of lines)
      if (!(aboveFrame(texts, verdict, i) && !inSpeechHead(i)) && !(pairFromTop && atTop(i)) && !ownTitle(i))
        verdict[i] = RUNNING_HEADER;
  }
  markRepeatedWatermarks(texts, verdict);
  markMisreadHeaders(texts, verdict, underPageNumber);
  markTitlesAtBreaks(texts, verdict);
  markSiteNamesAtBreaks(texts, verdict, underPageNumber);
  markPartMarkers(texts, verdict);
}

/** Long enough that one character in it may be misread while the rest still says which header it is. */
const MISREAD_MIN = 8;
const oneOff = (a: string, b: string) => a.length === b.length && [...a].filter((c, k) => c !== b[k]).length === 1;

/** A header's copy an OCR misread in one character (××会议材科之二 under — 2 — beside ××会议材料之二 at the other
 *  breaks): right under a printed page number, as long as a marked header and differing from it in one character
 *  only, with the text's sentence running on across it. A line of the text's own there (the next speech's title over
 *  its speaker, a heading over its paragraph) opens what follows and cuts no sentence. */
function markMisreadHeaders(
  texts: string[],
  verdict: (string | null)[],
  underPageNumber: (i: number) => boolean,
): void {
  const squeezed = squeezedLines(texts);
  const headers = [...new Set(squeezed.filter((_, i) => verdict[i] === RUNNING_HEADER))];
  if (!headers.some((h) => h.length >= MISREAD_MIN)) return;
  texts.forEach((_, i) => {
    const t = squeezed[i]!;
    if (verdict[i] || t.length < MISREAD_MIN || /[。！？，；：:]/.test(t) || !underPageNumber(i)) return;
    if (!headers.some((h) => oneOff(h, t)) || aboveFrame(texts, verdict, i)) return;
    if (cutsSentence(texts, verdict, i)) verdict[i] = RUNNING_HEADER;
  });
}

const SITE_NAME_MAX = 20;
/** Other lines of the page's chrome that must begin with the name. */
const SITE_NAME_CHROME = 2;

/** 千页文库 alone right under 第1页共6页: the site's name (a 文库, a 范文 site, an app), printed at a page break, where
 *  the page's chrome begins with it twice or more (千页文库 - 海量文档免费下载, 千页文库 > 行业资料, already marked). A
 *  sentence cut by the break flows across it; a short line of the text's own (县应急管理局, 平安沙河) names no site. */
function markSiteNamesAtBreaks(
  texts: string[],
  verdict: (string | null)[],
  underPageNumber: (i: number) => boolean,
): void {
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i]!.trim();
    if (verdict[i] || t.length < 2 || t.length > SITE_NAME_MAX || /[。！？，、；：:]/.test(t)) continue;
    if (!SITE_NAME_RE.test(t) || isTitleLine(t) || parseEnumerator(t) || !underPageNumber(i)) continue;
    const key = t.replace(/\s+/g, "");
    let chrome = 0;
    texts.forEach((x, j) => {
      if (j !== i && verdict[j] && x.replace(/\s+/g, "").startsWith(key)) chrome++;
    });
    if (chrome >= SITE_NAME_CHROME) verdict[i] = RUNNING_HEADER;
  }
}

/** A site's or an app's name printed on a line of its own again and again through the text (××范文 APP every ten
 *  lines of a long image's OCR): three copies or more of a short line naming a site. The text flows across it. */
const SITE_NAME_RE = /app|客户端|公众号|范文|文库|\.com|\.cn|www\./i;
const WATERMARK_COPIES = 3;

function markRepeatedWatermarks(texts: string[], verdict: (string | null)[]): void {
  const copies = copiesOf(
    texts,
    (t, i) =>
      // A quoted name (“××应急”微信公众号) is the speech's, left on a line of its own by a wrap.
      !verdict[i] &&
      t.length >= 3 &&
      t.length <= 24 &&
      SITE_NAME_RE.test(t) &&
      !/[。！？，：:“”"「」]/.test(t) &&
      !parseEnumerator(t) &&
      !isTitleLine(t),
  );
  for (const lines of copies.values())
    if (lines.length >= WATERMARK_COPIES) for (const i of lines) verdict[i] = ADDRESS_WATERMARK;
}
