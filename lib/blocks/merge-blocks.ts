// Merging two blocks that say the same thing: the absorbed block's sources, usages and favourites move to the
// survivor, its use count is added, and it points at the survivor (which takes it out of the library). Both
// blocks keep their own revisions; each gets a "merge" revision holding what was moved, so the merge can be
// undone from either of them.
import { randomUUID } from "node:crypto";
import { db, type DbTx } from "../db/client";
import { writeAudit } from "../audit/audit-log";
import { isoOrNull as iso, loadBlockSummary, lockBlocks, notFound } from "./block-summary";
import { conflict, invalid } from "./messages";
import { asJson } from "./revision-fields";
import type { BlockSummary } from "./types";

/** Stored under `merge` in the after-payload of both merge revisions. */
export type MergeDetail = {
  survivorId: string;
  absorbedId: string;
  revisionIds: { survivor: string; absorbed: string };
  movedSourceIds: string[];
  createdSourceIds: string[];
  movedUsageIds: string[];
  skippedUsageIds: string[];
  movedFavouriteUserIds: string[];
  skippedFavouriteUserIds: string[];
  useCountAdded: number;
  lastUsedAt: { before: string | null; after: string | null };
  canonical: { groupId: string; from: string; to: string } | null;
};

const mergeState = {
  id: true,
  mergedIntoId: true,
  useCount: true,
  lastUsedAt: true,
  sourceDocumentId: true,
  sourceSpeechId: true,
  position: true,
  dupGroupId: true,
  isCanonical: true,
} as const;

export async function mergeBlocks(
  survivorId: string,
  absorbedId: string,
  userId: string,
): Promise<{ survivor: BlockSummary; absorbed: BlockSummary }> {
  if (survivorId === absorbedId) throw invalid("不能把素材合并到它自己。");
  return db().$transaction(async (tx) => {
    await lockBlocks(tx, [survivorId, absorbedId]);
    const rows = await tx.block.findMany({ where: { id: { in: [survivorId, absorbedId] } }, select: mergeState });
    const survivor = rows.find((r) => r.id === survivorId);
    const absorbed = rows.find((r) => r.id === absorbedId);
    if (!survivor || !absorbed) throw notFound();
    if (survivor.mergedIntoId) throw conflict("目标素材已并入其他素材，不能再向它合并。");
    if (absorbed.mergedIntoId) throw conflict("要并入的素材已经合并过了。");

    const movedSourceIds = (
      await tx.$queryRaw<{ id: string }[]>`
        UPDATE block_sources s SET block_id = ${survivorId}
        WHERE s.block_id = ${absorbedId} AND NOT EXISTS (
          SELECT 1 FROM block_sources t
          WHERE t.block_id = ${survivorId} AND t.document_id = s.document_id AND t.position = s.position)
        RETURNING s.id`
    ).map((r) => r.id);
    const createdSourceIds: string[] = [];
    if (absorbed.sourceDocumentId && absorbed.position !== null) {
      const place = { documentId: absorbed.sourceDocumentId, position: absorbed.position };
      const known = await tx.blockSource.findFirst({ where: { blockId: survivorId, ...place }, select: { id: true } });
      if (!known) {
        const row = await tx.blockSource.create({
          data: { blockId: survivorId, speechId: absorbed.sourceSpeechId, ...place },
          select: { id: true },
        });
        createdSourceIds.push(row.id);
      }
    }
    const movedUsageIds = (
      await tx.$queryRaw<{ id: string }[]>`
        UPDATE block_usages u SET block_id = ${survivorId}
        WHERE u.block_id = ${absorbedId} AND NOT EXISTS (
          SELECT 1 FROM block_usages v WHERE v.block_id = ${survivorId} AND v.speech_id = u.speech_id)
        RETURNING u.id`
    ).map((r) => r.id);
    const skippedUsageIds = (
      await tx.blockUsage.findMany({ where: { blockId: absorbedId }, select: { id: true } })
    ).map((r) => r.id);
    const movedFavouriteUserIds = (
      await tx.$queryRaw<{ user_id: string }[]>`
        UPDATE block_favorites f SET block_id = ${survivorId}
        WHERE f.block_id = ${absorbedId} AND NOT EXISTS (
          SELECT 1 FROM block_favorites g WHERE g.block_id = ${survivorId} AND g.user_id = f.user_id)
        RETURNING f.user_id`
    ).map((r) => r.user_id);
    const skippedFavouriteUserIds = (
      await tx.blockFavorite.findMany({ where: { blockId: absorbedId }, select: { userId: true } })
    ).map((r) => r.userId);

    const lastUsedAt = latest(survivor.lastUsedAt, absorbed.lastUsedAt);
    await tx.block.update({
      where: { id: survivorId },
      data: { useCount: { increment: movedUsageIds.length }, lastUsedAt, version: { increment: 1 } },
    });
    await tx.block.update({
      where: { id: absorbedId },
      data: { mergedIntoId: survivorId, version: { increment: 1 } },
    });
    const canonical = await passCanonical(tx, absorbed, survivor);

    const revisionIds = { survivor: randomUUID(), absorbed: randomUUID() };
    const detail: MergeDetail = {
      survivorId,
      absorbedId,
      revisionIds,
      movedSourceIds,
      createdSourceIds,
      movedUsageIds,
      skippedUsageIds,
      movedFavouriteUserIds,
      skippedFavouriteUserIds,
      // Each moved usage is a speech the survivor was not yet used in; a speech both were used in counts once.
      useCountAdded: movedUsageIds.length,
      lastUsedAt: { before: iso(survivor.lastUsedAt), after: iso(lastUsedAt) },
      canonical,
    };
    await tx.blockRevision.createMany({
      data: [
        {
          id: revisionIds.survivor,
          blockId: survivorId,
          userId,
          action: "merge",
          before: asJson({ useCount: survivor.useCount, lastUsedAt: iso(survivor.lastUsedAt) }),
          after: asJson({
            absorbedId,
            useCount: survivor.useCount + movedUsageIds.length,
            lastUsedAt: iso(lastUsedAt),
            merge: detail,
          }),
        },
        {
          id: revisionIds.absorbed,
          blockId: absorbedId,
          userId,
          action: "merge",
          before: asJson({ mergedIntoId: null }),
          after: asJson({ mergedIntoId: survivorId, merge: detail }),
        },
      ],
    });
    await writeAudit(
      {
        action: "block.merge",
        userId,
        targetType: "block",
        targetId: survivorId,
        details: asJson({
          absorbedId,
          sources: movedSourceIds.length + createdSourceIds.length,
          usages: movedUsageIds.length,
          skippedUsages: skippedUsageIds.length,
          favourites: movedFavouriteUserIds.length,
        }),
      },
      tx,
    );
    return { survivor: await loadBlockSummary(tx, survivorId), absorbed: await loadBlockSummary(tx, absorbedId) };
  });
}

/** Why the merge recorded in `detail` cannot be undone now, or null when it can. */
export async function mergeUndoBlocker(tx: DbTx, detail: MergeDetail): Promise<string | null> {
  const rows = await tx.block.findMany({
    where: { id: { in: [detail.survivorId, detail.absorbedId] } },
    select: { id: true, mergedIntoId: true },
  });
  const survivor = rows.find((r) => r.id === detail.survivorId);
  const absorbed = rows.find((r) => r.id === detail.absorbedId);
  if (!survivor || !absorbed) return "合并涉及的素材已被删除，无法撤销合并。";
  if (absorbed.mergedIntoId !== detail.survivorId || survivor.mergedIntoId)
    return "合并之后素材又被合并或改动过，无法直接撤销。";
  return null;
}

/**
 * Undoes a merge inside the caller's transaction (which has marked both merge revisions reverted): moves back
 * what was moved, takes back the use count, restores the group's canonical block and clears merged_into_id.
 */
export async function undoMerge(tx: DbTx, detail: MergeDetail): Promise<void> {
  const { survivorId, absorbedId } = detail;
  await lockBlocks(tx, [survivorId, absorbedId]);
  const blocker = await mergeUndoBlocker(tx, detail);
  if (blocker) throw conflict(blocker);

  await tx.$executeRaw`
    UPDATE block_sources s SET block_id = ${absorbedId}
    WHERE s.id = ANY(${detail.movedSourceIds}) AND s.block_id = ${survivorId} AND NOT EXISTS (
      SELECT 1 FROM block_sources t
      WHERE t.block_id = ${absorbedId} AND t.document_id = s.document_id AND t.position = s.position)`;
  await tx.blockSource.deleteMany({ where: { id: { in: detail.createdSourceIds }, blockId: survivorId } });
  await tx.$executeRaw`
    UPDATE block_usages u SET block_id = ${absorbedId}
    WHERE u.id = ANY(${detail.movedUsageIds}) AND u.block_id = ${survivorId} AND NOT EXISTS (
      SELECT 1 FROM block_usages v WHERE v.block_id = ${absorbedId} AND v.speech_id = u.speech_id)`;
  await tx.$executeRaw`
    UPDATE block_favorites f SET block_id = ${absorbedId}
    WHERE f.user_id = ANY(${detail.movedFavouriteUserIds}) AND f.block_id = ${survivorId} AND NOT EXISTS (
      SELECT 1 FROM block_favorites g WHERE g.block_id = ${absorbedId} AND g.user_id = f.user_id)`;

  const survivor = await tx.block.findUniqueOrThrow({ where: { id: survivorId }, select: { lastUsedAt: true } });
  const lastUsedUnchanged = iso(survivor.lastUsedAt) === detail.lastUsedAt.after;
  await tx.$executeRaw`
    UPDATE blocks SET use_count = GREATEST(use_count - ${detail.useCountAdded}, 0), version = version + 1,
      updated_at = now()
    WHERE id = ${survivorId}`;
  if (lastUsedUnchanged) {
    const before = detail.lastUsedAt.before;
    await tx.block.update({ where: { id: survivorId }, data: { lastUsedAt: before ? new Date(before) : null } });
  }
  await tx.block.update({ where: { id: absorbedId }, data: { mergedIntoId: null, version: { increment: 1 } } });
  if (detail.canonical) {
    const { groupId, from, to } = detail.canonical;
    const group = await tx.duplicateGroup.findUnique({ where: { id: groupId }, select: { canonicalBlockId: true } });
    if (group?.canonicalBlockId === to) await setCanonical(tx, groupId, from);
  }
}

/** When the absorbed block was its group's canonical, the survivor (if in the group) or the oldest member takes over. */
async function passCanonical(
  tx: DbTx,
  absorbed: { id: string; dupGroupId: string | null; isCanonical: boolean },
  survivor: { id: string; dupGroupId: string | null },
): Promise<MergeDetail["canonical"]> {
  if (!absorbed.dupGroupId || !absorbed.isCanonical) return null;
  const groupId = absorbed.dupGroupId;
  const next =
    survivor.dupGroupId === groupId
      ? survivor.id
      : (
          await tx.block.findFirst({
            where: { dupGroupId: groupId, mergedIntoId: null, id: { not: absorbed.id } },
            orderBy: [{ createdAt: "asc" }, { id: "asc" }],
            select: { id: true },
          })
        )?.id;
  if (!next) return null;
  await setCanonical(tx, groupId, next);
  return { groupId, from: absorbed.id, to: next };
}

async function setCanonical(tx: DbTx, groupId: string, blockId: string): Promise<void> {
  await tx.duplicateGroup.update({ where: { id: groupId }, data: { canonicalBlockId: blockId } });
  await tx.$executeRaw`UPDATE blocks SET is_canonical = (id = ${blockId}) WHERE dup_group_id = ${groupId}`;
}

const latest = (a: Date | null, b: Date | null) => (!a ? b : !b ? a : a > b ? a : b);
