// Removes source documents and the blocks that came only from them, in the caller's transaction. A block that a
// speech already uses is kept (with its source document). Used by an import's undo and by a file whose
// background import failed part-way.
import type { DbTx } from "../db/client";
import { repairDuplicateGroups } from "../blocks/duplicate-groups";

export type RemovedDocuments = {
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

export async function removeDocuments(tx: DbTx, docIds: string[]): Promise<RemovedDocuments> {
  if (!docIds.length) return { documentsRemoved: 0, blocksRemoved: 0, blocksKeptInUse: 0, documentsKept: 0 };
  // Lock the blocks that look like these documents' alone; an import that is adding a source to one of them
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
  return {
    documentsRemoved: docsToRemove.length,
    blocksRemoved: removable.length,
    blocksKeptInUse: kept.length,
    documentsKept: docsToKeep.size,
  };
}
