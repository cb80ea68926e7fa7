// Undoing an import removes its documents and the blocks that came only from them. A block that a speech
// already uses is kept (with its source document), and the result says how many were kept and why.
import { db, type DbTx } from "../db/client";
import { AppError } from "../errors";
import { writeAudit } from "../audit/audit-log";
import { repairDuplicateGroups } from "../blocks/duplicate-groups";

export type UndoResult = {
  documentsRemoved: number;
  blocksRemoved: number;
  blocksKeptInUse: number;
  documentsKept: number;
};

/** Blocks whose every source lies in these documents, and whether a speech uses them. */
function blocksOnlyIn(tx: DbTx, docIds: string[]) {
  return tx.$queryRaw<{ id: string; used: boolean; source_document_id: string | null }[]>`
    SELECT b.id, b.source_document_id,
           EXISTS (SELECT 1 FROM block_usages u WHERE u.block_id = b.id) AS used
    FROM blocks b
    WHERE EXISTS (SELECT 1 FROM block_sources s WHERE s.block_id = b.id AND s.document_id = ANY(${docIds}))
      AND NOT EXISTS (SELECT 1 FROM block_sources s WHERE s.block_id = b.id AND NOT (s.document_id = ANY(${docIds})))`;
}

export async function undoImport(importId: string, actorId: string | null): Promise<UndoResult> {
  const result = await db().$transaction(
    async (tx) => {
      // The batch row first: a file of this batch still being stored holds it, and the undo waits for it.
      const [batch] = await tx.$queryRaw<{ status: string }[]>`
        SELECT status::text FROM corpus_imports WHERE id = ${importId} FOR UPDATE`;
      if (!batch) throw new AppError("not_found", "找不到这次导入，可能已被删除。");
      if (batch.status === "UNDONE") throw new AppError("conflict", "这次导入已经撤销过了。");
      const docs = await tx.sourceDocument.findMany({ where: { importId }, select: { id: true } });
      const docIds = docs.map((d) => d.id);
      // Lock the blocks that look like this import's alone; an import that is adding a source to one of them
      // holds it until it commits, and the second look below then sees that source and keeps the block.
      await tx.$queryRaw`
        SELECT b.id FROM blocks b
        WHERE EXISTS (SELECT 1 FROM block_sources s WHERE s.block_id = b.id AND s.document_id = ANY(${docIds}))
        ORDER BY b.id FOR UPDATE`;
      const onlyHere = await blocksOnlyIn(tx, docIds);
      const removable = onlyHere.filter((b) => !b.used).map((b) => b.id);
      const kept = onlyHere.filter((b) => b.used);
      const docsToKeep = new Set(kept.map((b) => b.source_document_id).filter((x): x is string => !!x));
      await tx.block.deleteMany({ where: { id: { in: removable } } });
      const docsToRemove = docIds.filter((d) => !docsToKeep.has(d));
      await tx.sourceDocument.deleteMany({ where: { id: { in: docsToRemove } } });
      await repairDuplicateGroups(tx);
      await tx.corpusImport.update({ where: { id: importId }, data: { status: "UNDONE", undoneAt: new Date() } });
      return {
        documentsRemoved: docsToRemove.length,
        blocksRemoved: removable.length,
        blocksKeptInUse: kept.length,
        documentsKept: docsToKeep.size,
      };
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
