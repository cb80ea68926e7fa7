"use client";

// A file held as 需要检查, in the import report: its verdict and reasons, its speeches and blocks to fix (merge,
// split, category), then 确认入库 (the worker stores it; this page follows until it is in the library) or 放弃.
// Each fix names the draft's version, so a colleague's fix in between is reported instead of overwritten.
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { api } from "@/components/ui/api-client";
import { Button } from "@/components/ui/form-controls";
import { LONG_BLOCK_CHARS } from "@/lib/imports/file-verdict";
import type { HeldFile } from "@/lib/imports/held-files";
import type { ImportProgress } from "@/lib/imports/import-progress";
import { FINISHED_FILE_STAGES } from "@/lib/imports/import-stages";
import type { ReviewEdit } from "@/lib/imports/review-draft";
import { RestorationsList } from "./restorations-list";
import { ReviewBlockRow, type CategoryOption } from "./review-block-row";
import { VerdictBadge } from "./verdict-badge";
import { GenreBadge } from "./genre-badge";

const POLL_MS = 1000;

/** After 确认入库: polls the file's stage until the worker has finished it, then reloads the report. */
function useStoredRefresh(importId: string, fileId: string, active: boolean) {
  const router = useRouter();
  useEffect(() => {
    if (!active) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const { progress } = await api<{ progress: ImportProgress }>(`/api/corpus/imports/${importId}/files`);
        const f = progress.files.find((x) => x.id === fileId);
        if (!stopped && f && FINISHED_FILE_STAGES.includes(f.status) && f.status !== "REVIEW") {
          router.refresh();
          return;
        }
      } catch {
        // A failed poll is tried again below.
      }
      if (!stopped) timer = setTimeout(() => void poll(), POLL_MS);
    };
    timer = setTimeout(() => void poll(), POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [importId, fileId, active, router]);
}

type Props = { importId: string; file: HeldFile; categories: CategoryOption[]; canEdit: boolean };

export function HeldFileReview({ importId, file, categories, canEdit }: Props) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [confirmed, setConfirmed] = useState(file.state === "STORING");
  useStoredRefresh(importId, file.id, confirmed);
  const base = `/api/corpus/imports/${importId}/files/${file.id}`;
  const editable = canEdit && !confirmed && !busy;
  // A file that is not speech material (a table, a program) is imported only if the clerk insists.
  const notSpeech = file.verdict.reasons.some((r) => r.code === "not_speech");
  const stillLong = file.speeches.flatMap((s) => s.blocks).filter((b) => b.charCount > LONG_BLOCK_CHARS).length;

  async function send(path: string, body: unknown, after?: () => void) {
    setBusy(true);
    setError(null);
    try {
      await api(`${base}/${path}`, { method: "POST", body });
      after?.();
      router.refresh();
    } catch (err) {
      setError((err as Error).message);
    }
    setBusy(false);
  }
  const onEdit = (edit: ReviewEdit) => void send("review", { version: file.version, edit });

  return (
    <article className="rounded-xl border border-amber-200 bg-white" data-testid="held-file" aria-label={file.fileName}>
      <header className="flex flex-wrap items-start justify-between gap-3 border-b border-stone-100 px-4 py-3">
        <div>
          <h3 className="font-medium">{file.fileName}</h3>
          <VerdictBadge verdict={file.verdict} />
          {file.verdict.reasons.some((r) => r.code === "long_block") ? (
            <p className="mt-1 text-xs text-stone-600" data-testid="long-blocks-now">
              {stillLong
                ? `现在仍有 ${stillLong} 个段落超过 ${LONG_BLOCK_CHARS} 字。`
                : `现在没有超过 ${LONG_BLOCK_CHARS} 字的段落了。`}
            </p>
          ) : null}
          {notSpeech ? (
            <p className="mt-1 text-xs text-stone-600" data-testid="not-speech-hint">
              这个文件看起来不是讲话材料，没有入库。确实需要时可“仍然导入”，否则请“放弃”。
            </p>
          ) : null}
        </div>
        {confirmed ? (
          <p role="status" className="text-sm text-brand-700" data-testid="held-storing">
            已确认，正在入库…
          </p>
        ) : canEdit ? (
          <div className="flex gap-2">
            <Button
              variant="danger"
              disabled={busy}
              onClick={() => {
                if (window.confirm(`放弃“${file.fileName}”？它的内容不会进入素材库。`)) {
                  void send("discard", { version: file.version });
                }
              }}
            >
              放弃
            </Button>
            <Button
              disabled={busy}
              onClick={() => {
                if (notSpeech && !window.confirm(`“${file.fileName}”看起来不是讲话材料，仍然导入素材库？`)) return;
                void send("confirm", { version: file.version }, () => setConfirmed(true));
              }}
            >
              {notSpeech ? "仍然导入" : "确认入库"}
            </Button>
          </div>
        ) : null}
      </header>
      {error ? (
        <p
          role="alert"
          data-testid="form-error"
          className="mx-4 mt-2 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800"
        >
          {error}
        </p>
      ) : null}
      {file.speeches.map((s) => (
        <section key={s.order} aria-label={s.title ?? `第 ${s.order} 篇讲话`}>
          <h4 className="bg-stone-50 px-4 py-1.5 text-sm font-medium">
            {s.title ?? `第 ${s.order} 篇讲话（无标题）`}
            {s.genre ? <GenreBadge genre={s.genre} /> : null}
          </h4>
          <ul className="divide-y divide-stone-100">
            {s.blocks.map((b, i) => (
              <ReviewBlockRow
                key={`${b.position}-${b.text.length}`}
                block={b}
                speech={s.order}
                canMergeNext={b.kind === "paragraph" && s.blocks[i + 1]?.kind === "paragraph"}
                categories={categories}
                disabled={!editable}
                onEdit={onEdit}
              />
            ))}
          </ul>
        </section>
      ))}
      {file.blocksNotShown ? (
        <p className="border-t border-stone-100 px-4 py-2 text-sm text-stone-600">
          还有 {file.blocksNotShown} 个段落没有列出（文件较长），确认入库时按分析结果入库。
        </p>
      ) : null}
      <RestorationsList items={file.restorations} />
      {file.removed.length ? (
        <details className="border-t border-stone-100">
          <summary className="cursor-pointer px-4 py-2 text-sm">清除的内容（{file.removed.length} 处）</summary>
          <ul className="max-h-72 overflow-y-auto text-sm">
            {file.removed.map((r, i) => (
              <li key={i} className="flex gap-3 px-4 py-1 odd:bg-stone-50">
                <span className="w-28 shrink-0 text-xs text-brand-700">{r.reason}</span>
                <span className="break-all text-stone-700">{r.text}</span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </article>
  );
}
