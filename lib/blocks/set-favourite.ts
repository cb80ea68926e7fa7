// A user's 收藏: idempotent, so a double click or a retried request changes nothing the second time.
import { db } from "../db/client";
import { writeAudit } from "../audit/audit-log";
import { notFound } from "./block-summary";

export async function setFavourite(blockId: string, userId: string, on: boolean): Promise<{ favourite: boolean }> {
  return db().$transaction(async (tx) => {
    const block = await tx.block.findUnique({ where: { id: blockId }, select: { id: true } });
    if (!block) throw notFound();
    const changed = on
      ? (await tx.blockFavorite.createMany({ data: [{ userId, blockId }], skipDuplicates: true })).count
      : (await tx.blockFavorite.deleteMany({ where: { userId, blockId } })).count;
    if (changed) {
      await writeAudit(
        { action: on ? "block.favourite" : "block.unfavourite", userId, targetType: "block", targetId: blockId },
        tx,
      );
    }
    return { favourite: on };
  });
}
