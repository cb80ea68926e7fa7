"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";
import { api } from "@/components/ui/api-client";
import { formatDateTime } from "@/components/ui/format-date";
import { Button } from "@/components/ui/form-controls";
import type { ImportReport } from "@/lib/corpus/import-report";
import type { UndoResult } from "@/lib/corpus/undo-import";
import { DocumentName } from "./document-name";
import { HeldFiles } from "./held-files-section";
import { ImportHeadline } from "./import-headline";
import { ReportFileList } from "./report-file-list";
import { ReportSpeeches } from "./report-speeches";
import { RestorationsList } from "./restorations-list";
import type { CategoryOption } from "./review-block-row";

export function ImportReportView({
  report,
  canUndo,
  categories,
  live,
}: {
  report: ImportReport;
  /** May undo the import and review its held files (the import permission) */
  canUndo: boolean;
  categories: CategoryOption[];
  /** Shown above the figures while the import still runs */
  live?: ReactNode;
}) {
  const router = useRouter();
  const [undo, setUndo] = useState<UndoResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const t = report.totals;
  const byCategory = Object.entries(t.byCategory).sort((a, b) => b[1] - a[1]);

  async function onUndo() {
    if (!window.confirm("撤销这次导入？导入的文件及只来自这些文件的素材将被删除（已被讲话稿使用的素材会保留）。"))
      return;
    setPending(true);
    setError(null);
    try {
      const { result } = await api<{ result: UndoResult }>(`/api/corpus/imports/${report.id}/undo`, { method: "POST" });
      setUndo(result);
      router.refresh();
    } catch (err) {
      setError((err as Error).message);
    }
    setPending(false);
  }

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <Link href="/corpus" className="text-sm text-brand-700 underline">
            ← 返回语料
          </Link>
          <h1 className="mt-1 text-2xl font-semibold">导入报告</h1>
          <p className="mt-1 text-sm text-stone-600">
            {formatDateTime(report.createdAt)} · {report.createdBy ?? "系统"}
            {report.status === "UNDONE" ? (
              <span className="ml-2 rounded bg-stone-200 px-2 py-0.5 text-xs">已撤销</span>
            ) : null}
          </p>
        </div>
        {canUndo && report.status !== "UNDONE" ? (
          <Button variant="danger" onClick={onUndo} disabled={pending}>
            {pending ? "正在撤销…" : "撤销这次导入"}
          </Button>
        ) : null}
      </div>

      {undo ? (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800" data-testid="undo-result">
          已撤销：删除 {undo.documentsRemoved} 个文件、{undo.blocksRemoved} 个素材。
          {undo.blocksKeptInUse
            ? `${undo.blocksKeptInUse} 个素材已被讲话稿使用，予以保留（其来源文件 ${undo.documentsKept} 个一并保留）。`
            : ""}
        </p>
      ) : null}
      {error ? (
        <p role="alert" data-testid="form-error" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      ) : null}
      {live}

      <ImportHeadline totals={t} />

      <HeldFiles importId={report.id} files={report.held} categories={categories} canEdit={canUndo} />

      <section>
        <h2 className="mb-2 font-semibold">文件</h2>
        <ReportFileList report={report} />
      </section>

      <ReportSpeeches documents={report.documents} />

      {byCategory.length ? (
        <section>
          <h2 className="mb-2 font-semibold">各类别段落数</h2>
          <div className="flex flex-wrap gap-2" data-testid="category-counts">
            {byCategory.map(([k, v]) => (
              <span key={k} className="rounded-full bg-brand-50 px-3 py-1 text-sm text-brand-800">
                {k} <b>{v}</b>
              </span>
            ))}
          </div>
        </section>
      ) : null}

      <section>
        <h2 className="mb-2 font-semibold">清除的内容（请复核）</h2>
        {report.documents.length === 0 ? (
          <p className="text-sm text-stone-600">没有保留的文件。</p>
        ) : (
          report.documents.map((d) => (
            <details
              key={d.id}
              className="mb-2 rounded-xl border border-stone-200 bg-white"
              open={report.documents.length === 1}
            >
              <summary className="cursor-pointer px-4 py-2 text-sm font-medium">
                <DocumentName name={d.name} inline />（{d.encoding}，{d.speeches.length} 篇讲话，清除 {d.removed.length}{" "}
                处{d.restorations.length ? `，还原缩写 ${d.restorations.length} 处` : ""}）
              </summary>
              <RestorationsList items={d.restorations} />
              <ul className="max-h-96 overflow-y-auto border-t border-stone-100 text-sm" data-testid="removed-list">
                {d.removed.map((r, i) => (
                  <li key={i} className="flex gap-3 px-4 py-1.5 odd:bg-stone-50">
                    <span className="w-28 shrink-0 text-xs text-brand-700">{r.reason}</span>
                    <span className="break-all text-stone-700">{r.text}</span>
                  </li>
                ))}
              </ul>
            </details>
          ))
        )}
      </section>
    </div>
  );
}
