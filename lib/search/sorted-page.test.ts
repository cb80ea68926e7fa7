import { describe, expect, it } from "vitest";
import { MirrorColumns, type MirrorRow } from "./mirror-columns";
import { seededRandom } from "../testing/seeded-random";
import { pageCandidates, sortedPageCandidates, type CopyOrder } from "./sorted-page";

const block = (id: string, uses: number, created: number, lastUsed: number | null, curated = false): MirrorRow => ({
  id,
  text: "燃气安全",
  category: null,
  heading: false,
  curated,
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
  return (sort: CopyOrder, take: number) =>
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
    block("g", 0, 50, null, true),
  ]);

  it("names the blocks up to the page's last one by each sort's keys", () => {
    expect(candidates("most_used", 2)).toEqual(["a", "b"]);
    expect(candidates("newest", 3)).toEqual(["b", "d", "f"]);
    expect(candidates("recently_used", 2)).toEqual(["a", "c"]);
    expect(candidates("reuse", 2)).toEqual(["a", "g"]); // curated first, however little used
  });

  it("keeps every block tied with the last one, for PostgreSQL's id order to decide", () => {
    // c and e: 3 uses, created at 200; the page's third place is one of them.
    expect(candidates("most_used", 3)).toEqual(["a", "b", "c", "e"]);
  });

  it("puts never-used blocks last when sorting by last use, ordered by creation among themselves", () => {
    expect(candidates("recently_used", 5)).toEqual(["a", "c", "d", "e", "f"]); // d: created after b
    expect(candidates("recently_used", 7)).toHaveLength(7);
  });

  it("names all matches when they fit on the page", () => {
    expect(candidates("newest", 10)).toHaveLength(7);
  });
});

describe("pageCandidates", () => {
  it("keeps what a full sort puts at or before the page's last place, ties included", () => {
    const r = seededRandom(3);
    for (let run = 0; run < 50; run++) {
      const keys = Array.from({ length: 1 + Math.floor(r() * 300) }, () => Math.floor(r() * 40));
      const items = keys.map((_, i) => i);
      const before = (a: number, b: number) => keys[b]! - keys[a]!;
      const take = 1 + Math.floor(r() * 30);
      const sorted = [...items].sort(before);
      const last = sorted[Math.min(take, sorted.length) - 1]!;
      const expected = sorted.filter((i) => before(i, last) <= 0).sort((a, b) => a - b);
      expect(pageCandidates(items, take, before).sort((a, b) => a - b)).toEqual(expected);
    }
  });
});
