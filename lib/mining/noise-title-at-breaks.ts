// The speech's own title printed again at a page break: a mobile site heads each page of an article it cut into pages
// with the title and the page's number (…上的讲话（第2页）), and a scan's running head repeats the title over each page,
// where an OCR may misread one character of it (…会议上的讲活). Either is a page's furniture the text flows across.
// Only a copy of a title the text printed earlier counts: with its page's number (no speech prints its own title so),
// or right under a page number with a sentence of prose cut on both sides of it (the line above runs on, the line
// below carries it on: no speaker, date or salutation, no new paragraph). A collection's next speech may bear the same
// title, or one a year, a season or a quarter apart (2023/2024, 春季/秋季, 第一/第二季度): a copy that differs from the
// title in such a character is another title, and the first speech's last line (a signature, a date and place, a
// table's row, a slogan) is no cut sentence. A site's page may number its copy bare (…上的讲话(2)) right under the
// pager: a collection numbers its next speeches so too, but the next speech opens with its own head (a salutation, a
// speaker, a date, its first point) after the first one's closing; the page's copy stands where the text runs on.
import {
  dateOfLine,
  isClosingStart,
  isSalutation,
  isSpeakerLine,
  isTitleLine,
  parseEnumerator,
} from "./outline-patterns";
import { keptFrom, previousLine } from "./noise-page-cards";
import { RUNNING_HEADER } from "./noise-page-furniture";
import { squeeze, squeezedLines } from "./page-line-views";

/** Long enough that one character in it may be misread while the rest still says which title it is. */
const MIN_TITLE = 8;
/** （第2页） / (第 3 页) after the title's words. */
const PAGE_SUFFIX_RE = /\s*[（(]\s*第\s*\d{1,3}\s*页\s*[）)]$/;
const MIN_CUT_LINE = 15;

/** Characters that tell one title from the next in a series (a year, an ordinal, a season, a half, a place's level):
 *  a copy differing in one of these for another of these is another title, not a misread one. */
const SERIES_CHAR_RE = /[\d０-９〇零一二三四五六七八九十百千两春夏秋冬上中下前后首末半省市县区镇乡村]/;
/** The same title, or one character of it misread (讲话/讲活, 专项/专顶). */
function copyOf(title: string, t: string): boolean {
  if (title.length !== t.length) return false;
  const diff = [...title].flatMap((c, k) => (c === t[k] ? [] : [[c, t[k]!]]));
  if (diff.length > 1) return false;
  return !diff.some(([a, b]) => SERIES_CHAR_RE.test(a!) && SERIES_CHAR_RE.test(b!));
}

/** The titles printed on kept lines, each with the last line it takes: a title line, or a title wrapped over two
 *  lines (…会议上 / 的讲话). One pass over the kept lines. */
function titlesOf(texts: string[], verdict: (string | null)[]): { end: number; title: string }[] {
  const titles: { end: number; title: string }[] = [];
  let last = -1;
  let lastIsTitle = false;
  const squeezed = squeezedLines(texts);
  texts.forEach((raw, i) => {
    const t = raw.trim();
    if (!t || verdict[i]) return;
    const isTitle = isTitleLine(t);
    if (isTitle) titles.push({ end: i, title: squeezed[i]! });
    else if (last >= 0 && !lastIsTitle) {
      const joined = squeeze(texts[last]!.trim() + t);
      if (joined.length <= 60 && isTitleLine(joined)) titles.push({ end: i, title: joined });
    }
    [last, lastIsTitle] = [i, isTitle];
  });
  return titles.filter((h) => h.title.length >= MIN_TITLE);
}

/** A gap between two fields of a line (县长　王建国, a table's cells, a slogan's pieces), not after a sentence's end. */
const FIELD_GAP_RE = /[^\s。！？!?；;：:，,、”」）)][ \t\u3000]+\S/;
/** A date opening a line (2024年4月18日在…, （2024年3月22日）, 二〇二四年…). */
const DATE_START_RE = /^[（(]?\s*(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年/;
const HEADING_START_RE = /^[（(]?[一二三四五六七八九十\d]{1,3}[、.．)）]/;
/** A line of prose cut mid-sentence: long, a clause in it, no fields, no date at its start, no title. */
const isProse = (t: string) =>
  t.length >= MIN_CUT_LINE &&
  /[，,、；;。：:]/.test(t) &&
  !FIELD_GAP_RE.test(t) &&
  !DATE_START_RE.test(t) &&
  !isTitleLine(t);

/** The kept line above line i ends mid-sentence and the one below carries that sentence on: both prose, the one below
 *  no heading, no new (indented) paragraph, and no speaker, date or salutation under the copy. */
function cutsSentence(texts: string[], verdict: (string | null)[], i: number): boolean {
  const above = keptFrom(texts, verdict, i, -1);
  const below = keptFrom(texts, verdict, i, 1);
  if (above < 0 || below < 0) return false;
  const [prev, raw] = [texts[above]!.trim(), texts[below]!];
  const next = raw.trim();
  if (/[。！？!?：:；”」）)]$/.test(prev) || !isProse(prev) || !isProse(next)) return false;
  if (/^[ \t\u3000]/.test(raw) || HEADING_START_RE.test(next)) return false;
  const after = keptFrom(texts, verdict, below, 1);
  return after < 0 || !/[：:]$/.test(texts[after]!.trim()) || texts[after]!.trim().length > 12;
}

/** (2) / （3）: a later page's bare number after the title's words. */
const BARE_NUMBER_RE = /\s*[（(]\s*([2-9]|[1-9]\d)\s*[）)]$/;

/** The copy at i with a bare page number carries the text on: the kept line above the page number closes no speech,
 *  and the one below heads none (no salutation, speaker or date, no first point of an outline). */
function runsOnUnder(texts: string[], verdict: (string | null)[], i: number): boolean {
  const above = keptFrom(texts, verdict, i, -1);
  const below = keptFrom(texts, verdict, i, 1);
  if (above < 0 || below < 0 || isClosingStart(texts[above]!.trim())) return false;
  const next = texts[below]!.trim();
  if (isSalutation(next) || isSpeakerLine(next) || dateOfLine(next) || isTitleLine(next)) return false;
  return parseEnumerator(next)?.n !== 1;
}

/** Marks the title's copies at page breaks (see the top of the file). */
export function markTitlesAtBreaks(texts: string[], verdict: (string | null)[]): void {
  let titles: { end: number; title: string }[] | null = null;
  const squeezed = squeezedLines(texts);
  texts.forEach((_, i) => {
    const t = squeezed[i]!;
    if (verdict[i] || t.length < MIN_TITLE || /[。！？，；：:]/.test(t)) return;
    const paged = PAGE_SUFFIX_RE.test(t);
    const above = previousLine(texts, i);
    if (!paged && (above < 0 || verdict[above] !== "页码")) return;
    titles ??= titlesOf(texts, verdict);
    const earlier = titles.filter((h) => h.end < i).map((h) => h.title);
    if (paged) {
      const words = t.replace(PAGE_SUFFIX_RE, "");
      if (earlier.includes(words)) verdict[i] = RUNNING_HEADER;
    } else if (BARE_NUMBER_RE.test(t)) {
      if (earlier.includes(t.replace(BARE_NUMBER_RE, "")) && runsOnUnder(texts, verdict, i))
        verdict[i] = RUNNING_HEADER;
    } else if (earlier.some((h) => copyOf(h, t)) && cutsSentence(texts, verdict, i)) verdict[i] = RUNNING_HEADER;
  });
}
