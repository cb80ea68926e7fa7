import { describe, expect, it } from "vitest";
import { MirrorColumns, type MirrorRow } from "./mirror-columns";
import { seededRandom } from "../testing/seeded-random";
import { compareBytes, firstInOrder, sortedPage, type CopyOrder } from "./sorted-page";

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
  return (sort: CopyOrder, take: number) => sortedPage(c, slots, sort, take).map((s) => c.ids[s]);
}

describe("sortedPage", () => {
  const candidates = library([
    block("a", 5, 100, 900),
    block("b", 3, 300, null),
    block("c", 3, 200, 950),
    block("d", 0, 400, null),
    block("e", 3, 200, 800),
    block("f", 1, 500, 700),
    block("g", 0, 50, null, true),
  ]);

  it("names the blocks up to the page's last one by each sort's keys, in order", () => {
    expect(candidates("most_used", 2)).toEqual(["a", "b"]);
    expect(candidates("newest", 3)).toEqual(["f", "d", "b"]);
    expect(candidates("recently_used", 2)).toEqual(["c", "a"]);
    expect(candidates("reuse", 2)).toEqual(["g", "a"]); // curated first, however little used
  });

  it("orders blocks tied on every key by id, descending, as the statements do", () => {
    // c and e: 3 uses, created at 200.
    expect(candidates("most_used", 4)).toEqual(["a", "b", "e", "c"]);
    expect(candidates("most_used", 3)).toEqual(["a", "b", "e"]);
  });

  it("puts never-used blocks last when sorting by last use, ordered by creation among themselves", () => {
    expect(candidates("recently_used", 7)).toEqual(["c", "a", "e", "f", "d", "b", "g"]); // d: created after b
  });

  it("names all matches when they fit on the page", () => {
    expect(candidates("newest", 10)).toHaveLength(7);
  });
});

describe("firstInOrder", () => {
  it("gives what a full sort puts first, in that order", () => {
    const r = seededRandom(3);
    for (let run = 0; run < 50; run++) {
      const keys = Array.from({ length: 1 + Math.floor(r() * 300) }, () => Math.floor(r() * 40));
      const items = keys.map((_, i) => i);
      const before = (a: number, b: number) => keys[b]! - keys[a]!;
      const tie = (a: number, b: number) => a - b;
      const take = 1 + Math.floor(r() * 30);
      const sorted = [...items].sort((a, b) => before(a, b) || tie(a, b));
      expect(firstInOrder(items, take, before, tie)).toEqual(sorted.slice(0, take));
    }
  });
});

describe("compareBytes", () => {
  it("compares strings as PostgreSQL's C collation does: by UTF-8 bytes", () => {
    const strings = ["a", "B", "a-1", "\uE000", "\u{20000}", "\uFFFF", "é", "", "ab", "a\u{1F600}", "a\uFFFD"];
    for (const x of strings)
      for (const y of strings)
        expect(Math.sign(compareBytes(x, y)), `${x} ${y}`).toBe(
          Math.sign(Buffer.compare(Buffer.from(x), Buffer.from(y))),
        );
  });
});
