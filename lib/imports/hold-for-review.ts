// A mined file judged 需要检查, in an import that holds such files (uploads in the app): it waits in REVIEW with
// its mined document as the draft, its blocks not in the library, until a clerk confirms or discards it
// (review-file.ts). For the worker the file is finished, so the import completes without waiting for the clerk.
import { db } from "../db/client";
import { AppError } from "../errors";
import type { FileResult } from "../corpus/import-files";
import type { MinedDocument } from "../mining/types";
import { completeImportIfFinished } from "./complete-import";
import type { FileVerdict } from "./file-verdict";
import { recordFileResult } from "./record-file-result";
import { restorationsOf } from "./restorations";
import type { ReviewDraft } from "./review-draft";

export const pendingCounts = (mined: Pick<MinedDocument, "speeches">) => ({
  speeches: mined.speeches.length,
  blocks: mined.speeches.reduce((n, s) => n + s.blocks.length, 0),
});

export async function holdForReview(
  file: { id: string; importId: string; fileName: string },
  mined: MinedDocument,
  verdict: FileVerdict,
): Promise<FileResult> {
  const result: FileResult = {
    file: file.fileName,
    fileId: file.id,
    status: "review",
    verdict,
    pending: pendingCounts(mined),
  };
  const draft: ReviewDraft = { mined, verdict, restorations: restorationsOf(mined.removed, mined.rawText) };
  // bytes = NULL: the draft holds everything storing needs.
  await db().$transaction(
    async (tx) => {
      // The import row first, as an undo takes it: the two never wait on each other's rows in opposite orders.
      const [batch] = await tx.$queryRaw<{ status: string }[]>`
        SELECT status::text FROM corpus_imports WHERE id = ${file.importId} FOR UPDATE`;
      if (!batch || batch.status === "UNDONE") throw new AppError("conflict", "这次导入已撤销，文件没有入库。");
      // Raw SQL with the draft as one parameter: Prisma spends seconds preparing a JSON value of a large file's
      // text (see store-mined-document.ts), and the import row is held meanwhile.
      await tx.$executeRaw`
        UPDATE import_files SET status = 'REVIEW', draft = ${JSON.stringify(draft)}::jsonb, draft_version = 1,
               result = ${JSON.stringify(result)}::jsonb, paragraphs_total = ${result.pending!.blocks}, error = NULL,
               bytes = NULL, lease_until = NULL, finished_at = now()
        WHERE id = ${file.id}`;
      await recordFileResult(file.importId, result, tx);
    },
    { timeout: 60_000 },
  );
  await completeImportIfFinished(file.importId);
  return result;
}
