// "Save as block": a paragraph typed on the library page or selected in a speech becomes a block of the library
// (origin MANUAL). A text the library already has (same normalised text) is not stored twice: the existing block is
// returned instead. A new block joins the near-duplicate group of similar blocks, as an imported one would.
import { randomUUID } from "node:crypto";
import { db } from "../db/client";
import { writeAudit } from "../audit/audit-log";
import { derivedBlockFields } from "./block-fields";
import { loadBlockSummary } from "./block-summary";
import { joinDuplicateGroups } from "./duplicate-groups";
import { invalid, MSG } from "./messages";
import { asJson, resolveCategoryId } from "./revision-fields";
import type { CreateBlockInput } from "./schemas";
import type { BlockSummary } from "./types";

export async function createBlock(
  userId: string,
  data: CreateBlockInput,
): Promise<{ block: BlockSummary; existing: boolean }> {
  const derived = derivedBlockFields(data.text);
  return db().$transaction(async (tx) => {
    // Two people saving the same paragraph at once must not make two blocks.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`block:${derived.normHash}`}))`;
    const same = await tx.block.findFirst({
      where: { normHash: derived.normHash, mergedIntoId: null },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true },
    });
    if (same) return { block: await loadBlockSummary(tx, same.id), existing: true };

    const categoryId =
      data.categoryId === undefined || data.categoryId === null
        ? null
        : await resolveCategoryId(tx, data.categoryId, () => invalid(MSG.unknownCategory));
    const id = randomUUID();
    await tx.block.create({
      data: {
        id,
        text: data.text,
        ...derived,
        placeholders: asJson(derived.placeholders),
        kind: data.kind ?? "PARAGRAPH",
        categoryId,
        confidence: categoryId ? 1 : 0,
        tags: data.tags ?? [],
        origin: "MANUAL",
        createdById: userId,
      },
    });
    await joinDuplicateGroups(tx, [{ id, text: data.text, bands: derived.lshBands }]);
    const after = {
      text: data.text,
      kind: data.kind ?? "PARAGRAPH",
      categoryId,
      tags: data.tags ?? [],
      origin: "MANUAL",
    };
    await tx.blockRevision.create({
      data: { blockId: id, userId, action: "create", before: asJson({}), after: asJson(after) },
    });
    await writeAudit({ action: "block.create", userId, targetType: "block", targetId: id, details: asJson(after) }, tx);
    return { block: await loadBlockSummary(tx, id), existing: false };
  });
}
