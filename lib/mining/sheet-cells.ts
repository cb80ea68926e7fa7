// A spreadsheet saved as tab-separated text (a 材料报送汇总表 with a speech pasted into one of its cells): each row
// is a line of tab-separated cells, and a cell holding line breaks is written between double quotes over several
// lines ("在…上的讲话 … 谢谢大家！"), its own quotes doubled. The text is that cell; the sheet's other cells (its
// title row, its header, the other rows' numbers, names, dates, states and summaries, the 合计 row) are the
// sheet's. Read only when the file is such a sheet throughout: every line outside the quoted cells holds a tab after
// its first word, a quoted cell runs over several lines after the row's first cells, and the other cells are short;
// a speech with a table of figures in it, or typed with tab indents, has lines of one cell and of sentences.
import type { Removed, SourceLine } from "./types";

export const REASON_SHEET_CELLS = "表格的其他单元格";

const MIN_ROWS = 3;
const MIN_CELL_LINES = 3;
/** The longest a sheet's short cell runs (a material's name, a unit, a date, a state). */
const SHORT_CELL = 30;

/** A row's cells; tabs before its first word are indentation (a speech typed with tab indents has them too). */
const cellsOf = (text: string): string[] => text.replace(/^\t+/, "").split("\t");

/** A quoted cell that opens on this line and is not closed on it: its opening quote's index, or -1. The quote
 *  follows a tab after two or more filled cells of its row (序号, 材料名称…; a speech's quoted letter opens its line),
 *  and the rest of the line holds an odd number of quotes (one, or doubled ones). */
function openingQuote(text: string): number {
  const at = text.indexOf('\t"') + 1;
  if (at <= 0 || cellsOf(text.slice(0, at)).filter((c) => c.trim()).length < 2) return -1;
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
      if (lines[i]!.text.trim() && cellsOf(lines[i]!.text).length < 2) return null; // a line of no sheet
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

/** A sheet's cells outside the quoted ones are mostly short (numbers, names, dates, states); a text's lines are
 *  sentences. */
function shortCells(lines: SourceLine[], cells: Cell[]): boolean {
  const inCell = new Set(cells.flatMap((c) => Array.from({ length: c.to - c.from - 1 }, (_, n) => c.from + 1 + n)));
  const ends = new Map(cells.flatMap((c) => [[c.from, c] as const, [c.to, c] as const]));
  const outside = lines.flatMap((l, i) => {
    if (inCell.has(i)) return [];
    const cell = ends.get(i);
    const rest = !cell ? l.text : cell.from === i ? l.text.slice(0, cell.open) : l.text.slice(cell.close + 1);
    return cellsOf(rest)
      .map((c) => c.trim())
      .filter((c) => c);
  });
  const sentences = outside.filter((c) => c.length > SHORT_CELL || /[。！？!?]$/.test(c)).length;
  return sentences * 4 <= outside.length;
}

/** The lines with the sheet's cells blanked and each quoted cell's text on its own lines (its doubled quotes made
 *  single); the lines unchanged when the file is no such sheet. */
export function withoutSheetCells(lines: SourceLine[]): { lines: SourceLine[]; removed: Removed[] } {
  if (lines.some((l) => l.hint)) return { lines, removed: [] }; // a .docx's table is read as its rows
  const cells = quotedCells(lines);
  const rows = lines.filter((l) => cellsOf(l.text).length >= 3).length;
  if (!cells?.some((c) => c.to - c.from + 1 >= MIN_CELL_LINES) || rows < MIN_ROWS || !shortCells(lines, cells))
    return { lines, removed: [] };
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
