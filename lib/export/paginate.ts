// Splits laid-out blocks into pages of LINES_PER_PAGE lines, as Word does with widow/orphan control off (see
// gongwen-format.md): every full page holds exactly 22 lines, and a block that does not fit is continued on the
// next page from the line where the page ended.
import { LINES_PER_PAGE } from "./layout";

/** Lines [fromLine, toLine) of block `block` on one page. */
export type PageSlice = { block: number; fromLine: number; toLine: number };

/** Pages for blocks of the given line counts; blocks of 0 lines are left out. Always at least one page. */
export function paginate(lineCounts: readonly number[], linesPerPage: number = LINES_PER_PAGE): PageSlice[][] {
  if (!Number.isInteger(linesPerPage) || linesPerPage < 1) throw new RangeError(`paginate: ${linesPerPage}`);
  const pages: PageSlice[][] = [[]];
  let free = linesPerPage;
  lineCounts.forEach((count, block) => {
    let from = 0;
    while (from < count) {
      if (free === 0) {
        pages.push([]);
        free = linesPerPage;
      }
      const take = Math.min(free, count - from);
      pages[pages.length - 1]!.push({ block, fromLine: from, toLine: from + take });
      from += take;
      free -= take;
    }
  });
  return pages;
}
