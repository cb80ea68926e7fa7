// A printed page copied without its indents (an OCR'd booklet, a PDF's text): a justified page fills every line to
// the wrap but a paragraph's first line, which its two-character indent left two characters short. The indent is
// gone from the copy, yet the first lines still stop short by it, and that shortness is the only trace of a paragraph
// that ended right at the margin (…每月报镇应急办。 / 二是抓好汛前准备…，) or of a heading a little short of it.
import { endsSentence, type Family } from "./outline-patterns";
import { isStandalone } from "./rejoin-broken-lines";
import { charColumns, type Item, type Mode } from "./rejoin-modes";

/** Paragraphs seen to open after a plain end, and seen to go on, before the page's first lines are trusted. */
const MIN_STARTS = 4;
const MIN_SECONDS = 3;
/** Share of those lines of the page's shape: first lines short by the indent, second lines full. */
const SHARE = 0.8;
/** Families a paragraph's first line may open with (一是…, 一要…): the others are headings, short by nature. */
const RUN_IN: ReadonlySet<Family> = new Set<Family>(["shi", "yao"]);
const SOFT_END = /[，、；,;]$/;
/** What may hang past the margin at a line that goes on: a comma, a semicolon, a colon. */
const HANGS = /[，、；：,;:]$/;

/** A line's length as the wrap counts it: in characters for a wrap counted in characters, else in columns. */
const measure = (it: Item, mode: Pick<Mode, "charWrap">) => (mode.charWrap ? charColumns(it) : it.width);

/** The width the page's paragraphs' first lines stop at, when it is a justified page whose first-line indents were
 *  lost (0 otherwise): after lines that plainly end a paragraph (a sentence end well short of the margin), the lines
 *  that open the next one stop two to three characters short of the wrap, and the lines after them reach it. */
export function lostIndentWidth(items: Item[], mode: Pick<Mode, "width" | "indents" | "charWrap">): number {
  const { width } = mode;
  if (width <= 0 || mode.indents) return 0;
  const short = new Map<number, number>();
  let starts = 0;
  let seconds = 0;
  let fullSeconds = 0;
  const secondWidths = new Map<number, number>();
  for (let k = 1; k + 1 < items.length; k++) {
    const [prev, it, next] = [items[k - 1]!, items[k]!, items[k + 1]!];
    if (!prev.text || !it.text || !next.text || it.header || (it.family && !RUN_IN.has(it.family))) continue;
    if (!endsSentence(prev.text) || measure(prev, mode) > width - 8 || endsSentence(it.text)) continue;
    starts++;
    const m = measure(it, mode);
    if (m >= width - 6 && m <= width - 2) short.set(m, (short.get(m) ?? 0) + 1);
    // The second line, unless it ends the paragraph, runs to the margin.
    if (!endsSentence(next.text)) {
      const w = measure(next, mode);
      seconds++;
      if (w >= width - 2) fullSeconds++;
      secondWidths.set(w, (secondWidths.get(w) ?? 0) + 1);
    }
  }
  const shortStarts = [...short.values()].reduce((a, b) => a + b, 0);
  if (starts < MIN_STARTS || shortStarts < starts * SHARE || seconds < MIN_SECONDS || fullSeconds < seconds * SHARE)
    return 0;
  // The commonest of those widths: a first line ending in punctuation hanging past it is one character longer.
  const firstWidth = commonest(short);
  // A page whose first lines are full, punctuation hanging past the margin (the wrap one character wider), shows
  // first lines "short" of the wrap too; they stop where its full second lines do, not two characters short of them.
  return firstWidth > commonest(secondWidths) - 3 ? 0 : firstWidth;
}

/** The commonest width counted, the narrower on a tie. */
const commonest = (counts: Map<number, number>) => [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];

/** On such a page, `next` opens a paragraph: it stops where first lines stop and goes on (no sentence ends it), after
 *  a full stop or after a heading line that stopped short of the first lines' margin (the heading is whole). */
export function opensAfterLostIndent(first: Item, prev: Item, next: Item, mode: Mode, after?: Item): boolean {
  const firstWidth = mode.lostIndent ?? 0;
  if (!firstWidth || next.header || (next.family && !RUN_IN.has(next.family)) || endsSentence(next.text)) return false;
  const m = measure(next, mode);
  // In columns a first line with half-width figures in it stops a little shorter; one ending in punctuation may hang
  // a character past it (a longer line without is a full one whose last character went down with a comma).
  if (m < firstWidth - (mode.charWrap ? 0 : 2) || m > firstWidth + (HANGS.test(next.text) ? 2 : 0)) return false;
  // A paragraph's last line ending at a colon or a semicolon may stop as short: a first line goes on in a longer one.
  if (/[：；:;]$/.test(next.text) && !(after?.text && measure(after, mode) > firstWidth + 2)) return false;
  if (endsSentence(prev.text)) return true;
  const heading = prev === first && !!first.family && isStandalone(prev.text);
  return heading && !SOFT_END.test(prev.text) && measure(prev, mode) < firstWidth;
}
