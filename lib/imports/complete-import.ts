// An import is DONE once its uploader has said no more files come (close) and every file has finished; whichever
// of the two happens last completes it, and the audit entry is written exactly once. An import none of whose files
// went in (each refused or unreadable) ends FAILED, not DONE; one that received no file at all (every upload refused
// before it arrived) is deleted at close, so no empty import is left behind.
import type { Prisma } from "../db/generated/client";
import { db } from "../db/client";
import { AppError } from "../errors";
import { writeAudit } from "../audit/audit-log";
import { totalsOf, type FileResult, type ImportTotals } from "../corpus/import-files";

/**
 * The uploader has sent every file. Returns whether the import is complete now (no file still pending), and
 * whether it was removed because no file ever arrived.
 */
export async function closeImport(importId: string): Promise<{ done: boolean; removed?: true }> {
  const batch = await db().corpusImport.findUnique({ where: { id: importId }, select: { status: true } });
  if (!batch) throw new AppError("not_found", "找不到这次导入，请刷新页面后重新上传。");
  if (batch.status === "UNDONE") throw new AppError("conflict", "这次导入已撤销。");
  // A file arriving meanwhile inserts its row first (queueImportFile reads the import, then inserts): the delete
  // waits for nothing and removes only an import that has no file row at that moment.
  const removed = await db().$executeRaw`
    DELETE FROM corpus_imports i WHERE i.id = ${importId} AND i.status = 'RUNNING'
      AND NOT EXISTS (SELECT 1 FROM import_files f WHERE f.import_id = i.id)
      AND NOT EXISTS (SELECT 1 FROM source_documents d WHERE d.import_id = i.id)`;
  if (removed) return { done: true, removed: true };
  await db().corpusImport.updateMany({ where: { id: importId, closedAt: null }, data: { closedAt: new Date() } });
  return { done: await completeImportIfFinished(importId) };
}

export async function completeImportIfFinished(importId: string): Promise<boolean> {
  const [row] = await db().$queryRaw<{ created_by_id: string | null; summary: unknown }[]>`
    UPDATE corpus_imports SET finished_at = now(),
      status = CASE WHEN EXISTS (SELECT 1 FROM import_files f WHERE f.import_id = ${importId}
                                   AND f.status IN ('DONE', 'DUPLICATE', 'REVIEW'))
                         OR NOT EXISTS (SELECT 1 FROM import_files f WHERE f.import_id = ${importId})
                    THEN 'DONE'::"ImportStatus" ELSE 'FAILED'::"ImportStatus" END
    WHERE id = ${importId} AND status = 'RUNNING' AND closed_at IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM import_files f
                      WHERE f.import_id = ${importId} AND f.status IN ('QUEUED', 'MINING', 'STORING'))
    RETURNING created_by_id, summary`;
  if (!row) return false;
  const totals: ImportTotals = totalsOf(
    ((row.summary as { files?: FileResult[] } | null)?.files ?? []) as FileResult[],
  );
  await writeAudit({
    action: "corpus.import",
    userId: row.created_by_id,
    targetType: "import",
    targetId: importId,
    details: totals as unknown as Prisma.InputJsonValue,
  });
  return true;
}
