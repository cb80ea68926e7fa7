// Splitting a block that holds two ideas: the original keeps the first part, each further part becomes a new block
// (origin SPLIT) with the same category, kind and sources, and the block's tags less the industries another part
// names (tagsOfParts). The parts must add up to the original text, so
// nothing is lost or invented; only whitespace at a cut may go.
import { refusingSameText } from "./same-text";
import { randomUUID } from "node:crypto";
import type { Prisma } from "../db/generated/client";
import { db, type DbTx } from "../db/client";
import { writeAudit } from "../audit/audit-log";
import { derivedBlockFields } from "./block-fields";
import { loadBlockSummary, lockBlocks, notFound } from "./block-summary";
import { joinDuplicateGroups, regroupBlock, repairDuplicateGroups } from "./duplicate-groups";
import { conflict, invalid, MSG } from "./messages";
import { cleanBlockText } from "./plain-text";
import { asJson, fieldsData } from "./revision-fields";
import { tagsOfParts } from "../mining/tags";
import type { SplitBlockInput } from "./schemas";
import type { BlockSummary } from "./types";

/** Stored in the after-payload of a "split" revision. */
export type SplitDetail = { text: string; newBlockIds: string[] };

/** True when the parts, in order, are the text with at most whitespace dropped between them. */
export function partsCoverText(text: string, parts: string[]): boolean {
  let i = 0;
  for (const part of parts) {
    while (i < text.length && /\s/u.test(text[i]!)) i++;
    if (!part || !text.startsWith(part, i)) return false;
    i += part.length;
  }
  return text.slice(i).trim() === "";
}

export async function splitBlock(
  id: string,
  userId: string,
  { version, parts }: SplitBlockInput,
): Promise<{ block: BlockSummary; created: BlockSummary[] }> {
  return refusingSameText(() =>
    db().$transaction(async (tx) => {
      const original = await tx.block.findUnique({ where: { id } });
      if (!original) throw notFound();
      if (original.mergedIntoId) throw conflict(MSG.mergedAway);
      if (original.version !== version) throw conflict(MSG.versionConflict);
      if (!partsCoverText(cleanBlockText(original.text), parts)) {
        throw invalid("拆分后的各段连起来必须与原文完全一致，只能在断开处去掉空白。");
      }

      const partTags = tagsOfParts(original.tags, parts);
      const updated = await tx.block.updateMany({
        where: { id, version },
        data: {
          ...fieldsData({ text: parts[0]! }),
          tags: partTags[0],
          version: { increment: 1 },
        },
      });
      if (updated.count !== 1) throw conflict(MSG.versionConflict);
      await regroupBlock(tx, id);

      const fresh = parts.slice(1).map((text, k) => ({
        id: randomUUID(),
        text,
        tags: partTags[k + 1]!,
        derived: derivedBlockFields(text),
      }));
      await tx.block.createMany({
        data: fresh.map((p): Prisma.BlockCreateManyInput => ({
          id: p.id,
          text: p.text,
          ...p.derived,
          placeholders: asJson(p.derived.placeholders),
          kind: original.kind,
          level: original.level,
          headingPath: original.headingPath,
          categoryId: original.categoryId,
          confidence: original.confidence,
          tags: p.tags,
          origin: "SPLIT",
          sourceDocumentId: original.sourceDocumentId,
          sourceSpeechId: original.sourceSpeechId,
          position: original.position,
          hidden: original.hidden,
          curated: false,
          createdById: userId,
        })),
      });
      const sources = await tx.blockSource.findMany({
        where: { blockId: id },
        select: { documentId: true, speechId: true, position: true },
      });
      if (sources.length) {
        await tx.blockSource.createMany({
          data: fresh.flatMap((p) => sources.map((s) => ({ ...s, blockId: p.id }))),
          skipDuplicates: true,
        });
      }
      await joinDuplicateGroups(
        tx,
        fresh.map((p) => ({ id: p.id, text: p.text, bands: p.derived.lshBands })),
      );

      const revisionId = randomUUID();
      const detail: SplitDetail = { text: parts[0]!, newBlockIds: fresh.map((p) => p.id) };
      await tx.blockRevision.create({
        data: {
          id: revisionId,
          blockId: id,
          userId,
          action: "split",
          before: asJson({ text: original.text, tags: original.tags }),
          after: asJson(detail),
        },
      });
      await tx.blockRevision.createMany({
        data: fresh.map((p) => ({
          blockId: p.id,
          userId,
          action: "create",
          before: asJson({}),
          after: asJson({ text: p.text, origin: "SPLIT", splitFromId: id, splitRevisionId: revisionId }),
        })),
      });
      await writeAudit(
        {
          action: "block.split",
          userId,
          targetType: "block",
          targetId: id,
          details: asJson({ parts: parts.length, newBlockIds: detail.newBlockIds }),
        },
        tx,
      );
      return {
        block: await loadBlockSummary(tx, id),
        created: await Promise.all(fresh.map((p) => loadBlockSummary(tx, p.id))),
      };
    }),
  );
}

/** Why the split cannot be undone now, or null when it can. */
export async function splitUndoBlocker(tx: DbTx, blockId: string, detail: SplitDetail): Promise<string | null> {
  const original = await tx.block.findUnique({ where: { id: blockId }, select: { text: true, mergedIntoId: true } });
  if (!original) return "素材已被删除，无法撤销拆分。";
  if (original.mergedIntoId) return MSG.mergedAway;
  if (original.text !== detail.text) return MSG.changedSince;
  const parts = await tx.block.findMany({
    where: { id: { in: detail.newBlockIds } },
    select: { id: true, version: true, mergedIntoId: true, _count: { select: { usages: true } } },
  });
  if (parts.some((p) => p._count.usages > 0)) return "拆分出的素材已被讲稿使用，无法撤销拆分。";
  const absorbedInto = await tx.block.count({ where: { mergedIntoId: { in: detail.newBlockIds } } });
  if (absorbedInto || parts.some((p) => p.version > 1 || p.mergedIntoId)) {
    return "拆分出的素材之后又被修改或合并过，无法撤销拆分。";
  }
  return null;
}

/** Undoes a split inside the caller's transaction: deletes the new blocks and gives the original its text back,
 *  and its tags (a split recorded before tags were recomputed kept them all, and holds none). */
export async function undoSplit(
  tx: DbTx,
  blockId: string,
  before: { text: string; tags?: string[] },
  detail: SplitDetail,
) {
  await lockBlocks(tx, [blockId, ...detail.newBlockIds]);
  const blocker = await splitUndoBlocker(tx, blockId, detail);
  if (blocker) throw conflict(blocker);
  const groups = await tx.block.findMany({
    where: { id: { in: detail.newBlockIds }, dupGroupId: { not: null } },
    select: { dupGroupId: true },
  });
  await tx.block.deleteMany({ where: { id: { in: detail.newBlockIds } } });
  await repairDuplicateGroups(
    tx,
    groups.map((g) => g.dupGroupId!),
  );
  await tx.block.update({
    where: { id: blockId },
    data: {
      ...fieldsData({ text: before.text }),
      ...(Array.isArray(before.tags) && { tags: before.tags }),
      version: { increment: 1 },
    },
  });
  await regroupBlock(tx, blockId);
}
