// Where a long title wraps (GB/T 9704 7.3.1: a title of several lines keeps its words whole and is laid out
// evenly, in a trapezoid or a diamond). The title is cut only between words (Intl.Segmenter's Chinese word
// breaks), into as few lines as its width needs, as even as the words allow, a shorter line above a longer one
// on a tie. The DOCX and the print view both break the title here, so the file and the sheet agree.
import { PAGE_TWIPS, SIZE_PT } from "./layout";

/** Full-width characters of the title's size on a line of the text block (156 mm at 22 pt: 20). */
export const TITLE_CHARS_PER_LINE = Math.floor(
  (PAGE_TWIPS.width - PAGE_TWIPS.left - PAGE_TWIPS.right) / 20 / SIZE_PT.title,
);

/** Half a character for printable ASCII (digits, Latin), one for the rest. */
const widthOf = (s: string) => [...s].reduce((w, c) => w + (c.charCodeAt(0) <= 0x7e ? 0.5 : 1), 0);
/** No line starts with closing punctuation, and none ends with an opening one. */
const CLOSING = /^[，。、；：！？”’）》」』】…—]/;
const OPENING = /[“‘（《「『【]$/;

let segmenter: Intl.Segmenter | null = null;

const SINGLE_HAN = /^\p{Script=Han}$/u;
/** The cost of a cut between two lone characters (专|项, 全|县): the segmenter's dictionary may lack the word. */
const LONE_CUT_COST = 2;

/** The cost of a cut inside quotes or a book title (“安全|生产月”, 《安全|生产法》): a name is read whole, so lines a
 *  few characters less even are better (a cost is the square of a line's distance from the even width). */
const QUOTED_CUT_COST = 30;
const QUOTE_PAIRS: Record<string, string> = { "“": "”", "《": "》", "「": "」", "『": "』", "‘": "’" };

/** For each offset, whether it lies inside a pair of quotes or book-title marks (an ASCII " opens and closes). */
function insideQuotes(title: string): boolean[] {
  const inside: boolean[] = [];
  const open: string[] = [];
  for (let i = 0; i <= title.length; i++) {
    inside.push(open.length > 0);
    const c = title[i];
    if (c === undefined) break;
    if (c === '"') {
      if (open.at(-1) === '"') open.pop();
      else open.push('"');
    } else if (QUOTE_PAIRS[c]) open.push(QUOTE_PAIRS[c]!);
    else if (open.at(-1) === c) open.pop();
  }
  return inside;
}

/** Offsets (UTF-16) where the title may wrap, between words and not next to the punctuation that binds, each
 *  with the cost of cutting there. */
function wordBoundaries(title: string): { at: number; cost: number }[] {
  segmenter ??= new Intl.Segmenter("zh", { granularity: "word" });
  const words = [...segmenter.segment(title)];
  const quoted = insideQuotes(title);
  const out: { at: number; cost: number }[] = [];
  words.forEach(({ index }, k) => {
    if (k === 0 || CLOSING.test(title.slice(index)) || OPENING.test(title.slice(0, index))) return;
    const lone = SINGLE_HAN.test(words[k - 1]!.segment) && SINGLE_HAN.test(words[k]!.segment);
    out.push({ at: index, cost: (lone ? LONE_CUT_COST : 0) + (quoted[index] ? QUOTED_CUT_COST : 0) });
  });
  return out;
}

/**
 * The offsets at which the title's second, third … lines begin; [] when it fits on one line. When one word is
 * wider than a line (no even cut exists between words), the lines are cut by width alone.
 */
export function titleBreaks(title: string, perLine: number = TITLE_CHARS_PER_LINE): number[] {
  const total = widthOf(title);
  if (total <= perLine) return [];
  const cuts = [{ at: 0, cost: 0 }, ...wordBoundaries(title), { at: title.length, cost: 0 }];
  const widths = cuts.map((c) => widthOf(title.slice(0, c.at)));
  // As few lines as the width needs; one more when the words allow no even cut into that many.
  const fewest = Math.ceil(total / perLine);
  for (const lines of [fewest, fewest + 1]) {
    const found = evenCuts(cuts, widths, lines, perLine, total / lines);
    if (found) return found.map((j) => cuts[j]!.at);
  }
  return byWidth(title, perLine);
}

/** The indexes of the cuts that start lines 2…n, for the least uneven layout in `lines` lines; null if none fits. */
function evenCuts(
  cuts: { at: number; cost: number }[],
  widths: number[],
  lines: number,
  perLine: number,
  target: number,
): number[] | null {
  // best[k][j]: the least cost of laying the title up to cut j out as k lines.
  const best: number[][] = Array.from({ length: lines + 1 }, () => cuts.map(() => Infinity));
  const from: number[][] = Array.from({ length: lines + 1 }, () => cuts.map(() => -1));
  best[0]![0] = 0;
  for (let k = 1; k <= lines; k++)
    for (let j = 1; j < cuts.length; j++)
      for (let i = 0; i < j; i++) {
        const width = widths[j]! - widths[i]!;
        if (width > perLine || best[k - 1]![i] === Infinity) continue;
        // Evenness and whole words first; then, slightly, a line above no longer than the one below.
        const above = k > 1 ? widths[i]! - widths[from[k - 1]![i]!]! : 0;
        const cost =
          best[k - 1]![i]! + (width - target) ** 2 + (k > 1 ? cuts[i]!.cost : 0) + (above > width ? 0.01 : 0);
        if (cost < best[k]![j]!) {
          best[k]![j] = cost;
          from[k]![j] = i;
        }
      }
  const last = cuts.length - 1;
  if (best[lines]![last] === Infinity) return null;
  const out: number[] = [];
  for (let k = lines, j = last; k > 1; k--) {
    j = from[k]![j]!;
    out.unshift(j);
  }
  return out;
}

function byWidth(title: string, perLine: number): number[] {
  const out: number[] = [];
  let width = 0;
  let at = 0;
  // By code point, so that a character outside the BMP (an Extension B name) is never cut in two.
  for (const c of title) {
    const w = widthOf(c);
    if (width + w > perLine && at > 0) {
      out.push(at);
      width = 0;
    }
    width += w;
    at += c.length;
  }
  return out;
}

/** The title's lines. */
export function titleLines(title: string, perLine: number = TITLE_CHARS_PER_LINE): string[] {
  const breaks = [0, ...titleBreaks(title, perLine), title.length];
  return breaks.slice(1).map((end, i) => title.slice(breaks[i], end));
}
