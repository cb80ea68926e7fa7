// Reverting one curation step. A field edit is undone only while the block still shows what that edit wrote
// (otherwise a later change would be silently lost); merges and splits have their own undo. The revert is itself
// recorded as a revision ("revert", pointing at the reverted one) and the original is marked reverted.
import { refusingSameText } from "./same-text";
import type { Prisma } from "../db/generated/client";
import { db, type DbTx } from "../db/client";
import { writeAudit } from "../audit/audit-log";
import { AppError } from "../errors";
import { loadBlockSummary, lockBlocks } from "./block-summary";
import { mergeUndoBlocker, undoMerge, type MergeDetail } from "./merge-blocks";
import { regroupBlock } from "./duplicate-groups";
import { conflict, MSG } from "./messages";
import {
  asJson,
  editableSelect,
  fieldsData,
  hasValues,
  pickFields,
  resolveCategoryId,
  type FieldValues,
} from "./revision-fields";
import { splitUndoBlocker, undoSplit, type SplitDetail } from "./split-block";
import type { BlockSummary } from "./types";

const FIELD_ACTIONS = new Set(["update", "curate", "hide"]);

type RevisionRow = {
  id: string;
  blockId: string;
  action: string;
  before: Prisma.JsonValue;
  after: Prisma.JsonValue;
  revertedAt: Date | null;
};

const payload = (json: Prisma.JsonValue): Record<string, unknown> =>
  json && typeof json === "object" && !Array.isArray(json) ? (json as Record<string, unknown>) : {};

export const mergeDetailOf = (rev: RevisionRow) => payload(rev.after).merge as MergeDetail | undefined;

/**
 * Why this revision cannot be reverted now, or null when it can. `block` is the revision's block as it is now
 * (its editable fields and merged_into_id). Used by the block page (the 撤销 button) and by revertRevision alike.
 */
export async function revertBlocker(
  tx: DbTx,
  rev: RevisionRow,
  block: FieldValues & { mergedIntoId: string | null },
): Promise<string | null> {
  if (rev.revertedAt) return MSG.alreadyReverted;
  if (FIELD_ACTIONS.has(rev.action)) {
    if (block.mergedIntoId) return MSG.mergedAway;
    return hasValues(block, pickFields(payload(rev.after))) ? null : MSG.changedSince;
  }
  if (rev.action === "merge") {
    const detail = mergeDetailOf(rev);
    return detail ? mergeUndoBlocker(tx, detail) : MSG.notRevertible;
  }
  if (rev.action === "split") return splitUndoBlocker(tx, rev.blockId, payload(rev.after) as SplitDetail);
  return MSG.notRevertible;
}

export async function revertRevision(revisionId: string, userId: string): Promise<BlockSummary> {
  return refusingSameText(() =>
    db().$transaction(async (tx) => {
      const rev = await tx.blockRevision.findUnique({ where: { id: revisionId } });
      if (!rev) throw new AppError("not_found", MSG.revisionNotFound);
      if (!FIELD_ACTIONS.has(rev.action) && rev.action !== "merge" && rev.action !== "split") {
        throw conflict(MSG.notRevertible);
      }
      const detail = rev.action === "merge" ? mergeDetailOf(rev) : undefined;
      if (rev.action === "merge" && !detail) throw conflict(MSG.notRevertible);
      // Claim the revision (and a merge's twin) first: of two concurrent reverts, exactly one gets past this.
      const claimed = detail ? [detail.revisionIds.survivor, detail.revisionIds.absorbed] : [rev.id];
      const marked = await tx.blockRevision.updateMany({
        where: { id: { in: claimed }, revertedAt: null },
        data: { revertedAt: new Date() },
      });
      if (marked.count !== claimed.length) throw conflict(MSG.alreadyReverted);

      const before = payload(rev.before);
      const after = payload(rev.after);
      const recorded: { blockId: string; revertedRevisionId: string; before: object; after: object }[] = [];
      if (detail) {
        await undoMerge(tx, detail);
        recorded.push(
          {
            blockId: detail.survivorId,
            revertedRevisionId: detail.revisionIds.survivor,
            before: { absorbedId: detail.absorbedId },
            after: { absorbedId: null },
          },
          {
            blockId: detail.absorbedId,
            revertedRevisionId: detail.revisionIds.absorbed,
            before: { mergedIntoId: detail.survivorId },
            after: { mergedIntoId: null },
          },
        );
      } else if (rev.action === "split") {
        const split = after as SplitDetail;
        const tags = Array.isArray(before.tags) ? before.tags.map(String) : undefined;
        await undoSplit(tx, rev.blockId, { text: String(before.text), tags }, split);
        recorded.push({
          blockId: rev.blockId,
          revertedRevisionId: rev.id,
          before: { text: split.text, newBlockIds: split.newBlockIds },
          after: { text: before.text, deletedBlockIds: split.newBlockIds },
        });
      } else {
        recorded.push({
          blockId: rev.blockId,
          revertedRevisionId: rev.id,
          ...(await undoFields(tx, rev, before, after)),
        });
      }

      for (const r of recorded) {
        await tx.blockRevision.create({
          data: {
            blockId: r.blockId,
            userId,
            action: "revert",
            before: asJson({ revertedRevisionId: r.revertedRevisionId, revertedAction: rev.action, ...r.before }),
            after: asJson({ revertedRevisionId: r.revertedRevisionId, revertedAction: rev.action, ...r.after }),
          },
        });
      }
      await writeAudit(
        {
          action: "block.revert",
          userId,
          targetType: "block",
          targetId: rev.blockId,
          details: asJson({ revisionId: rev.id, revertedAction: rev.action }),
        },
        tx,
      );
      return loadBlockSummary(tx, rev.blockId);
    }),
  );
}

/** Puts back the revision's before-values, provided the block still shows its after-values. */
async function undoFields(
  tx: DbTx,
  rev: RevisionRow,
  beforePayload: Record<string, unknown>,
  afterPayload: Record<string, unknown>,
): Promise<{ before: object; after: object }> {
  await lockBlocks(tx, [rev.blockId]);
  const block = await tx.block.findUnique({
    where: { id: rev.blockId },
    select: { ...editableSelect, mergedIntoId: true },
  });
  if (!block) throw new AppError("not_found", MSG.revisionNotFound);
  const blocker = await revertBlocker(tx, { ...rev, revertedAt: null }, block);
  if (blocker) throw conflict(blocker);
  const restore = pickFields(beforePayload);
  if (restore.categoryId !== undefined) {
    restore.categoryId = await resolveCategoryId(tx, restore.categoryId, () => conflict(MSG.categoryGone));
  }
  await tx.block.update({
    where: { id: rev.blockId },
    data: { ...fieldsData(restore), version: { increment: 1 } },
  });
  if (restore.text !== undefined) await regroupBlock(tx, rev.blockId);
  return { before: pickFields(afterPayload), after: restore };
}
