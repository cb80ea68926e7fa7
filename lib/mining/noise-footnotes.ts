// Footnotes flattened to text (a Word file's notes, a PDF page's): a line opening with a note's mark, the same mark
// cited inside a sentence above it.
import { isPrintingNote } from "./noise-document-tails";
import { needs } from "./regex-needs";
import { pageText } from "./page-line-views";
import { previousLine } from "./noise-page-cards";
import { parseEnumerator } from "./outline-patterns";
import { cut, type Ctx } from "./noise-fragments";
import { CITED_WORK } from "./noise-paper-lines";
import { END_NOTES } from "./noise-site-notices";

/** A note's mark: ① … ⑳, or a number in brackets ([1], ［2］, 〔3〕, as Word's footnotes are flattened to text), or
 *  one that names itself a note ([注1], ［注2］, 〔注3〕). */
const NOTE_MARK = String.raw`[\u2460-\u2473]|[\[［〔]注?\d{1,2}[\]］〕]`;
export const FOOTNOTE = "脚注";
const NOTE_MARK_REASON = "脚注标记";
const NOTE_START_RE = new RegExp(String.raw`^\s*(${NOTE_MARK})`);
const NOTE_MARK_RE = new RegExp(NOTE_MARK, "g");
/** Whether `text` holds a character every mark holds one of (① … ⑳, [, ［, 〔): the ASCII bracket looked for alone, since
 *  V8 scans a Chinese text for one class of only wide characters several times faster than for a class mixing both. */
const MARK_CHAR_RE = /[\u2460-\u2473［〔]/;
const mayHoldMark = (text: string) => text.includes("[") || MARK_CHAR_RE.test(text);
/** A sentence's end: a line that closes on it is the speech's (谢谢大家！), never a note's tail. */
const SENTENCE_END_RE = /[。！？!?][”’"）)]*$/;
const markKey = (m: string) => m.replace(/[^\d注]/g, "") || m;
/** [注1]: a mark that names itself a note, which no speech numbers its points with. */
const NAMED_MARK_RE = /注\d/;

/** Marks a line opening with a note's mark (① …, [1] …) when the same mark is cited inside a sentence above it: a
 *  footnote. */
export function markFootnotes(texts: string[], verdict: (string | null)[]): void {
  // A page none of whose lines may hold a mark cites none: no line is a note then.
  if (mayHoldMark(pageText(texts))) markCitedNotes(texts, verdict);
  markNoteTails(texts, verdict);
}

function markCitedNotes(texts: string[], verdict: (string | null)[]): void {
  // Where each mark is first cited inside a line (not opening it): one pass, so a file of marks stays linear.
  const firstCited = new Map<string, number>();
  texts.forEach((t, i) => {
    if (!mayHoldMark(t)) return;
    const open = NOTE_START_RE.exec(t)?.[1];
    for (const m of t.matchAll(NOTE_MARK_RE)) {
      if (m[0] === open && !t.slice(0, m.index).trim()) continue;
      if (!firstCited.has(markKey(m[0]))) firstCited.set(markKey(m[0]), i);
    }
  });
  // A number in brackets also numbers a speech's points (〔1〕全面开展…): as a note it stands after the last prose, a
  // long line or a sentence (the speech's short close, 谢谢大家！, below its points says they are its own; a 公文's
  // printing note below the notes is no prose).
  const lastProse = texts.findLastIndex((t, i) => {
    const line = t.trim();
    if (verdict[i] || !line || NOTE_START_RE.test(line) || isPrintingNote(line)) return false;
    return line.length >= 20 || SENTENCE_END_RE.test(line);
  });
  texts.forEach((t, i) => {
    const m = NOTE_START_RE.exec(t);
    if (!m || verdict[i] || (firstCited.get(markKey(m[1]!)) ?? Infinity) >= i) return;
    if (/\d/.test(m[1]!) && !NAMED_MARK_RE.test(m[1]!) && i < lastProse) return;
    verdict[i] = FOOTNOTE;
  });
}

const PAGE_NUMBER = "页码";
/** The most lines a wrapped note runs on for. */
const MAX_TAIL_LINES = 3;

/** A note rule: the short line a page prints over its notes (————————, ________). */
const NOTE_RULE_RE = /^[—―─━_\-－]{4,}$/;

/** A footnote wrapped at a page's foot (———— / ①数据来源：…，不含农业机 / 械和铁路交通事故。 / — 2 —): the lines after a
 *  note that ends no sentence, up to the one that ends it, when the note stands under a note rule and the page's number
 *  follows right under them. Only the note's own sentence runs on: a line opening a heading (二、…) or an indented
 *  paragraph, or one wider than the note's first line, is the speech's. A note with no rule over it sits among the
 *  speech's lines (flattened right after its paragraph), where a short section may end the page: nothing is taken. */
function markNoteTails(texts: string[], verdict: (string | null)[]): void {
  texts.forEach((t, i) => {
    if (verdict[i] !== FOOTNOTE || SENTENCE_END_RE.test(t.trim())) return;
    const rule = previousLine(texts, i);
    if (rule < 0 || !NOTE_RULE_RE.test(texts[rule]!.trim())) return;
    const width = t.trim().length;
    const tail: number[] = [];
    for (let k = i + 1; k < texts.length && tail.length < MAX_TAIL_LINES; k++) {
      const raw = texts[k]!;
      const line = raw.trim();
      if (!line || verdict[k] || NOTE_START_RE.test(line)) break;
      if (/^[ \t\u3000]/.test(raw) || parseEnumerator(line) || line.length > width) return;
      tail.push(k);
      if (SENTENCE_END_RE.test(line)) break;
    }
    if (!tail.length || !SENTENCE_END_RE.test(texts[tail.at(-1)!]!.trim())) return;
    let below = tail.at(-1)! + 1;
    while (below < texts.length && !texts[below]!.trim()) below++;
    if (verdict[below] === PAGE_NUMBER) for (const j of tail) verdict[j] = FOOTNOTE;
  });
}

/** A page's foot note as a PDF's text prints it: its number, then the note (1 “两客一危一货”，指…); not a figure with
 *  its unit (11月，…). */
const FOOT_NOTE_RE =
  /^\s*(\d{1,2})\s*(?![年月日号时分秒个人起家项条次元万亿多余名位辆台套处座栋户吨米度岁天周批件轮倍所场类期届])[\u4e00-\u9fff“]/;
/** The most lines a page's notes take above its number. */
const MAX_NOTE_LINES = 4;

/** Marks the notes at a page's foot, right above its number (1 安全生产治本攻坚三年行动，指…, and its next lines),
 *  when the page's text cites that number as a note's mark: a superscript the text lost, glued after a word and
 *  before a stop or the line's end (三年行动1。 / “两客一危一货” 1). A figure in a sentence has its unit after it. */
export function markPageFootNotes(texts: string[], verdict: (string | null)[]): void {
  let pageStart = 0;
  for (let i = 0; i < texts.length; i++) {
    if (verdict[i] !== PAGE_NUMBER) continue;
    const above: number[] = [];
    for (let k = i - 1; k >= pageStart && above.length < MAX_NOTE_LINES; k--) {
      if (!texts[k]!.trim()) continue;
      if (verdict[k]) break;
      above.unshift(k);
    }
    const first = above.findIndex((k) => FOOT_NOTE_RE.test(texts[k]!));
    const start = pageStart;
    pageStart = i + 1;
    if (first < 0) continue;
    const notes = above.slice(first);
    const text = texts.slice(start, notes[0]).filter((_, k) => !verdict[start + k]);
    // Each note's number is cited on the page (a list's items 1 …, 2 … at a page's foot are not).
    const cites = (k: number) => {
      const mark = FOOT_NOTE_RE.exec(texts[k]!)?.[1];
      // …第1。 is a rank, not a note's mark.
      const cited = new RegExp(String.raw`(?!第)[\u4e00-\u9fff”’）》]\s?${mark}(?:[。，；：！？、]|\s*$)`);
      return !mark || text.some((t) => cited.test(t));
    };
    if (notes.every(cites)) for (const k of notes) verdict[k] = FOOTNOTE;
  }
}

/** A journal's list of the works it cites ([1] 罗某. 题名[J]. …, noise-paper-lines.ts) or a file's notes under 注释：
 *  after the speech (noise-site-notices.ts): numbered lines no speech writes. */
const LISTED_NOTES = new Set([CITED_WORK, END_NOTES]);
const LISTED_NUMBER_RE = /^\s*[[［](\d{1,3})[\]］]/;
/** A citation inside a sentence as a journal prints it: [1], [3-5], [6,7] (and [1][2], two of them). */
const CITATION_RE = needs(/[[［]/, /(?<=\S)[[［]\d{1,3}(?:\s*[-–—~～,，、]\s*\d{1,3}){0,8}[\]］]/g);

/** The numbers a citation cites: [3-5] cites 3, 4 and 5. */
function citedNumbers(mark: string): number[] {
  const out: number[] = [];
  for (const part of mark.slice(1, -1).split(/[,，、]/)) {
    const [from, to = from] = part.split(/[-–—~～]/).map((x) => Number(x.trim()));
    for (let n = from!; n <= to! && out.length <= 50; n++) out.push(n);
    if (to! < from!) return [];
  }
  return out;
}

/** A cutter for the marks of the notes the page rules removed, left standing in the kept sentences that cite them
 *  (…未发生生产安全事故[注1]，…, …共造成8人死亡[1][2]，…, …明显滞后[3-5]。): the note is gone. A mark that names itself a
 *  note ([注1]) goes wherever its note went; a bare number in brackets only where the page's list of cited works or its
 *  注释 list numbers every work it cites — a bare [1] may be the speech's own reference, and stays on a page with no
 *  such list. Null when no such note was marked. */
export function removedNoteMarks(
  texts: string[],
  verdict: (string | null)[],
): ((line: string, lineNo: number, ctx: Ctx) => string) | null {
  const keys = new Set<string>();
  const listed = new Set<number>();
  texts.forEach((t, i) => {
    const m = verdict[i] === FOOTNOTE ? NOTE_START_RE.exec(t)?.[1] : undefined;
    if (m && NAMED_MARK_RE.test(m)) keys.add(markKey(m));
    const n = LISTED_NOTES.has(verdict[i] ?? "") ? LISTED_NUMBER_RE.exec(t)?.[1] : undefined;
    if (n) listed.add(Number(n));
  });
  if (!keys.size && !listed.size) return null;
  const named = keys.size ? new RegExp(String.raw`(?<=\S)[\[［〔](?:${[...keys].join("|")})[\]］〕]`, "g") : null;
  const unlisted = (m: string) => {
    const cited = citedNumbers(m);
    return !cited.length || cited.some((n) => !listed.has(n));
  };
  return (line, lineNo, ctx) => {
    const t = named ? cut(line, named, NOTE_MARK_REASON, lineNo, ctx) : line;
    return listed.size ? cut(t, CITATION_RE, NOTE_MARK_REASON, lineNo, ctx, unlisted) : t;
  };
}
