// A table of contents above the speech (目录 / 提纲 / a 文库's 文档大纲 panel / a 简报's 本期要目, then the numbered headings it lists, often cut short by the
// page's width): the heading line and its entries are noise; the speech repeats the headings where they belong.
// A collection of speeches (通用3篇, 范文（一）…) may list its speeches' titles the same way, numbered or not, with or
// without 目录 above: a title that comes again further down, above its own speech, is an entry of that list, and so
// is one marked as they are (第4篇：…) though its speech is not on the page.
import { endsSentence, isSalutation, isTitleLine, parseEnumerator, PIAN_RE } from "./outline-patterns";
import { markBulletinSections } from "./noise-bulletin-sections";
import { nextLine, RUNNING_HEADER } from "./noise-page-furniture";
import { BULLET_RE, titleCore, unbulleted } from "./noise-toc-entry";
import { squeeze, squeezedLines } from "./page-line-views";

const TOC_HEAD_RE =
  /^[【\[]?(?:(?:文档|本文|文章|本期)?(?:目\s*录|提\s*纲)(?:大纲)?|(?:文档|本文|文章)大纲|本期(?:要\s*目|导\s*读))(?:\s*[/／、]\s*(?:目\s*录|提\s*纲))?[】\]]?\s*[：:]?\s*[…．.。]*$/;
/** 文档大纲: a 文库's outline panel, its entries with their pages (一、… ··· P1); a speech may head its own framework
 *  文章大纲 over numbered lines, without pages. */
const OUTLINE_PANEL_RE = /^[【\[]?(?:文档|本文|文章)大纲[】\]]?\s*[：:]?$/;
/** 本文目录：第1篇 主持词（副县长）　第2篇 …: a collection's list on the head's own line (cut at its spaces). */
const INLINE_TOC_HEAD_RE =
  /^[【\[]?(?:文档|本文|全文)?目\s*录[】\]]?\s*[：:]\s*(?:第[一二三四五六七八九十\d]{1,3}篇|篇[一二三四五六七八九十\d]{1,3})/;
/** 第2篇 致辞（…）: an entry of such a list, its space lost to normalising. */
const PIAN_ENTRY_RE = /^(?:第[一二三四五六七八九十\d]{1,3}篇|篇[一二三四五六七八九十\d]{1,3})/;
const PIAN_ENTRY_MAX = 40;
/** How far into the file a table of contents can start (page chrome may come first). */
const TOC_WINDOW = 40;
export const TOC = "目录（提纲）";
const TOC_BUTTON_RE = /^(?:收起|展开|折叠|隐藏)(?:目录|全部)?\s*[∨∧▼▲]?$/;
/** A page number, bare, in a gazette's brackets (（7）) or as a 文库's P7. */
const PAGE_NO = String.raw`(?:[Pp]\s*)?(?:\d{1,3}|[（(]\d{1,3}[）)])`;
/** 一、提高认识…………1: an entry with its dot leaders and page number (a gazette's names the speaker before it:
 *  …讲话……周宏远（7）). */
const LEADERS_RE = new RegExp(String.raw`^.{2,60}?[…．.·。]{3,}\s*(?:[\u4e00-\u9fff]{2,4}\s*)?${PAGE_NO}$`);
/** …考核结果的通报 … 4: an entry too long for more than a leader's … or two, among entries with their leaders. */
const SHORT_LEADERS_RE = new RegExp(String.raw`^.{2,60}?…{1,2}\s*${PAGE_NO}$`);
/** 【领导讲话】: a gazette's section over its entries, among entries with their leaders. */
const SECTION_RE = /^[【[][\u4e00-\u9fff]{2,12}[】\]]$/;
export const TITLE_LIST = "目录（篇目）";
const BARE_PAGE_RE = /[）)》]\s*\d{1,3}$/;

/** A title line whose title is written again after line `after` (where its speech starts); a later line that is
 *  `other`, another line of the list word for word, does not count (a document's name, …讲话稿, over its title
 *  …讲话, printed again over each page, holds the title without listing it). */
function listedTitle(
  texts: string[],
  verdict: (string | null)[],
  i: number,
  after: number,
  other?: Set<string>,
): boolean {
  const t = texts[i]!.trim();
  if (!isTitleLine(t)) return false;
  const core = titleCore(t);
  if (core.length < 6) return false;
  const squeezed = squeezedLines(texts);
  const own = squeeze(t);
  for (let k = after + 1; k < texts.length; k++) {
    // A headline printed again at every page break is not a speech's title.
    if (verdict[k] === RUNNING_HEADER) continue;
    const later = texts[k]!;
    const key = squeezed[k]!;
    if (other?.has(key) && key !== own) continue;
    if (later.length < 200 && key.includes(core) && isTitleLine(later.trim())) return true;
  }
  return false;
}

/** 第3篇：/【篇三】: a collection's marker, its numbers written as N (the shape the entries of one list share). */
function markerShape(t: string): string | null {
  const m = PIAN_RE.exec(t);
  return m ? m[0].replace(/[一二三四五六七八九十\d]+/g, "N").replace(/\s+/g, "") : null;
}

/** The next non-blank line after j is a salutation or a paragraph: line j is the title of the text below it. */
function opensText(texts: string[], j: number): boolean {
  for (let k = j + 1; k < texts.length; k++) {
    const t = texts[k]!.trim();
    if (t) return isSalutation(t) || (t.length > 60 && endsSentence(t));
  }
  return false;
}

/** An unnumbered entry of a bulleted table (• 写在前面, • 结语：…): a short line with no sentence in it. */
const bulletedEntry = (t: string) => BULLET_RE.test(t) && t.length <= 40 && !/[。！？；，]/.test(t);

/** 看清形势，把握安全生产的主… : an entry cut short by the sidebar's width, no sentence in it. */
const cutEntry = (t: string) => t.length <= 40 && /[^…．.]…$|[^.]\.{3}$/.test(t) && !/[。！？；]/.test(t);

/** Line t is the table's first entry again (一、提高认识 after 一、提高认识 二、…; the entry may be cut short): the text's
 *  own first heading. A nested entry (一、 of a listed speech's outline) differs in its words; a title is an entry of
 *  a collection's list, however often it recurs. */
function restarts(t: string, texts: string[], entries: number[]): boolean {
  const e = parseEnumerator(t);
  if (!entries.length || !e || isTitleLine(t.slice(e.end))) return false;
  const firstText = unbulleted(texts[entries[0]!]!.trim());
  const first = parseEnumerator(firstText);
  if (!first || e.family !== first.family || e.n !== first.n) return false;
  const [a, b] = [t, firstText].map((x) => x.replace(/[\s…．.·。]+$/g, "").replace(/\s+/g, ""));
  return a!.startsWith(b!) || b!.startsWith(a!);
}

/** 篇一：/【篇1】: a collection's marker's number, or null. */
const markerNumber = (t: string): string | null =>
  PIAN_RE.exec(t)?.[0].replace(/[^一二三四五六七八九十\d]/g, "") ?? null;

/** Title line t names again an entry taken already, under the same number (【篇一】X after 篇一：X): a list names each
 *  speech once, so this is the speech's own title. A collection of like titles numbers them apart (篇一：X, 篇二：X);
 *  unnumbered, like titles are left as they were. */
function relists(t: string, texts: string[], entries: number[]): boolean {
  const core = titleCore(t);
  const n = markerNumber(t);
  if (!n) return false;
  return entries.some((k) => {
    const e = unbulleted(texts[k]!.trim());
    return markerNumber(e) === n && titleCore(e) === core;
  });
}

/** Marks a collection's contents (the table of contents or its list of titles) and its markers over each speech. */
export function markTableOfContents(texts: string[], verdict: (string | null)[]): void {
  markContents(texts, verdict);
  markMarkersOverTitles(texts, verdict);
  markOmittedSections(texts, verdict);
  markHeadingDigests(texts, verdict);
}

/** 守牢安全底线｜紧盯重点领域｜压实各方责任 under a post's title: an account's digest of the speech's headings on one line,
 *  three or more between bars, each standing alone below as its heading: a table of contents on a line. */
const DIGEST_PARTS = 3;
const DIGEST_BAR_RE = /[｜|丨]/;
function markHeadingDigests(texts: string[], verdict: (string | null)[]): void {
  for (let i = 0; i < Math.min(texts.length, TOC_WINDOW); i++) {
    // (The split scans the whole line: only where it holds a bar.)
    if (!DIGEST_BAR_RE.test(texts[i]!)) continue;
    const parts = texts[i]!.trim().split(/\s*[｜|丨]\s*/);
    if (parts.length < DIGEST_PARTS || parts.some((x) => x.length < 2 || x.length > 20 || /[。！？，；]/.test(x)))
      continue;
    if (parts.every((x) => texts.some((y, k) => k > i && y.trim() === x))) verdict[i] ??= TOC;
  }
}

/** （已由县安委会另行印发，本汇编从略）: a compilation's note that it leaves a section out. */
const OMITTED_RE =
  /^[（(][^（）()]{0,40}(?:从略|略去|此处略|全文略|(?:样本|文本|内容|正文|附件|原文)略)[^（）()]{0,20}[）)]$/;
const OMITTED = "汇编从略的篇目";

/** Marks each note of a section left out and its head above it, where the table of contents lists that head. */
function markOmittedSections(texts: string[], verdict: (string | null)[]): void {
  const listed = texts
    .filter((_, k) => verdict[k] === TOC || verdict[k] === TITLE_LIST)
    .map((t) => t.replace(/\s+/g, ""));
  if (!listed.length) return;
  texts.forEach((t, i) => {
    if (!OMITTED_RE.test(t.trim())) return;
    // Nothing of the section follows (a speech printed with its note, （根据录音整理，部分数据从略）, is no omission).
    const after = nextLine(texts, i);
    if (after >= 0 && !verdict[after] && !listed.some((x) => x.includes(texts[after]!.replace(/\s+/g, "")))) return;
    verdict[i] ??= OMITTED;
    let k = i - 1;
    while (k >= 0 && !texts[k]!.trim()) k--;
    const head = k >= 0 ? texts[k]!.replace(/\s+/g, "") : "";
    if (head.length >= 4 && head.length <= 40 && listed.some((x) => x.includes(head))) verdict[k] ??= OMITTED;
  });
}

/** Marks the table of contents with its reason; an entry is a short numbered line, a cut marker or a listed title,
 *  and the table ends at the first line that is not one (a salutation, another title, prose). */
function markContents(texts: string[], verdict: (string | null)[]): void {
  const limit = Math.min(texts.length, TOC_WINDOW);
  for (let i = 0; i < limit; i++) {
    const inline = INLINE_TOC_HEAD_RE.test(texts[i]!.trim());
    // 目 / 录: a spaced head that a PDF's text set a character a line.
    const split = texts[i]!.trim() === "目" ? nextLine(texts, i) : -1;
    if (split >= 0 && texts[split]!.trim() === "录") {
      verdict[i] ??= TOC;
      i = split;
    } else if (!inline && !TOC_HEAD_RE.test(texts[i]!.trim())) continue;
    const entries: number[] = [];
    let titles = 0;
    let leaders = 0;
    let j = i + 1;
    for (; j < texts.length; j++) {
      const t = texts[j]!.trim();
      if (!t) continue;
      // 收起 / 展开目录: the table's own button under its head.
      if (j <= i + 2 && !entries.length && TOC_BUTTON_RE.test(t)) {
        verdict[j] ??= TOC;
        continue;
      }
      // · 一、…: an entry set off by a bullet.
      const entry = unbulleted(t);
      const shortLeaders = leaders > 0 && SHORT_LEADERS_RE.test(t);
      const next = nextLine(texts, j);
      const section = SECTION_RE.test(t) && (leaders > 0 || (next >= 0 && LEADERS_RE.test(texts[next]!.trim())));
      const numbered =
        shortLeaders ||
        section ||
        (entry.length <= 60 && !!parseEnumerator(entry) && !endsSentence(entry)) ||
        bulletedEntry(t) ||
        cutEntry(entry) ||
        /^[…．.。]{2,}$/.test(t) ||
        LEADERS_RE.test(t) ||
        (inline && t.length <= PIAN_ENTRY_MAX && PIAN_ENTRY_RE.test(t) && !endsSentence(t) && !opensText(texts, j));
      // A speech's title in the list, over entries of its outline cut short: the list names it in its own words.
      const overCut =
        isTitleLine(t) && nextLine(texts, j) >= 0 && cutEntry(unbulleted(texts[nextLine(texts, j)]!.trim()));
      const title = !numbered && (listedTitle(texts, verdict, j, j) || overCut);
      // 第4篇：… listed under 第1篇…第3篇 but not on this page (a preview, a list of the site's whole collection).
      const shape = markerShape(t);
      const sameMarker =
        !numbered && !title && titles > 0 && shape !== null && shape === markerShape(texts[entries.at(-1)!]!.trim());
      if ((!numbered && !title && !(sameMarker && isTitleLine(t) && !opensText(texts, j))) || isSalutation(t)) break;
      // A title the list has named already (【篇一】… under 篇一：…): the first speech's own title line.
      if (title && relists(t, texts, entries)) break;
      // The outline starting over (一、 again after 一、二、): the table ends where the speech's own headings begin.
      if (numbered && restarts(t, texts, entries)) break;
      // Once its entries carry dot leaders, the table ends at the first line without them: the text's own heading
      // (an entry too long for its leaders keeps its page number: …（市交通运输局） 13).
      const paged = LEADERS_RE.test(t) || (numbered && BARE_PAGE_RE.test(t)) || shortLeaders;
      if (leaders && !paged && !section) break;
      if (paged) leaders++;
      if (title) titles++;
      entries.push(j);
    }
    if (OUTLINE_PANEL_RE.test(texts[i]!.trim()) && !leaders) continue;
    if (!entries.length && !inline) return;
    const reason = titles || inline ? TITLE_LIST : TOC;
    verdict[i] ??= reason;
    for (const k of entries) verdict[k] ??= reason;
    markBulletinSections(texts, verdict, entries, i);
    return;
  }
  markHeadlessTitleList(texts, verdict);
}

/** Two or more title lines in a row near the top, each written again further down: the collection's list of its
 *  speeches without a 目录 line. A single speech's title and subtitle never recur, so they are not taken. */
function markHeadlessTitleList(texts: string[], verdict: (string | null)[]): void {
  const limit = Math.min(texts.length, TOC_WINDOW);
  for (let i = 0; i < limit; i++) {
    if (verdict[i] || !isTitleLine(texts[i]!.trim())) continue;
    const run: number[] = [];
    const cores = new Set<string>();
    for (let j = i; j < texts.length && run.length < 50; j++) {
      const t = texts[j]!.trim();
      if (!t || verdict[j]) continue;
      // The list ends where its first speech's own title line follows it directly.
      if (!isTitleLine(t) || cores.has(titleCore(t))) break;
      cores.add(titleCore(t));
      run.push(j);
    }
    const end = run[run.length - 1] ?? i;
    // Each listed title must recur after the whole run (not merely as the next line of the run itself).
    const lines = new Set(run.map((k) => texts[k]!.replace(/\s+/g, "")));
    if (run.length >= 2 && run.every((k) => listedTitle(texts, verdict, k, end, lines))) {
      for (const k of run) verdict[k] ??= TITLE_LIST;
      return;
    }
    i = end;
  }
}

/** …讲话稿 篇2 / 领导讲话（第3篇）: the collection's headline with a speech's number, over that speech's own title. */
const HEADLINE_MARKER_RE =
  /^\S.{1,36}?\s*[（(【\[]?(?:篇[一二三四五六七八九十\d]{1,3}|第[一二三四五六七八九十\d]{1,3}篇)[)）】\]]?$/;
const COLLECTION_MARKER = "合集篇目标记";

/** Marks each line that numbers a speech of the collection under the page's headline, where the next line is the
 *  speech's title (a marker alone, 篇2 or 【篇二】, is left to the structure, which opens the speech with it). */
function markMarkersOverTitles(texts: string[], verdict: (string | null)[]): void {
  texts.forEach((raw, i) => {
    const t = raw.trim();
    // An outline's heading (一、领学…第3篇) is the speech's own line, whatever follows it.
    if (verdict[i] || !HEADLINE_MARKER_RE.test(t) || /[。！？；，]/.test(t) || PIAN_RE.test(t) || parseEnumerator(t))
      return;
    const next = texts.findIndex((x, k) => k > i && !verdict[k] && x.trim());
    // A ——subtitle under it makes it the speech's main title, marker and all.
    const title = next >= 0 ? texts[next]!.trim() : "";
    if (isTitleLine(title) && !/^[—–\-－]/.test(title)) verdict[i] = COLLECTION_MARKER;
  });
}
