// Undoing an import removes its documents and the blocks that came only from them. A block that a speech
// already uses is kept (with its source document), and the result says how many were kept and why. Files of the
// import still waiting for (or inside) the background worker, or held for review, are cancelled.
import { db } from "../db/client";
import { AppError } from "../errors";
import { writeAudit } from "../audit/audit-log";
import { removeDocuments, type RemovedDocuments } from "./remove-documents";

export type UndoResult = RemovedDocuments & { filesCancelled: number };

export async function undoImport(importId: string, actorId: string | null): Promise<UndoResult> {
  const result = await db().$transaction(
    async (tx) => {
      // The batch row first: a batch of paragraphs of this import still being stored holds it, and the undo
      // waits for it; later batches see UNDONE and stop.
      const [batch] = await tx.$queryRaw<{ status: string }[]>`
        SELECT status::text FROM corpus_imports WHERE id = ${importId} FOR UPDATE`;
      if (!batch) throw new AppError("not_found", "找不到这次导入，可能已被删除。");
      if (batch.status === "UNDONE") throw new AppError("conflict", "这次导入已经撤销过了。");
      const filesCancelled = await tx.$executeRaw`
        UPDATE import_files SET status = 'CANCELLED', bytes = NULL, draft = NULL, lease_until = NULL,
               finished_at = now(), error = '导入已撤销'
        WHERE import_id = ${importId} AND status IN ('QUEUED', 'MINING', 'STORING', 'REVIEW')`;
      const docs = await tx.sourceDocument.findMany({ where: { importId }, select: { id: true } });
      const removed = await removeDocuments(
        tx,
        docs.map((d) => d.id),
      );
      await tx.corpusImport.update({
        where: { id: importId },
        data: { status: "UNDONE", undoneAt: new Date() },
        select: { id: true },
      });
      return { ...removed, filesCancelled };
    },
    { timeout: 60_000 },
  );
  await writeAudit({
    action: "corpus.undo_import",
    userId: actorId,
    targetType: "import",
    targetId: importId,
    details: result,
  });
  return result;
}
