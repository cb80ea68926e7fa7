// A curator edits a block: text, category, tags, the 已审核 and 隐藏 flags. Optimistic locking by version; only the
// fields that really change are stored in the revision, so it can be reverted field by field.
import { refusingSameText } from "./same-text";
import { db } from "../db/client";
import { writeAudit } from "../audit/audit-log";
import { loadBlockSummary, notFound } from "./block-summary";
import { regroupBlock } from "./duplicate-groups";
import { conflict, invalid, MSG } from "./messages";
import {
  asJson,
  changedFields,
  editableSelect,
  fieldsData,
  resolveCategoryId,
  revisionAction,
  type FieldChange,
} from "./revision-fields";
import type { UpdateBlockInput } from "./schemas";
import type { BlockSummary } from "./types";

export async function updateBlock(id: string, userId: string, data: UpdateBlockInput): Promise<BlockSummary> {
  return refusingSameText(() =>
    db().$transaction(async (tx) => {
      const block = await tx.block.findUnique({
        where: { id },
        select: { ...editableSelect, version: true, mergedIntoId: true },
      });
      if (!block) throw notFound();
      if (block.mergedIntoId) throw conflict(MSG.mergedAway);
      if (block.version !== data.version) throw conflict(MSG.versionConflict);

      const wanted: FieldChange = { text: data.text, tags: data.tags, curated: data.curated, hidden: data.hidden };
      if (data.categoryId !== undefined) {
        wanted.categoryId = await resolveCategoryId(tx, data.categoryId, () => invalid(MSG.unknownCategory));
      }
      const { before, after } = changedFields(block, wanted);
      // A person's choice of category is certain.
      if ("categoryId" in after && block.confidence !== 1) {
        before.confidence = block.confidence;
        after.confidence = 1;
      }
      if (!Object.keys(after).length) return loadBlockSummary(tx, id);

      // Conditional on the version read above: a concurrent edit that committed in between makes this match nothing.
      const updated = await tx.block.updateMany({
        where: { id, version: data.version },
        data: { ...fieldsData(after), version: { increment: 1 } },
      });
      if (updated.count !== 1) throw conflict(MSG.versionConflict);
      if ("text" in after) await regroupBlock(tx, id);
      const action = revisionAction(after);
      await tx.blockRevision.create({
        data: { blockId: id, userId, action, before: asJson(before), after: asJson(after) },
      });
      await writeAudit(
        { action: `block.${action}`, userId, targetType: "block", targetId: id, details: asJson({ before, after }) },
        tx,
      );
      return loadBlockSummary(tx, id);
    }),
  );
}
