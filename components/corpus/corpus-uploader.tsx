"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { api } from "@/components/ui/api-client";
import { uploadFile } from "./upload-file";

type Status = "waiting" | "uploading" | "analysing" | "imported" | "duplicate" | "failed";
type Row = { key: string; name: string; size: number; progress: number; status: Status; message?: string };
type FileResult = {
  status: "imported" | "duplicate" | "failed";
  error?: string;
  duplicateOf?: { fileName: string };
  summary?: { speeches: number; blocks: number };
};

const STATUS_LABEL: Record<Status, string> = {
  waiting: "等待上传",
  uploading: "上传中",
  analysing: "正在分析",
  imported: "已导入",
  duplicate: "重复，已跳过",
  failed: "失败",
};
const CONCURRENCY = 2;

export function CorpusUploader({ maxFileMb }: { maxFileMb: number }) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [rows, setRows] = useState<Row[]>([]);
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState(false);
  const [doneImportId, setDoneImportId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const update = (key: string, patch: Partial<Row>) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  async function start(files: File[]) {
    if (!files.length || busy) return;
    setError(null);
    setDoneImportId(null);
    const batch = files.map((f, i) => ({ file: f, row: { key: `${Date.now()}-${i}`, name: f.name, size: f.size, progress: 0, status: "waiting" as Status } }));
    setRows(batch.map((b) => b.row));
    setBusy(true);
    let importId: string;
    try {
      importId = (await api<{ id: string }>("/api/corpus/imports", { method: "POST" })).id;
    } catch (err) {
      setError((err as Error).message);
      setBusy(false);
      return;
    }
    const queue = [...batch];
    const worker = async () => {
      for (let item = queue.shift(); item; item = queue.shift()) {
        const { file, row } = item;
        if (file.size > maxFileMb * 1024 * 1024) {
          update(row.key, { status: "failed", message: `文件超过 ${maxFileMb} MB 的上限，请拆分后再上传。` });
          continue;
        }
        update(row.key, { status: "uploading" });
        const outcome = await uploadFile<{ result: FileResult }>(`/api/corpus/imports/${importId}/files`, file, (p) =>
          update(row.key, { progress: p, status: p >= 1 ? "analysing" : "uploading" }),
        );
        if (!outcome.ok) {
          update(row.key, { status: "failed", message: outcome.message, progress: 1 });
          continue;
        }
        const r = outcome.data.result;
        update(row.key, {
          progress: 1,
          status: r.status,
          message:
            r.status === "imported"
              ? `${r.summary?.speeches ?? 0} 篇讲话，${r.summary?.blocks ?? 0} 个段落`
              : r.status === "duplicate"
                ? `与已导入的“${r.duplicateOf?.fileName}”内容相同`
                : r.error,
        });
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, batch.length) }, worker));
    try {
      await api(`/api/corpus/imports/${importId}/finish`, { method: "POST" });
      setDoneImportId(importId);
      router.refresh();
    } catch (err) {
      setError((err as Error).message);
    }
    setBusy(false);
  }

  return (
    <section className="rounded-xl border border-stone-200 bg-white p-5" aria-label="导入语料">
      <div
        role="button"
        tabIndex={0}
        onClick={() => input.current?.click()}
        onKeyDown={(e) => (e.key === "Enter" || e.key === " ") && input.current?.click()}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void start([...e.dataTransfer.files]);
        }}
        className={`flex cursor-pointer flex-col items-center justify-center rounded-lg border-2 border-dashed px-6 py-8 text-center transition ${
          dragging ? "border-brand-600 bg-brand-50" : "border-stone-300 hover:border-brand-600"
        }`}
      >
        <p className="font-medium">把往年讲话稿拖到这里，或点击选择文件</p>
        <p className="mt-1 text-sm text-stone-500">支持 .txt（UTF-8 / GB18030）和 .docx，可一次选择多个文件，每个不超过 {maxFileMb} MB</p>
        <input
          ref={input}
          type="file"
          multiple
          accept=".txt,.docx,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          className="hidden"
          data-testid="corpus-file-input"
          onChange={(e) => {
            void start([...(e.target.files ?? [])]);
            e.target.value = "";
          }}
        />
      </div>

      {rows.length ? (
        <ul className="mt-4 space-y-2" aria-label="上传进度">
          {rows.map((r) => (
            <li key={r.key} className="rounded-md border border-stone-200 px-3 py-2" data-testid="upload-row">
              <div className="flex items-center justify-between gap-2 text-sm">
                <span className="truncate font-medium">{r.name}</span>
                <span
                  data-testid="upload-status"
                  className={r.status === "failed" ? "text-red-700" : r.status === "imported" ? "text-green-700" : "text-stone-600"}
                >
                  {STATUS_LABEL[r.status]}
                </span>
              </div>
              <div className="mt-1 h-1.5 overflow-hidden rounded bg-stone-100" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(r.progress * 100)}>
                <div className={`h-full ${r.status === "failed" ? "bg-red-500" : "bg-brand-600"}`} style={{ width: `${Math.round(r.progress * 100)}%` }} />
              </div>
              {r.message ? <p className="mt-1 text-xs text-stone-600">{r.message}</p> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {error ? (
        <p role="alert" data-testid="form-error" className="mt-3 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      ) : null}
      {doneImportId ? (
        <p className="mt-3 text-sm">
          导入完成。
          <Link href={`/corpus/imports/${doneImportId}`} className="font-medium text-brand-700 underline">
            查看导入报告
          </Link>
        </p>
      ) : null}
    </section>
  );
}
