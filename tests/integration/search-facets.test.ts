import { describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { searchBlocks, type SearchFilters } from "../../lib/search/search-blocks";
import { searchFacets } from "../../lib/search/search-facets";
import { categoryId, createTestBlock, unique } from "../../lib/testing/factories";

// Every block carries a unique marker tag, and every search filters by it, so the shared database does not matter.
async function library() {
  const tag = unique("t");
  const [risk, duty] = [await categoryId("隐患排查"), await categoryId("责任落实")];
  const make = (text: string, data: Parameters<typeof createTestBlock>[0] & { tags?: string[] } = {}) =>
    createTestBlock({ text, ...data, tags: [tag, ...(data.tags ?? [])] });
  const blocks = {
    gasHeading: await make("一、燃气安全", { kind: "HEADING", level: 1, categoryId: risk, curated: true }),
    gasBlank: await make("请××单位对燃气管道开展排查。", {
      categoryId: risk,
      tags: ["城镇燃气"],
      placeholders: [{ text: "××", start: 1, end: 3 }],
      useCount: 2,
    }),
    gasLong: await make(`燃气安全${"，隐患排查要全覆盖".repeat(25)}。`, { categoryId: duty, tags: ["城镇燃气"] }),
    gasMedium: await make(`燃气企业要落实主体责任${"，层层压实".repeat(15)}。`, { useCount: 1 }),
    other: await make("防汛工作不能松懈。", { categoryId: risk }),
    merged: await make("燃气安全！", { categoryId: risk }),
    hidden: await make("燃气安全。", { categoryId: duty, hidden: true }),
  };
  await db().block.update({ where: { id: blocks.merged.id }, data: { mergedIntoId: blocks.gasHeading.id } });
  return { tag, risk, duty, blocks };
}

describe("searchFacets (real database)", () => {
  it("counts each facet over the blocks the query and filters match", async () => {
    const { tag, risk, duty, blocks } = await library();
    expect(blocks.gasMedium.text.length).toBeGreaterThanOrEqual(80);
    expect(blocks.gasLong.text.length).toBeGreaterThanOrEqual(200);
    expect(await searchFacets("燃气", { tags: [tag] })).toEqual({
      total: 4,
      category: { [risk]: 2, [duty]: 1, none: 1 },
      kind: { HEADING: 1, PARAGRAPH: 3 },
      tag: { [tag]: 4, 城镇燃气: 2 },
      curated: 1,
      placeholders: 1,
      used: 2,
      length: { short: 2, medium: 1, long: 1 },
    });
  });

  it("counts categories without the category filter, and everything else with it", async () => {
    const { tag, risk, duty } = await library();
    const f = await searchFacets("燃气", { tags: [tag], categoryIds: [risk] });
    expect(f.category).toEqual({ [risk]: 2, [duty]: 1, none: 1 });
    expect(f).toMatchObject({ total: 2, kind: { HEADING: 1, PARAGRAPH: 1 }, curated: 1, placeholders: 1, used: 1 });
    expect(f.tag).toEqual({ [tag]: 2, 城镇燃气: 1 });
    expect(f.length).toEqual({ short: 2, medium: 0, long: 0 });
    const none = await searchFacets("燃气", { tags: [tag], categoryIds: ["none", duty] });
    expect(none).toMatchObject({ total: 2, category: { [risk]: 2, [duty]: 1, none: 1 }, used: 1 });
  });

  it("uses the same WHERE as the result list", async () => {
    const { tag, risk } = await library();
    const cases: [string, SearchFilters][] = [
      ["燃气", { tags: [tag] }],
      ["燃气 -主体责任", { tags: [tag] }],
      ['"隐患排查"', { tags: [tag] }],
      ["", { tags: [tag] }],
      ["", { tags: [tag], includeHidden: true }],
      ["燃气", { tags: [tag], categoryIds: [risk], kind: "PARAGRAPH" }],
      ["燃气", { tags: [tag], used: true, minChars: 10 }],
      ["排查", { tags: [tag], hasPlaceholders: false }],
    ];
    for (const [query, filters] of cases) {
      const hits = await searchBlocks({ query, filters, limit: 100 });
      expect((await searchFacets(query, filters)).total, `${query} ${JSON.stringify(filters)}`).toBe(hits.hits.length);
    }
  });

  it("returns zeros when nothing matches", async () => {
    expect(await searchFacets("燃气", { tags: [unique("none")] })).toEqual({
      total: 0,
      category: {},
      kind: {},
      tag: {},
      curated: 0,
      placeholders: 0,
      used: 0,
      length: { short: 0, medium: 0, long: 0 },
    });
  });
});
