// A page laid out as a table and copied as text: each row is one line, its two cells separated by tabs (a
// navigation column beside the article column). When many lines are such rows, and one column is short menu words
// while the other holds the sentences, the menu column is taken out of the text's flow and set as a block of its
// own lines before it (or after it, when it stood on the right), where the noise rules judge it as the menu it is.
// Tabs inside a speech (a table of figures, a tab after an outline number, a list of dates) are left alone; a
// .docx table's row keeps its cells apart (joinTableRowCells).
import { dateOfLine, isSpeakerLine, parseEnumerator, speakerAndDate } from "./outline-patterns";
import type { InferredSplit, SourceLine } from "./types";

export const REASON_TAB_CELLS = "表格排版的网页：导航栏与正文栏按制表符分开";

const MIN_TABBED_LINES = 5;
const MAX_MENU_CELL = 8;

/** The two non-empty cells of a row, or null (no tab, or another number of cells). Linear: split, not a regex. */
function twoCells(text: string): [string, string] | null {
  if (!text.includes("\t")) return null;
  const cells = text
    .split("\t")
    .map((c) => c.trim())
    .filter(Boolean);
  return cells.length === 2 ? [cells[0]!, cells[1]!] : null;
}

/** Menu words: short, no digits, no outline number, no sentence. */
const isMenuCell = (c: string) => c.length <= MAX_MENU_CELL && !/[\d０-９。！？；，]/.test(c) && !parseEnumerator(c);
const hasSentence = (c: string) => /[。！？；]/.test(c);

export function splitTabbedCells(lines: SourceLine[], inferred?: InferredSplit[]): SourceLine[] {
  // A .docx's paragraphs carry their own structure: only copied text is laid out this way.
  if (lines.some((l) => l.hint)) return lines;
  const rows = lines.map((l) => twoCells(l.text));
  const tabbed = rows.filter((r): r is [string, string] => r !== null);
  const nonBlank = lines.filter((l) => l.text.trim()).length;
  if (tabbed.length < MIN_TABBED_LINES || tabbed.length * 3 < nonBlank) return lines;
  const menuLeft =
    tabbed.every((r) => isMenuCell(r[0])) && tabbed.filter((r) => hasSentence(r[1])).length * 3 >= tabbed.length;
  const menuRight =
    tabbed.every((r) => isMenuCell(r[1])) && tabbed.filter((r) => hasSentence(r[0])).length * 3 >= tabbed.length;
  if (menuLeft === menuRight) return lines;
  const menu: SourceLine[] = [];
  const flow: SourceLine[] = [];
  lines.forEach((line, i) => {
    const cells = rows[i];
    if (!cells) return void flow.push(line);
    const [menuCell, text] = menuLeft ? cells : [cells[1], cells[0]];
    menu.push({ text: menuCell, lineNo: line.lineNo });
    flow.push({ text, lineNo: line.lineNo });
  });
  inferred?.push({ lineNo: menu[0]!.lineNo, reason: REASON_TAB_CELLS, parts: 2 });
  const gap = { text: "", lineNo: menu[menu.length - 1]!.lineNo };
  return menuLeft ? [...menu, gap, ...flow] : [...flow, gap, ...menu];
}

/** A .docx table's row (LineHint.tableRow), its cells joined by tabs: normalising turns a tab into a space and drops
 *  a space between Chinese characters, gluing 城东街道 to 已整改. The cells are kept apart by ；, which reads as the
 *  parts of one row (a cell may hold commas of its own); none after a cell that ends in a mark already. A speech's
 *  header laid out as a table (县长 | 王强 | 2024年3月16日) and an outline number in a cell of its own (（一） |
 *  压实责任) read as one line, as before. */
export function joinTableRowCells(line: SourceLine): SourceLine {
  if (!line.hint?.tableRow || !line.text.includes("\t")) return line;
  const cells = line.text
    .split("\t")
    .map((c) => c.trim())
    .filter(Boolean);
  if (isSpeakerLine(cells.join("")) || speakerAndDate(cells.join(""))) return { ...line, text: cells.join("") };
  const text = cells.reduce((row, cell) => (!row ? cell : gluedCells(row, cell) ? row + cell : `${row}；${cell}`), "");
  return { ...line, text };
}

/** No mark between: after a mark, after an outline number alone, before a date. */
function gluedCells(row: string, cell: string): boolean {
  const number = parseEnumerator(row);
  return /[。！？；，、：,;:.!?]$/.test(row) || (!!number && number.end === row.length) || !!dateOfLine(cell);
}
