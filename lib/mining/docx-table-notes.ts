// A clerk's draft laid out as a table: 正文（第三稿） | 备注（修改意见）. Its header row names the speech's column and
// the notes' column; the notes (数据待核, 此段可删, 请×总定) are the clerk's, not the speech's. A speech's own table
// (序号 | 工作内容 | 责任单位 | 备注, 原文 | 修改稿 | 修改说明) names no such pair and is read whole.

/** A table cell as the grid places it: its paragraphs' text, the first grid column it covers and how many. */
export type GridCell = { texts: string[]; start: number; span: number };

const TEXT_COLUMN_RE = /^(?:正文|讲话内容|讲话稿|讲稿|稿件内容)(?:[（(][^（）()]{0,12}[）)])?[：:]?$/;
const NOTES_COLUMN_RE = /^(?:备注|批注|修改意见|审核意见)(?:[（(][^（）()]{0,12}[）)])?[：:]?$/;
export const REASON_NOTES_COLUMN = "讲稿表格的备注栏";

/** Places a row's cells on the grid from their spans (w:gridSpan). */
export function onGrid(cells: string[][], spanOf: (cell: string[]) => number): GridCell[] {
  let start = 0;
  return cells.map((texts) => {
    const span = spanOf(texts);
    const cell = { texts, start, span };
    start += span;
    return cell;
  });
}

const headOf = (cell: GridCell) => (cell.texts.filter(Boolean).length === 1 ? cell.texts.find(Boolean)!.trim() : "");

/** The grid columns of the notes, when a header row names both a text column and notes columns; else none. */
export function notesColumns(header: GridCell[]): Set<number> {
  if (!header.some((c) => TEXT_COLUMN_RE.test(headOf(c)))) return new Set();
  return new Set(header.filter((c) => c.span === 1 && NOTES_COLUMN_RE.test(headOf(c))).map((c) => c.start));
}

/** A cell of the notes' column: one of its grid columns alone (a cell merged across the text is the text's). */
export const isNotesCell = (cell: GridCell, notes: Set<number>): boolean => cell.span === 1 && notes.has(cell.start);
