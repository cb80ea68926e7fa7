// The stages an import and its files go through, with no imports of its own: the browser's uploader and report
// page read them too, and importing import-progress.ts there would pull in the database client.
export type ImportFileStage =
  | "QUEUED"
  | "MINING"
  | "STORING"
  | "DONE"
  | "DUPLICATE"
  | "FAILED"
  | "CANCELLED"
  /** Mined and judged 需要检查: finished for the worker, waiting for a clerk's review before the library */
  | "REVIEW";

export type ImportStatus = "RUNNING" | "DONE" | "FAILED" | "UNDONE";

export const FINISHED_FILE_STAGES: readonly ImportFileStage[] = ["DONE", "DUPLICATE", "FAILED", "CANCELLED", "REVIEW"];
