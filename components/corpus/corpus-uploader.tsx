"use client";

// 导入语料: files are sent two at a time (with upload progress), then each file's stage on the server is polled
// (排队中 → 正在分析 → 正在入库 N/M 段 → 已导入) until the import is done. A reload shows the imports still running.
import { useCallback, useEffect, useRef, useState } from "react";
import { api } from "@/components/ui/api-client";
import type { QueuedFile } from "@/lib/imports/queue-import-file";
import type { ImportStatus } from "@/lib/imports/import-stages";
import type { UploadRow } from "./import-file-status";
import { importsToShowAgain, rememberUpload, type ShownImport } from "./import-resume";
import { ImportProgressGroup } from "./import-progress-group";
import { uploadFile } from "./upload-file";

const CONCURRENCY = 2;

type Current = { importId: string | null; uploads: UploadRow[]; pulse: number };

export function CorpusUploader({ maxFileMb }: { maxFileMb: number }) {
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [uploading, setUploading] = useState(false);
  const [current, setCurrent] = useState<Current | null>(null);
  const [earlier, setEarlier] = useState<ShownImport[]>([]);
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const statuses = useRef(new Map<string, ImportStatus>());
  const currentId = useRef<string | null>(null);

  useEffect(() => {
    let gone = false;
    void importsToShowAgain().then(({ shown, note }) => {
      if (gone) return;
      setEarlier((e) => [...e, ...shown.filter((s) => s.importId !== currentId.current)]);
      setNote(note);
    });
    return () => {
      gone = true;
    };
  }, []);

  const onStatus = useCallback((importId: string, status: ImportStatus) => statuses.current.set(importId, status), []);
  const update = (key: string, patch: Partial<UploadRow>) =>
    setCurrent((c) => c && { ...c, uploads: c.uploads.map((u) => (u.key === key ? { ...u, ...patch } : u)) });
  const pollNow = () => setCurrent((c) => c && { ...c, pulse: c.pulse + 1 });

  async function start(files: File[]) {
    if (!files.length || uploading) return;
    setError(null);
    const stamp = Date.now();
    const batch = files.map((file, i) => {
      const row: UploadRow = { key: `${stamp}-${i}`, name: file.name, sent: 0, state: "waiting" };
      return { file, row };
    });
    // The import shown so far stays in view while it still runs; finished ones make room for the new one.
    const previous = current?.importId;
    setEarlier((e) => {
      const kept = previous ? [{ importId: previous, initial: null }, ...e] : e;
      return kept.filter((s) => (statuses.current.get(s.importId) ?? "RUNNING") === "RUNNING");
    });
    setCurrent({ importId: null, uploads: batch.map((b) => b.row), pulse: 0 });
    setUploading(true);
    let importId: string;
    try {
      importId = (await api<{ id: string }>("/api/corpus/imports", { method: "POST" })).id;
    } catch (err) {
      setError((err as Error).message);
      setCurrent(null);
      setUploading(false);
      return;
    }
    currentId.current = importId;
    rememberUpload({ importId, filesChosen: files.length, closed: false });
    setEarlier((e) => e.filter((s) => s.importId !== importId));
    setCurrent((c) => c && { ...c, importId });

    const queue = [...batch];
    const send = async () => {
      for (let item = queue.shift(); item; item = queue.shift()) {
        const { file, row } = item;
        if (file.size > maxFileMb * 1024 * 1024) {
          update(row.key, { state: "failed", error: `文件超过 ${maxFileMb} MB 的上限，请拆分后再上传。` });
          continue;
        }
        update(row.key, { state: "uploading" });
        const outcome = await uploadFile<{ file: QueuedFile }>(`/api/corpus/imports/${importId}/files`, file, (p) =>
          update(row.key, { sent: p }),
        );
        if (!outcome.ok) {
          update(row.key, { state: "failed", error: outcome.message });
          continue;
        }
        const { id, status, result } = outcome.data.file;
        update(row.key, { state: "sent", sent: 1, queued: { id, status, result: result ?? null } });
        pollNow();
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, batch.length) }, send));
    try {
      const closed = await api<{ removed?: true }>(`/api/corpus/imports/${importId}/finish`, { method: "POST" });
      rememberUpload({ importId, filesChosen: files.length, closed: true });
      // No file arrived (each refused): the server removed the empty import; the rows keep their own reasons.
      if (closed.removed) {
        currentId.current = null;
        setCurrent((c) => c && { ...c, importId: null });
        // Nothing left to poll: a poll now would find the import gone and say so under the refused rows.
        setUploading(false);
        return;
      }
    } catch (err) {
      setError((err as Error).message);
    }
    pollNow();
    setUploading(false);
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
        <p className="mt-1 text-sm text-stone-500">
          支持 .txt（UTF-8 / GB18030）和 .docx，可一次选择多个文件，每个不超过 {maxFileMb} MB
        </p>
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

      {current ? (
        <div className="mt-4">
          <ImportProgressGroup
            importId={current.importId}
            uploads={current.uploads}
            pulse={current.pulse}
            reportLink
            onStatus={onStatus}
          />
        </div>
      ) : null}
      {error ? (
        <p role="alert" data-testid="form-error" className="mt-3 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      ) : null}
      {earlier.map((s) => (
        <div key={s.importId} className="mt-4">
          <ImportProgressGroup
            importId={s.importId}
            initial={s.initial}
            filesChosen={s.filesChosen}
            reportLink
            showStart
            onStatus={onStatus}
          />
        </div>
      ))}
      {note ? (
        <p role="status" className="mt-3 text-xs text-stone-500">
          {note}
        </p>
      ) : null}
    </section>
  );
}
