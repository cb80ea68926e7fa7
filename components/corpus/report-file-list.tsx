import type { ImportReport } from "@/lib/corpus/import-report";
import type { FileResult } from "@/lib/corpus/import-files";
import { DocumentName } from "./document-name";
import { VerdictBadge } from "./verdict-badge";

const FILE_STATUS: Record<FileResult["status"], string> = {
  imported: "已导入",
  duplicate: "重复，已跳过",
  failed: "失败",
  review: "需要检查，尚未入库",
  discarded: "检查后放弃，未入库",
};

function detail(f: ImportReport["files"][number]): string {
  switch (f.status) {
    case "imported":
      return f.summary ? `：${f.summary.speeches} 篇讲话，${f.summary.blocks} 个段落` : "";
    case "review":
      return f.pending ? `：${f.pending.speeches} 篇讲话，${f.pending.blocks} 个段落待确认` : "";
    case "duplicate":
      // A copy in another encoding or format says so (the note); the same bytes again, that they are the same.
      return f.note ? `：${f.note}` : `：与“${f.duplicateOfName?.name ?? f.duplicateOf?.fileName}”相同`;
    case "failed":
      return `：${f.error}`;
    case "discarded":
      return "";
  }
}

/** Every file of the import: what became of it, and its quality verdict with the reasons. */
export function ReportFileList({ report }: { report: ImportReport }) {
  if (report.files.length === 0) {
    return (
      <p className="text-sm text-stone-600">
        {report.status === "RUNNING" ? "还没有处理完的文件。" : "这次导入没有文件。"}
      </p>
    );
  }
  return (
    <ul className="divide-y divide-stone-100 rounded-xl border border-stone-200 bg-white">
      {report.files.map((f, i) => (
        <li
          key={f.fileId ?? i}
          className="flex flex-wrap items-start justify-between gap-2 px-4 py-2 text-sm"
          data-testid="report-file"
        >
          <div className="space-y-1">
            <span className="font-medium">
              <DocumentName name={f.name} inline />
            </span>
            {f.verdict && f.status !== "duplicate" ? <VerdictBadge verdict={f.verdict} reviewed={f.reviewed} /> : null}
          </div>
          <span
            className={
              f.status === "failed" ? "text-red-700" : f.status === "review" ? "text-amber-700" : "text-stone-600"
            }
          >
            {FILE_STATUS[f.status]}
            {detail(f)}
          </span>
        </li>
      ))}
    </ul>
  );
}
