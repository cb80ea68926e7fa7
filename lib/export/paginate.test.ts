import { describe, expect, it } from "vitest";
import { paginate } from "./paginate";

const lines = (pages: ReturnType<typeof paginate>) =>
  pages.map((p) => p.reduce((n, s) => n + s.toLine - s.fromLine, 0));

describe("paginate", () => {
  it("fills pages of 22 lines, continuing a block on the next page where the page ended", () => {
    const pages = paginate([1, 1, 10, 15, 3]);
    expect(lines(pages)).toEqual([22, 8]);
    expect(pages[0]).toEqual([
      { block: 0, fromLine: 0, toLine: 1 },
      { block: 1, fromLine: 0, toLine: 1 },
      { block: 2, fromLine: 0, toLine: 10 },
      { block: 3, fromLine: 0, toLine: 10 },
    ]);
    expect(pages[1]).toEqual([
      { block: 3, fromLine: 10, toLine: 15 },
      { block: 4, fromLine: 0, toLine: 3 },
    ]);
  });

  it("runs a block longer than a page over several pages", () => {
    const pages = paginate([2, 50]);
    expect(lines(pages)).toEqual([22, 22, 8]);
    expect(pages[1]).toEqual([{ block: 1, fromLine: 20, toLine: 42 }]);
    expect(pages[2]).toEqual([{ block: 1, fromLine: 42, toLine: 50 }]);
  });

  it("starts a new page only when there is a line to put on it", () => {
    expect(lines(paginate([22]))).toEqual([22]);
    expect(lines(paginate([11, 11, 0]))).toEqual([22]);
    expect(lines(paginate([22, 1]))).toEqual([22, 1]);
  });

  it("gives one empty page for an empty speech, and takes another page size", () => {
    expect(paginate([])).toEqual([[]]);
    expect(lines(paginate([3, 3, 3], 4))).toEqual([4, 4, 1]);
    expect(() => paginate([1], 0)).toThrow(RangeError);
  });
});
