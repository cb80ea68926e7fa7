// Receiving one uploaded file of an import: it is kept in import_files and a job is queued for the background
// worker, so the upload answers at once and the work survives a restart. A file whose content is already in
// the library is reported as a duplicate without queuing anything.
import { createHash } from "node:crypto";
import type { Prisma } from "../db/generated/client";
import { db } from "../db/client";
import { AppError } from "../errors";
import type { FileResult, IncomingFile } from "../corpus/import-files";
import { recordFileResult } from "./record-file-result";
import { sendMineFileJob } from "./job-queue";

export type QueuedFile = { id: string; fileName: string; status: "QUEUED" | "DUPLICATE"; result?: FileResult };

export async function queueImportFile(
  importId: string,
  file: IncomingFile,
  opts: { sendJob?: boolean } = {},
): Promise<QueuedFile> {
  const batch = await db().corpusImport.findUnique({ where: { id: importId }, select: { status: true } });
  if (!batch) throw new AppError("not_found", "找不到这次导入，请刷新页面后重新上传。");
  if (batch.status === "UNDONE") throw new AppError("conflict", "这次导入已撤销，请重新开始导入。");
  const fileName = file.name.slice(0, 255);
  const sha256 = createHash("sha256").update(file.bytes).digest("hex");
  const existing = await db().sourceDocument.findUnique({ where: { sha256 }, select: { id: true, fileName: true } });
  if (existing) {
    const result: FileResult = { file: fileName, status: "duplicate", duplicateOf: existing };
    const row = await db().importFile.create({
      data: {
        importId,
        fileName,
        sha256,
        sizeBytes: file.bytes.length,
        status: "DUPLICATE",
        result: result as unknown as Prisma.InputJsonValue,
        finishedAt: new Date(),
      },
      select: { id: true },
    });
    await recordFileResult(importId, result);
    return { id: row.id, fileName, status: "DUPLICATE", result };
  }
  const row = await db().importFile.create({
    data: { importId, fileName, sha256, sizeBytes: file.bytes.length, bytes: Buffer.from(file.bytes) },
    select: { id: true },
  });
  // Without the job the file still gets done: the worker's sweep finds files nobody holds (import-worker.ts).
  if (opts.sendJob !== false) {
    await sendMineFileJob(row.id).catch((err) => console.error("[导入] 任务未能入队，将由巡检补发：", err));
  }
  return { id: row.id, fileName, status: "QUEUED" };
}
