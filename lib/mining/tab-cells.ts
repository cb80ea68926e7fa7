// A page laid out as a table and copied as text: each row is one line, its cells separated by tabs (a navigation
// column beside the article column). When many lines hold a tab between two cells, the shorter column (the
// navigation) is taken out of the text's flow and set as a block of its own lines before it (or after it, when it
// stood on the right), where the noise rules judge it as the menu it is; the article column keeps its order.
import type { InferredSplit, SourceLine } from "./types";

export const REASON_TAB_CELLS = "表格排版的网页：导航栏与正文栏按制表符分开";

const CELL_GAP_RE = /(?<=\S)[ \u3000]*\t+[ \u3000\t]*(?=\S)/;
const MIN_TABBED_LINES = 5;

const meanLength = (cells: string[]) => cells.reduce((n, c) => n + c.trim().length, 0) / Math.max(1, cells.length);

export function splitTabbedCells(lines: SourceLine[], inferred?: InferredSplit[]): SourceLine[] {
  const nonBlank = lines.filter((l) => l.text.trim()).length;
  const rows = lines.map((l) => (CELL_GAP_RE.test(l.text) ? l.text.split(new RegExp(CELL_GAP_RE.source, "g")) : null));
  const tabbed = rows.filter(Boolean) as string[][];
  if (tabbed.length < MIN_TABBED_LINES || tabbed.length * 3 < nonBlank) return lines;
  const navLeft = meanLength(tabbed.map((r) => r[0]!)) <= meanLength(tabbed.map((r) => r[r.length - 1]!));
  const nav: SourceLine[] = [];
  const flow: SourceLine[] = [];
  lines.forEach((line, i) => {
    const cells = rows[i];
    if (!cells) return void flow.push(line);
    const [navCell, rest] = navLeft ? [cells[0]!, cells.slice(1)] : [cells[cells.length - 1]!, cells.slice(0, -1)];
    nav.push({ text: navCell, lineNo: line.lineNo });
    for (const text of rest) flow.push({ text, lineNo: line.lineNo });
  });
  inferred?.push({ lineNo: nav[0]!.lineNo, reason: REASON_TAB_CELLS, parts: 2 });
  const gap = { text: "", lineNo: nav[nav.length - 1]!.lineNo };
  return navLeft ? [...nav, gap, ...flow] : [...flow, gap, ...nav];
}
