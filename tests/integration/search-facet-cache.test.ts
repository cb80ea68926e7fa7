// The facet counts of searches without words are kept between searches (lib/search/facet-cache.ts); every change
// that can alter them must make the next search count again, across processes (the generation is in the database).
import { describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { updateBlock } from "../../lib/blocks/update-block";
import { libraryGeneration } from "../../lib/search/facet-cache";
import { searchFacets } from "../../lib/search/search-facets";
import {
  createTestBlock,
  createTestBlockUsage,
  createTestMeeting,
  createTestSpeech,
  createTestUser,
  unique,
} from "../../lib/testing/factories";
import { asUpdateBlock } from "../../lib/testing/route-input";

describe("kept facet counts (real database)", () => {
  it("counts again after blocks are added, curated, hidden or deleted", async () => {
    const tag = unique("fc");
    const a = await createTestBlock({ text: "抓好燃气安全。", tags: [tag] });
    expect((await searchFacets("", { tags: [tag] })).total).toBe(1);
    await createTestBlock({ text: "压实安全责任。", tags: [tag] });
    expect((await searchFacets("", { tags: [tag] })).total).toBe(2);
    await db().block.update({ where: { id: a.id }, data: { curated: true } });
    expect((await searchFacets("", { tags: [tag] })).curated).toBe(1);
    await db().block.update({ where: { id: a.id }, data: { hidden: true } });
    expect((await searchFacets("", { tags: [tag] })).total).toBe(1);
    await db().block.delete({ where: { id: a.id } });
    expect((await searchFacets("", { tags: [tag], includeHidden: true })).total).toBe(1);
  });

  it("counts a word again after a block's wording changes", async () => {
    const tag = unique("fc");
    const block = await createTestBlock({ text: "加强燃气管道巡查。", tags: [tag] });
    expect((await searchFacets("燃气", { tags: [tag] })).total).toBe(1);
    const user = await createTestUser();
    await updateBlock(block.id, user.id, asUpdateBlock({ version: block.version, text: "加强输油管道巡查。" }));
    expect((await searchFacets("燃气", { tags: [tag] })).total).toBe(0);
    expect((await searchFacets("输油", { tags: [tag] })).total).toBe(1);
  });

  it("counts again after a use or a favourite is recorded", async () => {
    const tag = unique("fc");
    const block = await createTestBlock({ text: "严格执法检查。", tags: [tag] });
    const speaker = unique("县长");
    expect((await searchFacets("", { tags: [tag], notUsedBySpeaker: speaker })).total).toBe(1);
    const meeting = await createTestMeeting();
    const speech = await createTestSpeech({ meetingId: meeting.id, speaker });
    await createTestBlockUsage({ blockId: block.id, speechId: speech.id, meetingId: meeting.id, speaker });
    expect((await searchFacets("", { tags: [tag], notUsedBySpeaker: speaker })).total).toBe(0);

    const user = await createTestUser();
    expect((await searchFacets("", { tags: [tag], favouriteOfUserId: user.id })).total).toBe(0);
    await db().blockFavorite.create({ data: { blockId: block.id, userId: user.id } });
    expect((await searchFacets("", { tags: [tag], favouriteOfUserId: user.id })).total).toBe(1);
  });

  it("does not move the generation for a change that no count depends on", async () => {
    const block = await createTestBlock({ text: "加强应急演练。", tags: [unique("fc")] });
    const before = await libraryGeneration();
    await db().block.update({ where: { id: block.id }, data: { headingPath: ["一、只改标题路径"] } });
    expect(await libraryGeneration()).toBe(before);
    await db().block.update({ where: { id: block.id }, data: { useCount: 3 } });
    expect(await libraryGeneration()).not.toBe(before);
  });
});

describe("the library's generation", () => {
  it("moves with the first change after the sequence is new (last_value alone does not)", async () => {
    const before = await libraryGeneration();
    try {
      await db().$executeRawUnsafe("ALTER SEQUENCE library_generation RESTART");
      const fresh = await libraryGeneration();
      await createTestBlock({ text: "首次变化。", tags: [unique("fc")] });
      expect(await libraryGeneration()).not.toBe(fresh);
    } finally {
      // Never again a number counts were kept under, in this or any other test process.
      await db().$executeRawUnsafe(`SELECT setval('library_generation', ${BigInt(before) + 1_000_000n})`);
    }
  });
});
