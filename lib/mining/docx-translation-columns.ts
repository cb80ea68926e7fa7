// A 中英对照 booklet laid out as a table: each row the Chinese paragraph in one cell and its translation in the
// other (English, or Uyghur, Korean … in an autonomous region's file). The Chinese column is the speech; the other
// column, and the header row naming the two (中文原文 | English Translation), are taken out and reported. A speech's
// own table with Latin cells (检测仪 | Dräger X-am 5000, 标准 | GB 30871-2022) holds no translation in prose.
import { cjkCount } from "./outline-patterns";
import { TRANSLATION } from "./noise-interleaved-lines";
import type { Removed, SourceLine } from "./types";

/** Rows pairing a Chinese paragraph with its translation in prose, in one table, that make it bilingual; and the
 *  share of its rows that pair Chinese with another language at all (a heading's short translation, Comrades:). */
const MIN_PROSE_PAIRS = 3;
const MIN_PAIRED_SHARE = 0.6;
/** A translation in prose: three words or more, a dozen letters (a standard's number GB 30871-2022, a model MSA
 *  Altair 4XR, a code in a speech's own table, has fewer). */
const MIN_PROSE_WORDS = 3;
const MIN_PROSE_LETTERS = 12;
const HEADER_CELL_RE = /^(?:中文|汉语|汉文|原文|中文原文|中文版|中文稿)$/;

/** Letters outside Chinese (Latin, Arabic, Hangul, Mongolian …): the Unicode letter class without the Han script. */
const foreignLetters = (t: string) => t.match(/(?!\p{Script=Han})\p{L}/gu)?.length ?? 0;
const isProse = (t: string) =>
  foreignLetters(t) >= MIN_PROSE_LETTERS &&
  t.split(/\s+/).filter((w) => foreignLetters(w) >= 2).length >= MIN_PROSE_WORDS;

/** Which cell of a two-cell row is in another language (0 or 1), or -1: one cell Chinese, the other no Chinese. */
function translatedCell(cells: string[]): number {
  if (cells.length !== 2) return -1;
  const [a, b] = cells.map((c) => ({ han: cjkCount(c), other: foreignLetters(c) }));
  if (a!.han >= 2 && b!.han === 0 && b!.other >= 2) return 1;
  if (b!.han >= 2 && a!.han === 0 && a!.other >= 2) return 0;
  return -1;
}

const cellsOf = (line: SourceLine) =>
  line.text
    .split("\t")
    .map((c) => c.trim())
    .filter(Boolean);

export function withoutTranslationColumn(lines: SourceLine[], removed: Removed[]): SourceLine[] {
  let start = 0;
  while (start < lines.length) {
    if (!lines[start]!.hint?.tableRow) {
      start++;
      continue;
    }
    let end = start;
    while (end + 1 < lines.length && lines[end + 1]!.hint?.tableRow) end++;
    dropTranslations(lines, start, end, removed);
    start = end + 1;
  }
  return lines;
}

/** One run of table rows (start…end, inclusive): when it is bilingual, each row keeps its Chinese cell only. */
function dropTranslations(lines: SourceLine[], start: number, end: number, removed: Removed[]): void {
  const rows = lines.slice(start, end + 1).map(cellsOf);
  const sides = rows.map(translatedCell);
  for (const side of [0, 1]) {
    const paired = sides.filter((s) => s === side).length;
    const prose = rows.filter((cells, k) => sides[k] === side && isProse(cells[side]!)).length;
    if (prose < MIN_PROSE_PAIRS || paired < sides.length * MIN_PAIRED_SHARE) continue;
    sides.forEach((s, k) => {
      if (s !== side) return;
      const line = lines[start + k]!;
      const cells = cellsOf(line);
      const chinese = cells[1 - side]!;
      removed.push({ text: cells[side]!, reason: TRANSLATION, lineNo: line.lineNo });
      if (HEADER_CELL_RE.test(chinese)) {
        removed.push({ text: chinese, reason: TRANSLATION, lineNo: line.lineNo });
        line.text = "";
      } else line.text = chinese;
    });
    return;
  }
}
