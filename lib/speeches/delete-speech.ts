// Deleting a speech (the page asks first). Its usages go with it, and the blocks it used get their counts
// recomputed; a 定稿 speech must be reopened first. Audited with its title.
import { db } from "../db/client";
import { writeAudit } from "../audit/audit-log";
import { AppError } from "../errors";
import { dropSpeechUsages } from "./block-usage";
import { SPEECH_MSG, speechNotFound } from "./messages";

export async function deleteSpeech(id: string, userId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ title: string; status: string }[]>`
      SELECT title, status::text AS status FROM speeches WHERE id = ${id} FOR UPDATE`;
    if (!row) throw speechNotFound();
    if (row.status === "FINAL") throw new AppError("conflict", SPEECH_MSG.finalNoDelete);
    const blockIds = await dropSpeechUsages(tx, id);
    await tx.speech.delete({ where: { id }, select: { id: true } });
    await writeAudit(
      {
        action: "speech.delete",
        userId,
        targetType: "speech",
        targetId: id,
        details: { title: row.title, blocksUsed: blockIds.length },
      },
      tx,
    );
  });
}
