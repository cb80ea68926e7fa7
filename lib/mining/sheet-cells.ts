// A spreadsheet saved as tab-separated text (a 材料报送汇总表 with a speech pasted into one of its cells): each row
// is a line of tab-separated cells, and a cell holding line breaks is written between double quotes over several
// lines ("在…上的讲话 … 谢谢大家！"), its own quotes doubled. The text is that cell; the sheet's other cells (its
// title row, its header, the other rows' numbers, names, dates, states and summaries, the 合计 row) are the
// sheet's. Read only when the file is such a sheet throughout: every line outside the quoted cells holds a tab, and
// a quoted cell runs over several lines; a speech with a table of figures in it has lines without tabs.
import type { Removed, SourceLine } from "./types";

export const REASON_SHEET_CELLS = "表格的其他单元格";

const MIN_ROWS = 3;
const MIN_CELL_LINES = 3;

/** A quoted cell that opens on this line and is not closed on it: its opening quote's index, or -1. The quote
 *  opens the line or follows a tab, and the rest of the line holds an odd number of quotes (one, or doubled ones). */
function openingQuote(text: string): number {
  const at = text.startsWith('"') ? 0 : text.indexOf('\t"') + 1;
  if (at <= 0 && !text.startsWith('"')) return -1;
  const quotes = text.slice(at).split('"').length - 1;
  return quotes % 2 === 1 ? at : -1;
}

/** Where the quoted cell closes on this line: the index of its closing quote (the last of an odd run of quotes at
 *  the line's end or before a tab; an even run is the text's own quote, doubled), or -1. */
function closingQuote(text: string): number {
  const m = /(?<!")"(?:"")*(?=\t|\s*$)/.exec(text);
  return m ? m.index + m[0].length - 1 : -1;
}

type Cell = { from: number; to: number; open: number; close: number };

function quotedCells(lines: SourceLine[]): Cell[] | null {
  const cells: Cell[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = openingQuote(lines[i]!.text);
    if (open < 0) {
      if (lines[i]!.text.trim() && !lines[i]!.text.includes("\t")) return null; // a line of no sheet
      continue;
    }
    let j = i + 1;
    while (j < lines.length && closingQuote(lines[j]!.text) < 0) j++;
    if (j >= lines.length) return null;
    cells.push({ from: i, to: j, open, close: closingQuote(lines[j]!.text) });
    i = j;
  }
  return cells;
}

/** The lines with the sheet's cells blanked and each quoted cell's text on its own lines (its doubled quotes made
 *  single); the lines unchanged when the file is no such sheet. */
export function withoutSheetCells(lines: SourceLine[]): { lines: SourceLine[]; removed: Removed[] } {
  if (lines.some((l) => l.hint)) return { lines, removed: [] }; // a .docx's table is read as its rows
  const cells = quotedCells(lines);
  const rows = lines.filter((l) => l.text.split("\t").length >= 3).length;
  if (!cells?.some((c) => c.to - c.from + 1 >= MIN_CELL_LINES) || rows < MIN_ROWS) return { lines, removed: [] };
  const removed: Removed[] = [];
  const drop = (text: string, lineNo: number) => {
    const t = text.replace(/\t+/g, " ").trim();
    if (t) removed.push({ text: t, reason: REASON_SHEET_CELLS, lineNo });
  };
  const out = lines.map((l) => ({ ...l }));
  const inCell = new Set<number>();
  for (const c of cells) {
    for (let i = c.from; i <= c.to; i++) inCell.add(i);
    const first = lines[c.from]!;
    const last = lines[c.to]!;
    drop(first.text.slice(0, c.open), first.lineNo);
    drop(last.text.slice(c.close + 1), last.lineNo);
    out[c.from]!.text = first.text.slice(c.open + 1);
    out[c.to]!.text = last.text.slice(0, c.close);
  }
  cells.forEach((c) => {
    for (let i = c.from; i <= c.to; i++) out[i]!.text = out[i]!.text.replace(/""/g, '"');
  });
  out.forEach((l, i) => {
    if (inCell.has(i)) return;
    drop(l.text, l.lineNo);
    l.text = "";
  });
  return { lines: out, removed };
}
