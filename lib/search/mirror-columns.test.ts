import { describe, expect, it } from "vitest";
import { MirrorColumns, type MirrorRow } from "./mirror-columns";
import { hasBit } from "./mirror-part-sets";

const row = (id: string, tags: string[] = [], text = "安全生产") =>
  ({
    id,
    text,
    category: null,
    heading: false,
    curated: false,
    ph: false,
    used: false,
    chars: text.length,
    tags,
    uses: 0,
    created: 0,
    lastUsed: null,
  }) satisfies MirrorRow;

const tagsOf = (c: MirrorColumns, slot: number) => [...c.tagsOf(slot)].map((t) => c.tagNames.names[t]);
const slotOf = (c: MirrorColumns, id: string) => c.ids.indexOf(id);

describe("MirrorColumns", () => {
  it("replaces a block in its slot and moves the last block into a removed one", () => {
    const c = new MirrorColumns(2);
    for (const id of ["a", "b", "c"]) c.put(row(id, [id]));
    c.put(row("b", ["b2"], "Ａ Ｂ"));
    expect(c.size).toBe(3);
    expect(c.texts[slotOf(c, "b")]).toBe("ab"); // as the index sees it: NFKC, lower case, no spaces
    c.remove("a");
    expect(c.size).toBe(2);
    expect(c.ids).toEqual(["c", "b"]);
    expect(tagsOf(c, 0)).toEqual(["c"]);
    expect(tagsOf(c, 1)).toEqual(["b2"]);
    c.remove("missing");
    expect(c.size).toBe(2);
  });

  it("keeps what a hit shows in the slot and moves it with the last block (growing past its capacity)", () => {
    const c = new MirrorColumns(2);
    const spans = [{ text: "××", start: 0, end: 2 }];
    c.put({ ...row("a"), level: 1, version: 3, spans, sourceTitle: "讲话甲" });
    c.put({ ...row("b"), level: null, version: 1, spans: [], sourceTitle: null });
    c.put({ ...row("c"), level: 2, version: 7, spans, sourceTitle: "讲话甲" });
    c.remove("a");
    const at = (id: string) => {
      const slot = slotOf(c, id);
      return [c.hits.level[slot], c.hits.version[slot], c.hits.spans[slot], c.hits.sourceTitles[slot]];
    };
    expect(at("c")).toEqual([2, 7, spans, "讲话甲"]);
    expect(at("b")).toEqual([-1, 1, [], null]);
    expect(c.hits.spans.length).toBe(2);
  });

  it("widens the tag columns for a block with many tags and keeps the others' tags", () => {
    const c = new MirrorColumns();
    c.put(row("a", ["x", "y"]));
    const many = Array.from({ length: 9 }, (_, i) => `t${i}`);
    c.put(row("b", many));
    expect(tagsOf(c, 0)).toEqual(["x", "y"]);
    expect(tagsOf(c, 1)).toEqual(many);
  });

  it("clears a slot's signature when the block is replaced or removed, and moves the last one's", () => {
    const c = new MirrorColumns();
    const candidates = (part: string) =>
      Array.from({ length: c.size }, (_, slot) => slot).filter((slot) => hasBit(c.signatureCandidates(part), slot));
    c.put(row("a", [], "燃气管道"));
    c.put(row("b", [], "压实责任"));
    expect(candidates("燃气管道")).toEqual([0]);
    c.put(row("a", [], "责任"));
    expect(candidates("燃气管道")).toEqual([]);
    expect(candidates("责任")).toEqual([0, 1]);
    c.remove("a"); // b moves into slot 0
    expect(candidates("压实")).toEqual([0]);
    expect(hasBit(c.signatureCandidates("压实"), 1)).toBe(false);
    c.put(row("c", [], "安全"));
    expect(candidates("全安")).toEqual([]); // a pair the text lacks, though it has both characters
  });

  it("keeps which blocks hold a word up to date as blocks are put, changed and removed", () => {
    const c = new MirrorColumns(2);
    const holders = (part: string) =>
      Array.from({ length: c.size }, (_, slot) => slot)
        .filter((slot) => hasBit(c.holding(part), slot))
        .map((slot) => c.ids[slot]);
    c.put(row("a", [], "城镇燃气安全"));
    c.put(row("b", [], "压实责任"));
    expect(holders("燃气")).toEqual(["a"]);
    c.put(row("c", [], "燃气管道")); // grows the columns past their first capacity
    c.put(row("d", [], "燃 气")); // as the index sees it: 燃气
    c.put(row("b", [], "责任与燃气"));
    expect(holders("燃气").sort()).toEqual(["a", "b", "c", "d"]);
    c.put(row("a", [], "安全"));
    c.remove("b"); // d moves into b's slot
    expect(holders("燃气").sort()).toEqual(["c", "d"]);
    expect(holders("安全")).toEqual(["a"]);
    c.remove("d"); // the last slot: cleared, not moved
    c.put(row("e", [], "别的"));
    expect(holders("燃气")).toEqual(["c"]);
  });

  it("finds exactly the blocks whose text holds a word, for every character's signature bit", () => {
    // Characters spread over all the signature's bits (bit 31 of a word once read as a negative number); texts of
    // 30 characters drawn from 40, so that pairs and characters are often present apart.
    const alphabet = Array.from({ length: 600 }, (_, i) => String.fromCharCode(0x4e00 + i * 7));
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = (n: number) => Array.from({ length: n }, () => alphabet[Math.floor(random() * 40)]!).join("");
    const c = new MirrorColumns(8);
    for (let i = 0; i < 300; i++) c.put(row(`b${i}`, [], pick(30)));
    for (let i = 0; i < 200; i++) {
      const part = [alphabet[i]!, pick(2), pick(3)][i % 3]!;
      const held = c.holding(part);
      for (let slot = 0; slot < c.size; slot++)
        expect(hasBit(held, slot), `${part} in ${c.texts[slot]}`).toBe(c.texts[slot]!.includes(part));
    }
  });
});
