// What one row of the uploader (and of the report page while an import runs) says: the label, its colour, the
// progress bar and a line of detail, from either the browser's own upload or the server's stage of the file.
import type { ImportFileProgress } from "@/lib/imports/import-progress";
import { FINISHED_FILE_STAGES } from "@/lib/imports/import-stages";

export type RowTone = "working" | "ok" | "warn" | "muted" | "error";

export type RowView = {
  label: string;
  tone: RowTone;
  /** 0–1, or null while the stage has no measurable progress (analysing) */
  progress: number | null;
  message?: string;
};

/** A file of this page's upload, before the server has it (or when the upload itself failed). */
export type UploadRow = {
  key: string;
  name: string;
  /** Upload progress, 0–1 */
  sent: number;
  state: "waiting" | "uploading" | "sent" | "failed";
  /** The server's answer to the upload */
  queued?: Pick<ImportFileProgress, "id" | "status" | "result">;
  error?: string;
};

const reasonsOf = (r: ImportFileProgress["result"]) => (r?.verdict?.reasons ?? []).map((x) => x.message).join("；");

export const isFinished = (f: Pick<ImportFileProgress, "status">) => FINISHED_FILE_STAGES.includes(f.status);

export function describeServerFile(
  f: Pick<ImportFileProgress, "status" | "paragraphsTotal" | "paragraphsStored" | "result" | "error">,
): RowView {
  switch (f.status) {
    case "QUEUED":
      return { label: "排队中", tone: "working", progress: 0 };
    case "MINING":
      return { label: "正在分析", tone: "working", progress: null };
    case "STORING": {
      const total = f.paragraphsTotal ?? 0;
      const stored = Math.min(f.paragraphsStored, total);
      return { label: `正在入库 ${stored}/${total} 段`, tone: "working", progress: total ? stored / total : 0 };
    }
    case "DONE": {
      const s = f.result?.summary;
      const check = f.result?.verdict?.level === "需要检查";
      return {
        label: check ? "已导入（需要检查）" : "已导入",
        tone: check ? "warn" : "ok",
        progress: 1,
        message: `${s?.speeches ?? 0} 篇讲话，${s?.blocks ?? 0} 个段落${check ? `；${reasonsOf(f.result)}` : ""}`,
      };
    }
    case "REVIEW":
      return {
        label: "需要检查",
        tone: "warn",
        progress: 1,
        message: `${reasonsOf(f.result)}。请在导入报告中检查后确认入库。`,
      };
    case "DUPLICATE":
      return {
        label: "重复，已跳过",
        tone: "muted",
        progress: 1,
        message:
          f.result?.note ??
          (f.result?.duplicateOf ? `与已导入的“${f.result.duplicateOf.fileName}”内容相同` : undefined),
      };
    case "FAILED":
      return { label: "失败", tone: "error", progress: 1, message: f.error ?? f.result?.error ?? undefined };
    case "CANCELLED":
      return f.result?.status === "discarded"
        ? { label: "已放弃", tone: "muted", progress: 1, message: "检查后放弃，文件没有入库。" }
        : { label: "已取消", tone: "muted", progress: 1, message: "这次导入已撤销，文件没有入库。" };
  }
}

/** A row of this page's upload: its own upload state until the server's progress of the file is known. */
export function describeUpload(row: UploadRow, server: ImportFileProgress | undefined): RowView {
  if (server) return describeServerFile(server);
  if (row.state === "waiting") return { label: "等待上传", tone: "working", progress: 0 };
  if (row.state === "uploading") {
    return { label: `上传中 ${Math.round(row.sent * 100)}%`, tone: "working", progress: row.sent };
  }
  if (row.state === "failed") return { label: "失败", tone: "error", progress: 1, message: row.error };
  const q = row.queued;
  if (q?.status === "DUPLICATE") {
    return describeServerFile({
      status: "DUPLICATE",
      paragraphsTotal: null,
      paragraphsStored: 0,
      result: q.result,
      error: null,
    });
  }
  return { label: "排队中", tone: "working", progress: 0 };
}
