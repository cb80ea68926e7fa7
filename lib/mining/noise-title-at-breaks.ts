// The speech's own title printed again at a page break: a mobile site heads each page of an article it cut into pages
// with the title and the page's number (…上的讲话（第2页）), and a scan's running head repeats the title over each page,
// where an OCR may misread one character of it (…会议上的讲活). Either is a page's furniture the text flows across.
// Only a copy of a title the text printed earlier counts: with its page's number (no speech prints its own title so),
// or right under a page number with the sentence above it running on below it (a misread copy, or an exact one: a
// collection's next title opens what follows and cuts no sentence).
import { isTitleLine } from "./outline-patterns";
import { keptFrom, previousLine } from "./noise-page-cards";
import { RUNNING_HEADER } from "./noise-page-furniture";

/** Long enough that one character in it may be misread while the rest still says which title it is. */
const MIN_TITLE = 8;
/** （第2页） / (第 3 页) after the title's words. */
const PAGE_SUFFIX_RE = /\s*[（(]\s*第\s*\d{1,3}\s*页\s*[）)]$/;
const MIN_CUT_LINE = 15;

const squeeze = (t: string) => t.replace(/\s+/g, "");
const oneOff = (a: string, b: string) => a.length === b.length && [...a].filter((c, k) => c !== b[k]).length <= 1;

/** The titles printed on kept lines, each with the last line it takes: a title line, or a title wrapped over two
 *  lines (…会议上 / 的讲话). One pass over the kept lines. */
function titlesOf(texts: string[], verdict: (string | null)[]): { end: number; title: string }[] {
  const titles: { end: number; title: string }[] = [];
  let last = -1;
  let lastIsTitle = false;
  texts.forEach((raw, i) => {
    const t = raw.trim();
    if (!t || verdict[i]) return;
    const isTitle = isTitleLine(t);
    if (isTitle) titles.push({ end: i, title: squeeze(t) });
    else if (last >= 0 && !lastIsTitle) {
      const joined = squeeze(texts[last]!.trim() + t);
      if (joined.length <= 60 && isTitleLine(joined)) titles.push({ end: i, title: joined });
    }
    [last, lastIsTitle] = [i, isTitle];
  });
  return titles.filter((h) => h.title.length >= MIN_TITLE);
}

/** The kept line above line i ends no sentence and the one below opens none of its own (no heading, no title). */
function cutsSentence(texts: string[], verdict: (string | null)[], i: number): boolean {
  const above = keptFrom(texts, verdict, i, -1);
  const below = keptFrom(texts, verdict, i, 1);
  if (above < 0 || below < 0) return false;
  const [prev, next] = [texts[above]!.trim(), texts[below]!.trim()];
  if (prev.length < MIN_CUT_LINE || /[。！？!?：:；”」）)]$/.test(prev)) return false;
  return !isTitleLine(prev) && !isTitleLine(next) && !/^[（(]?[一二三四五六七八九十\d]{1,3}[、.．)）]/.test(next);
}

/** Marks the title's copies at page breaks (see the top of the file). */
export function markTitlesAtBreaks(texts: string[], verdict: (string | null)[]): void {
  let titles: { end: number; title: string }[] | null = null;
  texts.forEach((raw, i) => {
    const t = squeeze(raw);
    if (verdict[i] || t.length < MIN_TITLE || /[。！？，；：:]/.test(t)) return;
    const paged = PAGE_SUFFIX_RE.test(t);
    const above = previousLine(texts, i);
    if (!paged && (above < 0 || verdict[above] !== "页码")) return;
    titles ??= titlesOf(texts, verdict);
    const earlier = titles.filter((h) => h.end < i).map((h) => h.title);
    if (paged) {
      const words = t.replace(PAGE_SUFFIX_RE, "");
      if (earlier.includes(words)) verdict[i] = RUNNING_HEADER;
    } else if (earlier.some((h) => oneOff(h, t)) && cutsSentence(texts, verdict, i)) verdict[i] = RUNNING_HEADER;
  });
}
