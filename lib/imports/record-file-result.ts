// A finished file's result goes into its import's summary (the report's list and totals). A file that comes back
// (held for review, then confirmed or discarded) replaces its earlier entry.
import type { Prisma } from "../db/generated/client";
import { db, type DbTx } from "../db/client";
import { totalsOf, type FileResult } from "../corpus/import-files";

export async function recordFileResult(importId: string, result: FileResult, tx?: DbTx): Promise<void> {
  const write = async (t: DbTx) => {
    // Appended under the row lock so files finishing at once do not overwrite each other.
    await t.$queryRaw`SELECT id FROM corpus_imports WHERE id = ${importId} FOR UPDATE`;
    const row = await t.corpusImport.findUniqueOrThrow({ where: { id: importId }, select: { summary: true } });
    const summary = (row.summary as { files?: FileResult[] } | null) ?? {};
    const earlier = summary.files ?? [];
    const at = result.fileId ? earlier.findIndex((f) => f.fileId === result.fileId) : -1;
    const files = at >= 0 ? earlier.map((f, i) => (i === at ? result : f)) : [...earlier, result];
    await t.corpusImport.update({
      where: { id: importId },
      select: { id: true },
      data: { summary: { ...summary, files, totals: totalsOf(files) } as unknown as Prisma.InputJsonValue },
    });
  };
  if (tx) await write(tx);
  else await db().$transaction(write);
}
