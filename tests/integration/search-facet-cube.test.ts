// Searches without words whose filters are facets are answered from a summary of the library (facet-cube.ts); its
// counts must equal the counting statement's for every such filter, and follow changes to the library.
import { describe, expect, it } from "vitest";
import { countsSettled } from "../../lib/search/facet-cache";
import { cubeAnswers, facetsFromCube } from "../../lib/search/facet-cube";
import { countFacets, searchFacets } from "../../lib/search/search-facets";
import { NO_CATEGORY, searchConditions, type SearchFilters } from "../../lib/search/search-filters";
import { categoryId, createTestBlock, unique } from "../../lib/testing/factories";

const counted = (f: SearchFilters) => countFacets(searchConditions("", f), f);

describe("facets from the library summary (real database)", () => {
  it("equals the counting statement for every facet filter and their mixes", async () => {
    const [risk, duty] = [await categoryId("隐患排查"), await categoryId("责任落实")];
    const long = "要深入开展城镇燃气安全专项整治，".repeat(14);
    await createTestBlock({ text: "一、燃气安全", kind: "HEADING", level: 1, categoryId: risk, curated: true });
    await createTestBlock({ text: long, categoryId: risk, tags: ["城镇燃气", "专项整治"], useCount: 2 });
    await createTestBlock({
      text: "请××单位对燃气管道开展排查，发现隐患立即整改到位。".repeat(4),
      categoryId: duty,
      tags: ["城镇燃气"],
      placeholders: [{ text: "××", start: 1, end: 3 }],
    });
    await createTestBlock({ text: "压实责任。", categoryId: null, tags: ["责任"], curated: true, useCount: 1 });
    await createTestBlock({ text: "已隐藏的一段。", categoryId: duty, hidden: true });
    const filters: SearchFilters[] = [
      {},
      { categoryIds: [risk] },
      { categoryIds: [NO_CATEGORY, duty] },
      { kind: "HEADING" },
      { kind: "PARAGRAPH", curated: true },
      { curated: false },
      { hasPlaceholders: true },
      { used: true, categoryIds: [risk] },
      { used: false },
      { minChars: 80, maxChars: 199 },
      { minChars: 200 },
      { maxChars: 79, kind: "PARAGRAPH" },
      { minChars: 0, maxChars: 199, hasPlaceholders: false, categoryIds: [duty] },
    ];
    // The first search after a change counts its own facets and has the summary made behind its answer.
    expect(await searchFacets("", filters[1]!)).toEqual(await counted(filters[1]!));
    await countsSettled();
    for (const f of filters) {
      expect(cubeAnswers(f), JSON.stringify(f)).toBe(true);
      expect((await facetsFromCube(f)).facets, JSON.stringify(f)).toEqual(await counted(f));
    }
  });

  it("is not used for filters it cannot answer", () => {
    expect(cubeAnswers({ tags: ["城镇燃气"] })).toBe(false);
    expect(cubeAnswers({ notUsedBySpeaker: "县长" })).toBe(false);
    expect(cubeAnswers({ favouriteOfUserId: "u" })).toBe(false);
    expect(cubeAnswers({ includeHidden: true })).toBe(false);
    expect(cubeAnswers({ minChars: 100 })).toBe(false);
    expect(cubeAnswers({ maxChars: 150 })).toBe(false);
  });

  it("follows a change to the library", async () => {
    await searchFacets("", {});
    await countsSettled();
    const before = (await facetsFromCube({})).facets!;
    await createTestBlock({ text: `新加的一段${unique("x")}。`, tags: ["新标签"] });
    expect((await facetsFromCube({})).facets).toBeUndefined(); // not kept: made behind the next answer
    await searchFacets("", {});
    await countsSettled();
    const after = (await facetsFromCube({})).facets!;
    expect(after.total).toBe(before.total + 1);
    expect(after.tag["新标签"]).toBe((before.tag["新标签"] ?? 0) + 1);
    expect(after).toEqual(await counted({}));
  });
});
