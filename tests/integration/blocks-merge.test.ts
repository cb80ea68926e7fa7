// Merging blocks on a real database, and undoing it.
import { describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { mergeBlocks } from "../../lib/blocks/merge-blocks";
import { revertRevision } from "../../lib/blocks/revert-revision";
import { setFavourite } from "../../lib/blocks/set-favourite";
import { updateBlock } from "../../lib/blocks/update-block";
import { searchBlocks } from "../../lib/search/search-blocks";
import {
  createTestBlock,
  createTestBlockUsage,
  createTestDocument,
  createTestSpeech,
  createTestUser,
  unique,
} from "../../lib/testing/factories";
import { asUpdateBlock } from "../../lib/testing/route-input";
import { sourcedBlock } from "../support/sourced-block";

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
