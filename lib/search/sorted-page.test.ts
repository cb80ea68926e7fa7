import { describe, expect, it } from "vitest";
import { MirrorColumns, type MirrorRow } from "./mirror-columns";
import { sortedPageCandidates } from "./sorted-page";

const block = (id: string, uses: number, created: number, lastUsed: number | null): MirrorRow => ({
  id,
  text: "燃气安全",
  category: null,
  heading: false,
  curated: false,
  ph: false,
  used: uses > 0,
  chars: 4,
  tags: [],
  uses,
  created,
  lastUsed,
});

function library(rows: MirrorRow[]) {
  const c = new MirrorColumns(4);
  rows.forEach((r) => c.put(r));
  const slots = rows.map((_, i) => i);
  return (sort: "most_used" | "recently_used" | "newest", take: number) =>
    sortedPageCandidates(c, slots, sort, take)
      .map((s) => c.ids[s])
      .sort();
}

describe("sortedPageCandidates", () => {
  const candidates = library([
    block("a", 5, 100, 900),
    block("b", 3, 300, null),
    block("c", 3, 200, 950),
    block("d", 0, 400, null),
    block("e", 3, 200, 800),
    block("f", 1, 500, 700),
  ]);

  it("names the blocks up to the page's last one by each sort's keys", () => {
    expect(candidates("most_used", 2)).toEqual(["a", "b"]);
    expect(candidates("newest", 3)).toEqual(["b", "d", "f"]);
    expect(candidates("recently_used", 2)).toEqual(["a", "c"]);
  });

  it("keeps every block tied with the last one, for PostgreSQL's id order to decide", () => {
    // c and e: 3 uses, created at 200; the page's third place is one of them.
    expect(candidates("most_used", 3)).toEqual(["a", "b", "c", "e"]);
  });

  it("puts never-used blocks last when sorting by last use, ordered by creation among themselves", () => {
    expect(candidates("recently_used", 5)).toEqual(["a", "c", "d", "e", "f"]); // d: created after b
    expect(candidates("recently_used", 6)).toHaveLength(6);
  });

  it("names all matches when they fit on the page", () => {
    expect(candidates("newest", 10)).toHaveLength(6);
  });
});
