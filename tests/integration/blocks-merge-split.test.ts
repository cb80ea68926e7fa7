// Merging and splitting blocks on a real database, and undoing both.
import { describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { mergeBlocks } from "../../lib/blocks/merge-blocks";
import { revertRevision } from "../../lib/blocks/revert-revision";
import { splitBlock } from "../../lib/blocks/split-block";
import { setFavourite } from "../../lib/blocks/set-favourite";
import { updateBlock } from "../../lib/blocks/update-block";
import { searchBlocks } from "../../lib/search/search-blocks";
import {
  categoryId,
  createTestBlock,
  createTestBlockUsage,
  createTestDocument,
  createTestSpeech,
  createTestSpeechInCorpus,
  createTestUser,
  unique,
} from "../../lib/testing/factories";
import { asSplitBlock, asUpdateBlock } from "../../lib/testing/route-input";
import * as splitRoute from "../../app/api/blocks/[id]/split/route";
import { refused, routeCaller } from "../support/route-call";

/** A block found in a corpus speech, with its block_sources row as the import writes it. */
async function sourcedBlock(text: string, extra: Parameters<typeof createTestBlock>[0] = {}) {
  const doc = await createTestDocument();
  const speech = await createTestSpeechInCorpus(doc.id);
  const block = await createTestBlock({
    text,
    sourceDocumentId: doc.id,
    sourceSpeechId: speech.id,
    position: 3,
    ...extra,
  });
  await db().blockSource.create({ data: { blockId: block.id, documentId: doc.id, speechId: speech.id, position: 3 } });
  return { block, doc, speech };
}

const sourceDocs = async (blockId: string) =>
  (await db().blockSource.findMany({ where: { blockId } })).map((s) => s.documentId).sort();

describe("mergeBlocks (real database)", () => {
  it("moves sources, usages and favourites to the survivor and undoes it all", async () => {
    const [user, fan, both] = [await createTestUser(), await createTestUser(), await createTestUser()];
    const tag = unique("merge");
    const s = await sourcedBlock(`要严格落实企业安全生产主体责任，${unique("s")}。`, {
      tags: [tag],
      useCount: 2,
      lastUsedAt: new Date("2025-01-01T00:00:00Z"),
    });
    const a = await sourcedBlock(`要严格落实企业安全生产主体责任！${unique("a")}`, {
      tags: [tag],
      useCount: 3,
      lastUsedAt: new Date("2025-06-01T00:00:00Z"),
    });
    const sharedSpeech = await createTestSpeech();
    const keptUsage = await createTestBlockUsage({ blockId: s.block.id, speechId: sharedSpeech.id });
    const duplicateUsage = await createTestBlockUsage({ blockId: a.block.id, speechId: sharedSpeech.id });
    const movedUsage = await createTestBlockUsage({ blockId: a.block.id });
    await setFavourite(a.block.id, fan.id, true);
    await setFavourite(a.block.id, both.id, true);
    await setFavourite(s.block.id, both.id, true);
    const found = async () =>
      (await searchBlocks({ query: "主体责任", filters: { tags: [tag] } })).hits.map((h) => h.id);
    expect(new Set(await found())).toEqual(new Set([s.block.id, a.block.id]));

    const { survivor, absorbed } = await mergeBlocks(s.block.id, a.block.id, user.id);
    expect(absorbed.mergedIntoId).toBe(s.block.id);
    // One usage moved; the speech both were used in still counts once.
    expect(survivor).toMatchObject({ useCount: 3, lastUsedAt: "2025-06-01T00:00:00.000Z", version: 2 });
    expect(await sourceDocs(s.block.id)).toEqual([s.doc.id, a.doc.id].sort());
    expect(await sourceDocs(a.block.id)).toEqual([]);
    const usagesOf = async (blockId: string) =>
      (await db().blockUsage.findMany({ where: { blockId } })).map((u) => u.id).sort();
    expect(await usagesOf(s.block.id)).toEqual([keptUsage.id, movedUsage.id].sort());
    expect(await usagesOf(a.block.id)).toEqual([duplicateUsage.id]); // same speech: not moved, but recorded
    const favouritesOf = async (blockId: string) =>
      (await db().blockFavorite.findMany({ where: { blockId } })).map((f) => f.userId).sort();
    expect(await favouritesOf(s.block.id)).toEqual([fan.id, both.id].sort());

    const [sRev] = await db().blockRevision.findMany({ where: { blockId: s.block.id, action: "merge" } });
    const [aRev] = await db().blockRevision.findMany({ where: { blockId: a.block.id, action: "merge" } });
    expect(sRev!.after).toMatchObject({
      absorbedId: a.block.id,
      merge: { movedUsageIds: [movedUsage.id], skippedUsageIds: [duplicateUsage.id], useCountAdded: 1 },
    });
    expect(aRev!.after).toMatchObject({ mergedIntoId: s.block.id });
    expect(await db().auditLog.count({ where: { action: "block.merge", targetId: s.block.id } })).toBe(1);

    // Undo from the absorbed block's side: everything goes back, both merge revisions are marked reverted.
    await revertRevision(aRev!.id, user.id);
    expect((await db().block.findUniqueOrThrow({ where: { id: a.block.id } })).mergedIntoId).toBeNull();
    expect(await db().block.findUniqueOrThrow({ where: { id: s.block.id } })).toMatchObject({
      useCount: 2,
      lastUsedAt: new Date("2025-01-01T00:00:00Z"),
      version: 3,
    });
    expect(await sourceDocs(s.block.id)).toEqual([s.doc.id]);
    expect(await sourceDocs(a.block.id)).toEqual([a.doc.id]);
    expect(await usagesOf(s.block.id)).toEqual([keptUsage.id]);
    expect(await usagesOf(a.block.id)).toEqual([duplicateUsage.id, movedUsage.id].sort());
    expect(await favouritesOf(a.block.id)).toEqual([fan.id, both.id].sort());
    expect(await favouritesOf(s.block.id)).toEqual([both.id]);
    const marked = await db().blockRevision.findMany({ where: { id: { in: [sRev!.id, aRev!.id] } } });
    expect(marked.every((r) => r.revertedAt)).toBe(true);
    expect(
      await db().blockRevision.count({ where: { blockId: { in: [s.block.id, a.block.id] }, action: "revert" } }),
    ).toBe(2);
    await expect(revertRevision(sRev!.id, user.id)).rejects.toMatchObject({ message: "这项修改已经撤销过了。" });
  });

  it("takes the absorbed block out of search, and undoing the merge brings it back", async () => {
    const user = await createTestUser();
    const tag = unique("merge");
    const s = await createTestBlock({ text: `要严格落实企业安全生产主体责任，${unique("s")}。`, tags: [tag] });
    const a = await createTestBlock({ text: `要严格落实企业安全生产主体责任！${unique("a")}`, tags: [tag] });
    const found = async () =>
      (await searchBlocks({ query: "主体责任", filters: { tags: [tag] } })).hits.map((h) => h.id);
    expect(new Set(await found())).toEqual(new Set([s.id, a.id]));
    await mergeBlocks(s.id, a.id, user.id);
    expect(await found()).toEqual([s.id]);
    const [rev] = await db().blockRevision.findMany({ where: { blockId: s.id, action: "merge" } });
    await revertRevision(rev!.id, user.id);
    expect(new Set(await found())).toEqual(new Set([s.id, a.id]));
  });

  it("adds the absorbed block's first source when it has no block_sources row, and removes it again on undo", async () => {
    const user = await createTestUser();
    const s = await createTestBlock();
    const doc = await createTestDocument();
    const a = await createTestBlock({ sourceDocumentId: doc.id, position: 7 });
    await mergeBlocks(s.id, a.id, user.id);
    expect(await db().blockSource.findMany({ where: { blockId: s.id } })).toMatchObject([
      { documentId: doc.id, position: 7 },
    ]);
    const [rev] = await db().blockRevision.findMany({ where: { blockId: s.id, action: "merge" } });
    await revertRevision(rev!.id, user.id);
    expect(await db().blockSource.count({ where: { blockId: s.id } })).toBe(0);
  });

  it("passes the canonical role of a near-duplicate group on, and back on undo", async () => {
    const user = await createTestUser();
    const canonical = await createTestBlock();
    const group = await db().duplicateGroup.create({ data: { canonicalBlockId: canonical.id } });
    await db().block.update({ where: { id: canonical.id }, data: { dupGroupId: group.id, isCanonical: true } });
    const member = await createTestBlock({ dupGroupId: group.id, isCanonical: false });
    const outsider = await createTestBlock();
    await mergeBlocks(outsider.id, canonical.id, user.id);
    expect((await db().duplicateGroup.findUniqueOrThrow({ where: { id: group.id } })).canonicalBlockId).toBe(member.id);
    expect((await db().block.findUniqueOrThrow({ where: { id: member.id } })).isCanonical).toBe(true);
    const [rev] = await db().blockRevision.findMany({ where: { blockId: outsider.id, action: "merge" } });
    await revertRevision(rev!.id, user.id);
    expect((await db().duplicateGroup.findUniqueOrThrow({ where: { id: group.id } })).canonicalBlockId).toBe(
      canonical.id,
    );
    expect((await db().block.findUniqueOrThrow({ where: { id: member.id } })).isCanonical).toBe(false);
  });

  it("refuses merging a block into itself, into a merged-away block, or a block merged already", async () => {
    const user = await createTestUser();
    const [x, y, z] = [await createTestBlock(), await createTestBlock(), await createTestBlock()];
    await expect(mergeBlocks(x.id, x.id, user.id)).rejects.toMatchObject({
      code: "invalid_input",
      message: "不能把素材合并到它自己。",
    });
    await mergeBlocks(x.id, y.id, user.id);
    await expect(mergeBlocks(y.id, z.id, user.id)).rejects.toMatchObject({
      code: "conflict",
      message: "目标素材已并入其他素材，不能再向它合并。",
    });
    await expect(mergeBlocks(z.id, y.id, user.id)).rejects.toMatchObject({
      code: "conflict",
      message: "要并入的素材已经合并过了。",
    });
    await expect(mergeBlocks(x.id, "no-such-block", user.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(updateBlock(y.id, user.id, asUpdateBlock({ version: 2, curated: true }))).rejects.toMatchObject({
      code: "conflict",
    });
  });

  it("refuses to undo a merge after the absorbed block was merged back out some other way", async () => {
    const user = await createTestUser();
    const [x, y] = [await createTestBlock(), await createTestBlock()];
    await mergeBlocks(x.id, y.id, user.id);
    const [rev] = await db().blockRevision.findMany({ where: { blockId: x.id, action: "merge" } });
    await db().block.update({ where: { id: y.id }, data: { mergedIntoId: null } });
    await expect(revertRevision(rev!.id, user.id)).rejects.toMatchObject({ code: "conflict" });
    expect((await db().blockRevision.findUniqueOrThrow({ where: { id: rev!.id } })).revertedAt).toBeNull();
  });
});

describe("splitBlock (real database)", () => {
  const first = "要压紧压实安全生产责任，严格落实党政同责、一岗双责。";
  const second = "要深入开展隐患排查整治，建立台账，整改销号。";
  const third = "要强化应急值守，确保信息畅通。";

  it("keeps part one in the block and makes each further part a new block with the same category, tags and sources", async () => {
    const user = await createTestUser();
    const cat = await categoryId(unique("cat"));
    const tag = unique("split");
    const { block, doc, speech } = await sourcedBlock(`${first}\n${second}  ${third}${tag}`, {
      categoryId: cat,
      tags: [tag],
      curated: true,
      headingPath: ["一、压实责任"],
    });
    const { block: kept, created } = await splitBlock(
      block.id,
      user.id,
      asSplitBlock({
        version: 1,
        parts: [first, second, `${third}${tag}`],
      }),
    );
    expect(kept).toMatchObject({ text: first, version: 2, curated: true });
    expect(created.map((c) => c.text)).toEqual([second, `${third}${tag}`]);
    for (const c of created) {
      expect(c).toMatchObject({ origin: "SPLIT", curated: false, tags: [tag], kind: "PARAGRAPH", version: 1 });
      expect(c.category?.id).toBe(cat);
      const row = await db().block.findUniqueOrThrow({ where: { id: c.id }, include: { sources: true } });
      expect(row).toMatchObject({
        sourceDocumentId: doc.id,
        sourceSpeechId: speech.id,
        position: 3,
        headingPath: ["一、压实责任"],
      });
      expect(row.sources).toMatchObject([{ documentId: doc.id, speechId: speech.id, position: 3 }]);
      expect(row.lshBands).toHaveLength(16);
      expect(row.charCount).toBe([...c.text].length);
    }
    expect((await searchBlocks({ query: "应急值守", filters: { tags: [tag] } })).hits.map((h) => h.id)).toEqual([
      created[1]!.id,
    ]);
    const [rev] = await db().blockRevision.findMany({ where: { blockId: block.id, action: "split" } });
    expect(rev).toMatchObject({
      before: { text: block.text },
      after: { text: first, newBlockIds: created.map((c) => c.id) },
    });

    // Undo: the new blocks go, the text comes back.
    const restored = await revertRevision(rev!.id, user.id);
    expect(restored).toMatchObject({ text: block.text, version: 3 });
    expect(await db().block.count({ where: { id: { in: created.map((c) => c.id) } } })).toBe(0);
  });

  it("takes from each part the industries only another part names, keeps every other tag, and undo brings all back", async () => {
    const user = await createTestUser();
    const own = unique("own");
    const roads = "要加强道路交通安全管理，严查酒驾醉驾。";
    const schools = `要抓好学校周边安全，守护师生平安${own}。`;
    // 消防 is a curator's: neither part names it, so both keep it.
    const { block } = await sourcedBlock(roads + schools, { tags: ["道路交通", "校园", "消防", "一季度", own] });
    const { block: kept, created } = await splitBlock(
      block.id,
      user.id,
      asSplitBlock({ version: 1, parts: [roads, schools] }),
    );
    expect(kept.tags).toEqual(["道路交通", "消防", "一季度", own]);
    expect(created.map((c) => c.tags)).toEqual([["校园", "消防", "一季度", own]]);
    // The search is kept to this test's blocks by their own tag: other files import the sample corpus, whose speeches
    // say 酒驾 under 校园 too, into the same database at the same time.
    expect((await searchBlocks({ query: "酒驾", filters: { tags: ["校园", own] } })).hits).toEqual([]);
    expect((await searchBlocks({ query: "酒驾", filters: { tags: ["道路交通", own] } })).hits).toHaveLength(1);
    const [rev] = await db().blockRevision.findMany({ where: { blockId: block.id, action: "split" } });
    const restored = await revertRevision(rev!.id, user.id);
    expect(restored.tags).toEqual(["道路交通", "校园", "消防", "一季度", own]);
  });

  it("refuses parts that do not add up to the text, and a stale version (through the route)", async () => {
    const user = await createTestUser();
    const block = await createTestBlock({ text: `${first}${second}` });
    const post = await routeCaller(user.id);
    const attempt = (parts: string[], version = 1) =>
      post(splitRoute.POST, { method: "POST", params: { id: block.id }, body: { version, parts } });
    const wrong = "拆分后的各段连起来必须与原文完全一致，只能在断开处去掉空白。";
    expect(await attempt([first, "要深入开展隐患排查。"])).toMatchObject(refused(wrong));
    expect(await attempt([first])).toMatchObject(refused("至少要拆成 2 段。"));
    expect(await attempt([first, " ", second])).toMatchObject(refused("拆分后的每一段都不能为空。"));
    expect(await attempt([second, first])).toMatchObject(refused(wrong));
    expect(await attempt([first, second], 2)).toMatchObject({
      status: 409,
      error: { code: "conflict", message: "该素材已被他人修改，请刷新后再试。" },
    });
    // The use case itself refuses parts that do not add up (the contract cannot know the text).
    await expect(
      splitBlock(block.id, user.id, asSplitBlock({ version: 1, parts: [second, first] })),
    ).rejects.toMatchObject({ code: "invalid_input", message: wrong });
    expect((await db().block.findUniqueOrThrow({ where: { id: block.id } })).text).toBe(`${first}${second}`);
  });

  it("refuses to undo a split once a new block is used in a speech", async () => {
    const user = await createTestUser();
    const block = await createTestBlock({ text: `${first}${second}` });
    const { created } = await splitBlock(block.id, user.id, asSplitBlock({ version: 1, parts: [first, second] }));
    await createTestBlockUsage({ blockId: created[0]!.id });
    const [rev] = await db().blockRevision.findMany({ where: { blockId: block.id, action: "split" } });
    await expect(revertRevision(rev!.id, user.id)).rejects.toMatchObject({
      code: "conflict",
      message: "拆分出的素材已被讲稿使用，无法撤销拆分。",
    });
    expect(await db().block.count({ where: { id: created[0]!.id } })).toBe(1);
  });
});
