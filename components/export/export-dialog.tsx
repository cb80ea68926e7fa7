"use client";
// 导出: the pre-export check, the remembered options, and the downloads (Word, plain text) and the print view.
// The text is saved first, since the server exports what is saved; if that fails the clerk is told, and may still
// export the last saved version.
import { useEffect, useId, useRef, useState, type MouseEvent, type ReactNode } from "react";
import { api } from "@/components/ui/api-client";
import { Button, ErrorText } from "@/components/ui/form-controls";
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from "@/lib/export/options";
import { optionsToQuery } from "@/lib/export/options-query";
import { ExportOptionsForm } from "./export-options-form";

/** The export URL for these options (they are also sent, so the download matches what the dialog shows). */
export function exportUrl(speechId: string, format: "docx" | "txt", options: ExportOptions, highlight: boolean) {
  const q = optionsToQuery(options);
  q.set("format", format);
  q.set("highlight", highlight ? "1" : "0");
  return `/api/speeches/${encodeURIComponent(speechId)}/export?${q}`;
}

export function printUrl(speechId: string, options: ExportOptions) {
  return `/speeches/${encodeURIComponent(speechId)}/print?${optionsToQuery(options)}`;
}

export function ExportDialog({
  speechId,
  blanks,
  checks,
  save,
  onClose,
}: {
  speechId: string;
  /** Unfilled placeholders: offered to be highlighted in the file. */
  blanks: number;
  /** The pre-export check's list. */
  checks: ReactNode;
  /** Saves the text now; resolves to an error message when it could not be saved. */
  save: () => Promise<string | null>;
  onClose: () => void;
}) {
  const titleId = useId();
  const [options, setOptions] = useState<ExportOptions | null>(null);
  const [highlight, setHighlight] = useState(true);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Options are sent one after another (a slower earlier request must not win), and only once they were read:
  // defaults shown after a failed read must not overwrite what the clerk saved.
  const [loaded, setLoaded] = useState(false);
  const sending = useRef<Promise<unknown>>(Promise.resolve());
  const dialogRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let live = true;
    api<{ options: ExportOptions }>("/api/me/export-options")
      .then((r) => {
        if (!live) return;
        setOptions(r.options);
        setLoaded(true);
      })
      .catch((err: Error) => {
        if (!live) return;
        setOptions(DEFAULT_EXPORT_OPTIONS);
        setError(`读取导出选项失败，已用默认选项：${err.message}`);
      });
    save().then((message) => {
      if (!live) return;
      setSaveError(message);
      setSaving(false);
    });
    return () => {
      live = false;
    };
  }, [save]);

  useEffect(() => dialogRef.current?.focus(), []);

  const change = (next: ExportOptions) => {
    setOptions(next);
    if (!loaded) return;
    // Remembered at once: the next export (and the print view) starts from these.
    sending.current = sending.current.then(() =>
      api("/api/me/export-options", { method: "PUT", body: next }).catch((err: Error) =>
        setError(`导出选项未能保存：${err.message}`),
      ),
    );
  };

  // The server exports what is saved: a fix made in this dialog (or any edit since it opened) is saved first.
  const go = async (event: MouseEvent, url: string, newTab: boolean) => {
    event.preventDefault();
    setBusy(true);
    const message = await save();
    setSaveError(message);
    setBusy(false);
    if (newTab) window.open(url, "_blank", "noopener");
    else window.location.assign(url);
  };

  const ready = options !== null && !saving;
  return (
    <div
      className="fixed inset-0 z-40 flex items-start justify-center overflow-y-auto bg-stone-900/40 p-4 pt-12"
      onKeyDown={(e) => e.key === "Escape" && onClose()}
    >
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        ref={dialogRef}
        tabIndex={-1}
        className="w-full max-w-2xl space-y-4 rounded-xl bg-white p-6 shadow-xl outline-none"
      >
        <div className="flex items-center justify-between">
          <h2 id={titleId} className="text-lg font-semibold">
            导出讲话稿
          </h2>
          <button type="button" className="text-sm text-stone-500 hover:text-stone-800" onClick={onClose}>
            关闭
          </button>
        </div>
        {saving ? <p className="text-sm text-stone-500">正在保存最新修改…</p> : null}
        {saveError ? (
          <p role="alert" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            最新修改未能保存（{saveError}），导出的是服务器上已保存的版本。
          </p>
        ) : null}
        {checks}
        {options ? (
          <ExportOptionsForm options={options} onChange={change} />
        ) : (
          <p className="text-sm">正在读取导出选项…</p>
        )}
        {blanks > 0 ? (
          <label className="flex items-center gap-2 text-sm text-stone-700">
            <input type="checkbox" checked={highlight} onChange={(e) => setHighlight(e.target.checked)} />
            在文件中用黄色标出 {blanks} 处未填写的占位符
          </label>
        ) : null}
        <ErrorText>{error}</ErrorText>
        <div className="flex flex-wrap justify-end gap-2">
          {ready ? (
            <>
              <a
                className="inline-flex items-center rounded-md border border-stone-300 px-4 py-2 text-sm hover:bg-stone-100"
                href={printUrl(speechId, options)}
                target="_blank"
                rel="noopener"
                aria-disabled={busy}
                onClick={(e) => void go(e, printUrl(speechId, options), true)}
              >
                打印预览
              </a>
              <a
                className="inline-flex items-center rounded-md border border-stone-300 px-4 py-2 text-sm hover:bg-stone-100"
                href={exportUrl(speechId, "txt", options, false)}
                download
                aria-disabled={busy}
                onClick={(e) => void go(e, exportUrl(speechId, "txt", options, false), false)}
              >
                下载纯文本
              </a>
              <a
                className="inline-flex items-center rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
                href={exportUrl(speechId, "docx", options, highlight && blanks > 0)}
                download
                aria-disabled={busy}
                onClick={(e) => void go(e, exportUrl(speechId, "docx", options, highlight && blanks > 0), false)}
              >
                下载 Word 文档
              </a>
            </>
          ) : (
            <Button type="button" disabled>
              请稍候…
            </Button>
          )}
        </div>
      </div>
    </div>
  );
}
