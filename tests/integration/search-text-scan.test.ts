// The words of a query tested on each row's text (text-scan.ts) must find exactly what the n-gram index finds,
// whatever the text holds: whitespace between characters, compatibility and enclosed forms, Latin letters.
import { describe, expect, it } from "vitest";
import { chooseTextForm, decideTextForm } from "../../lib/search/choose-text-form";
import { parseQuery } from "../../lib/search/parse-query";
import { searchBlocks, type SearchSort } from "../../lib/search/search-blocks";
import { searchFacets } from "../../lib/search/search-facets";
import { createTestBlock, unique } from "../../lib/testing/factories";

describe("words tested on the text (real database)", () => {
  it("finds exactly what the index finds", async () => {
    const tag = unique("scan");
    const texts = [
      "要深入开展城镇燃气安全专项整治。",
      "燃 气管道要定期巡查。", // a space inside the word: the index ignores it
      "加强燃\u3000气安全管理。", // an ideographic space
      "压实安全生产责任，落实全员安全生产责任制。",
      "隐患排查要做到全覆盖、零容忍。",
      "抓好ＬＰＧ储配站的安全检查。", // full-width letters, found by a Latin word
      "落实\u2F00项责任。", // the Kangxi radical 一 (NFKC: 一)
      "第㈠项工作是排查隐患。", // enclosed 一 (NFKC: (一))
    ];
    for (const [i, text] of texts.entries())
      await createTestBlock({ text, tags: [tag], useCount: i % 2, curated: i % 3 === 0 });
    const queries = [
      "燃气",
      "安全",
      "安全 责任",
      '"安全生产责任"',
      "lpg",
      "一项",
      "一",
      "安全 -燃气",
      "排查 -隐患排查",
      "燃气安全",
      "-燃气",
      "-一",
    ];
    const sorts: SearchSort[] = ["relevance", "newest", "most_used"];
    for (const q of queries)
      for (const sort of sorts) {
        const filters = { tags: [tag] };
        const ids = async (form: "index" | "scan") =>
          (await searchBlocks({ query: q, filters, sort, form })).hits.map((h) => h.id);
        expect(await ids("scan"), `${q} ${sort}`).toEqual(await ids("index"));
      }
    for (const q of queries) {
      const facets = (form: "index" | "scan") => searchFacets(q, { tags: [tag], used: true }, parseQuery(q), form);
      expect(await facets("scan"), q).toEqual(await facets("index"));
    }
  });

  it("keeps the index without words", async () => {
    expect(await chooseTextForm(parseQuery(""), { used: true })).toBe("index");
    expect(await chooseTextForm(parseQuery("   "), {})).toBe("index");
  });
});

describe("decideTextForm", () => {
  const all = 100_000;
  it("tests the text when selective filters select far fewer blocks than the words match", () => {
    expect(decideTextForm({ matched: 88_000, selected: 14_000, all })).toBe("scan");
    expect(decideTextForm({ matched: 4_000, selected: 1_000, all })).toBe("scan");
    expect(decideTextForm({ matched: 2_000, selected: 1_000, all })).toBe("index");
    expect(decideTextForm({ matched: 88_000, selected: all, all })).toBe("index");
    expect(decideTextForm({ matched: 99_000, selected: 60_000, all })).toBe("index");
  });
  it("keeps exclusions alone on the index", async () => {
    expect(await chooseTextForm(parseQuery("-安全"), {})).toBe("index");
    expect(await chooseTextForm(parseQuery("-安全"), { used: true })).toBe("index");
  });
});
