// What the uploader and the report page show while an import runs: each file's stage (排队 → 分析 → 入库 N/M段
// → done) read from import_files, so the view survives a page reload and does not depend on which server works it.
import { db } from "../db/client";
import { AppError } from "../errors";
import type { FileResult } from "../corpus/import-files";
import { FINISHED_FILE_STAGES, type ImportFileStage, type ImportStatus } from "./import-stages";

export { FINISHED_FILE_STAGES, type ImportFileStage, type ImportStatus };

export type ImportFileProgress = {
  id: string;
  fileName: string;
  sizeBytes: number;
  status: ImportFileStage;
  paragraphsTotal: number | null;
  paragraphsStored: number;
  /** Set once the file has finished */
  result: FileResult | null;
  error: string | null;
};

export type ImportProgress = {
  id: string;
  status: ImportStatus;
  closed: boolean;
  createdAt: string;
  files: ImportFileProgress[];
};

export async function listImportFiles(importId: string): Promise<ImportProgress> {
  const batch = await db().corpusImport.findUnique({
    where: { id: importId },
    select: {
      id: true,
      status: true,
      closedAt: true,
      createdAt: true,
      files: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          fileName: true,
          sizeBytes: true,
          status: true,
          paragraphsTotal: true,
          paragraphsStored: true,
          result: true,
          error: true,
        },
      },
    },
  });
  if (!batch) throw new AppError("not_found", "找不到这次导入，可能已被撤销或删除。");
  return {
    id: batch.id,
    status: batch.status,
    closed: batch.closedAt !== null,
    createdAt: batch.createdAt.toISOString(),
    files: batch.files.map((f) => ({
      ...f,
      result: FINISHED_FILE_STAGES.includes(f.status) ? ((f.result as FileResult | null) ?? null) : null,
    })),
  };
}

/** The user's imports that are still running (the uploader shows them again after a reload). */
export async function listRunningImports(userId: string): Promise<ImportProgress[]> {
  const rows = await db().corpusImport.findMany({
    where: { createdById: userId, status: "RUNNING", files: { some: {} } },
    orderBy: { createdAt: "desc" },
    take: 5,
    select: { id: true },
  });
  return Promise.all(rows.map((r) => listImportFiles(r.id)));
}
