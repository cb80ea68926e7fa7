// A viewer's or an editor's line numbers copied with the text (1 …, 2 …, restarting at 1 on each page of a PDF):
// cut before the lines are normalised, which would glue a number to the text after it (1 在… → 1在…) and read a
// tab after it as a table's cell.
import type { Removed, SourceLine } from "./types";

const LINE_NUMBER_RE = /^\s*(\d{1,3})[ \t\u3000]+(?=\S)/;
const MIN_NUMBERED = 10;

/** Most non-blank lines open with a number, and nine in ten of those count the lines (the line before's plus one,
 *  or 1 again): line numbers, not a list's (a list counts its items, with lines of text between them). */
function isLineNumbered(lines: SourceLine[]): boolean {
  const nonBlank = lines.filter((l) => l.text.trim()).length;
  const numbers = lines.flatMap((l) => {
    const m = LINE_NUMBER_RE.exec(l.text);
    return m ? [Number(m[1])] : [];
  });
  if (numbers.length < MIN_NUMBERED || numbers.length * 3 < nonBlank * 2) return false;
  const counting = numbers.filter((n, i) => i > 0 && (n === numbers[i - 1]! + 1 || n === 1)).length;
  return counting * 10 >= (numbers.length - 1) * 9;
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
