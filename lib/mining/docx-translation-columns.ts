// A 中英对照 booklet laid out as a table: each row the Chinese paragraph in one cell and its translation in the
// other (English, or Uyghur, Korean … in an autonomous region's file). The Chinese column is the speech; the other
// column, and the header row naming the two (中文原文 | English Translation), are taken out and reported. A speech's
// own table with a Latin cell here and there (检测仪 | Dräger X-am 5000, 项目 | PPE) has too few such rows.
import { cjkCount } from "./outline-patterns";
import { TRANSLATION } from "./noise-interleaved-lines";
import type { Removed, SourceLine } from "./types";

/** Rows pairing Chinese with another language, in one table, that make it bilingual; and their share of its rows. */
const MIN_PAIRED_ROWS = 3;
const MIN_PAIRED_SHARE = 0.6;
const HEADER_CELL_RE = /^(?:中文|汉语|汉文|原文|中文原文|中文版|中文稿)$/;

/** Letters outside Chinese (Latin, Arabic, Hangul, Mongolian …): the Unicode letter class without the Han script. */
const foreignLetters = (t: string) => t.match(/(?!\p{Script=Han})\p{L}/gu)?.length ?? 0;

/** Which cell of a two-cell row is the translation (0 or 1), or -1: one cell Chinese, the other no Chinese at all. */
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
  const sides = lines.slice(start, end + 1).map((l) => translatedCell(cellsOf(l)));
  for (const side of [0, 1]) {
    const paired = sides.filter((s) => s === side).length;
    if (paired < MIN_PAIRED_ROWS || paired < sides.length * MIN_PAIRED_SHARE) continue;
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
