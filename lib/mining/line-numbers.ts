// A viewer's or an editor's line numbers copied with the text (1 …, 2 …, restarting at 1 on each page of a PDF):
// cut before the lines are normalised, which would glue a number to the text after it (1 在… → 1在…) and read a
// tab after it as a table's cell.
import type { Removed, SourceLine } from "./types";

/** A line's number, before its text or alone (a blank line is numbered too). */
const LINE_NUMBER_RE = /^\s*(\d{1,3})(?:[ \t\u3000]+(?=\S)|\s*$)/;
const MIN_NUMBERED = 10;
/** A list of items numbered one by one is shorter than a page of lines: numbers that count from the file's first
 *  line, start again at 1 on a new page, or count this far are the lines'. */
const PAGE_OF_LINES = 20;

/** Most non-blank lines open with a number, nine in ten of those count the lines (the line before's plus one, or 1
 *  again), and they count a page's lines: line numbers, not a list's items. */
function isLineNumbered(lines: SourceLine[]): boolean {
  const nonBlank = lines.filter((l) => l.text.trim()).length;
  const numbers = lines.flatMap((l) => {
    const m = LINE_NUMBER_RE.exec(l.text);
    return m ? [Number(m[1])] : [];
  });
  if (numbers.length < MIN_NUMBERED || numbers.length * 3 < nonBlank * 2) return false;
  const counting = numbers.filter((n, i) => i > 0 && (n === numbers[i - 1]! + 1 || n === 1)).length;
  const restarts = numbers.some((n, i) => i > 0 && n === 1 && numbers[i - 1]! > 1);
  const first = lines.find((l) => l.text.trim());
  const fromTop = !!first && LINE_NUMBER_RE.exec(first.text)?.[1] === "1";
  const pages = restarts || fromTop || Math.max(...numbers) >= PAGE_OF_LINES;
  return counting * 10 >= (numbers.length - 1) * 9 && pages;
}

/** The lines without their line numbers, each cut reported; the lines unchanged when they are not numbered. */
export function withoutLineNumbers(lines: SourceLine[]): { lines: SourceLine[]; removed: Removed[] } {
  if (!isLineNumbered(lines)) return { lines, removed: [] };
  const removed: Removed[] = [];
  const cut = lines.map((l) => {
    const m = LINE_NUMBER_RE.exec(l.text);
    if (!m) return l;
    removed.push({ text: m[1]!, reason: "行号", lineNo: l.lineNo });
    return { ...l, text: l.text.slice(m[0].length) };
  });
  return { lines: cut, removed };
}
