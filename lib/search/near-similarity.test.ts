import { describe, expect, it } from "vitest";
import { gramSet, gramSimilarity, rankNear } from "./near-similarity";
import { searchableText } from "./ngram-index";
import { seededRandom } from "../testing/seeded-random";

/** The definition, with sets: distinct characters and adjacent pairs of the text, shared with the query's. */
function jaccard(query: Set<number>, text: string): number {
  const own = new Set<number>();
  for (let i = 0; i < text.length; i++) {
    own.add(text.charCodeAt(i));
    if (i + 1 < text.length) own.add(0x10000 + text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1));
  }
  const shared = [...query].filter((g) => own.has(g)).length;
  return shared / (query.size + own.size - shared);
}

describe("near-match similarity", () => {
  it("is the share of characters and pairs the query and the text have in common", () => {
    // 城镇燃起: 城 镇 燃 起 城镇 镇燃 燃起 (7); 城镇燃气: 城 镇 燃 气 城镇 镇燃 燃气 (7); shared 5 of 9.
    expect(gramSimilarity(gramSet(["城镇燃起"]), "城镇燃气")).toBeCloseTo(5 / 9);
    expect(gramSimilarity(gramSet(["城镇"]), "城镇")).toBe(1);
    expect(gramSimilarity(gramSet(["燃气"]), "汛期")).toBe(0);
  });

  it("reads the query as the index does (full width, case, spaces) and pairs no characters across two words", () => {
    expect(gramSimilarity(gramSet(["ＧＢ ９７０４"]), searchableText("gb9704"))).toBe(1);
    expect(gramSimilarity(gramSet(["GB9704"]), searchableText("gb 9705"))).toBeLessThan(1);
    expect(gramSet(["燃气", "汛期"]).size).toBe(6); // four characters, two pairs: no 气汛
  });

  it("ranks more terms held first, then the more alike, then by id, and keeps `limit`", () => {
    const c = (id: string, held: number, text: string) => ({ item: id, id, held, text });
    const ranked = rankNear(
      [c("d", 1, "城镇燃起"), c("b", 2, "城镇燃气管道老化"), c("a", 2, "城镇燃气"), c("c", 2, "城镇燃气")],
      ["城镇燃起"],
      3,
    );
    expect(ranked.map((x) => x.item)).toEqual(["a", "c", "b"]);
    expect(ranked[0]!.rank).toBeCloseTo(2 + 5 / 9);
  });

  it("counts a text's distinct grams exactly, call after call, short texts and long ones", () => {
    const r = seededRandom(11);
    const alphabet = [..."安全生产责任落实隐患排查燃气管道城镇，。abc１２"];
    const query = gramSet(["城镇燃气", "隐患排查"]);
    for (let run = 0; run < 300; run++) {
      const length = run % 50 === 0 ? 3000 : Math.floor(r() * 200);
      const text = Array.from({ length }, () => alphabet[Math.floor(r() * alphabet.length)]).join("");
      expect(gramSimilarity(query, text), text.slice(0, 20)).toBeCloseTo(jaccard(query, text), 12);
    }
  });
});
