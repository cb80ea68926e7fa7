"use client";
// A save refused because someone saved a newer version: both texts side by side, paragraphs that differ marked.
// The clerk takes the newer text, keeps their own (saved over it on purpose), or copies their text to merge
// by hand. Nothing is overwritten without this choice.
import { useState } from "react";
import { copyText } from "@/components/ui/copy-text";
import { formatDateTime } from "@/components/ui/format-date";
import { speechPlainText } from "@/lib/speech-doc/plain-text";
import type { SpeechSettings } from "@/lib/speech-doc/types";
import type { SavePayload, ServerCopy } from "./speech-saver";

function Column({
  title,
  lines,
  other,
  testId,
}: {
  title: string;
  lines: string[];
  other: Set<string>;
  testId: string;
}) {
  return (
    <div className="min-w-0 flex-1">
      <h3 className="mb-1 font-medium">{title}</h3>
      <div
        data-testid={testId}
        className="h-80 overflow-y-auto rounded border border-stone-200 bg-stone-50 p-2 font-fangsong text-sm leading-6"
      >
        {lines.map((line, i) => (
          <p key={i} className={other.has(line) ? "" : "bg-amber-100"}>
            {line || "\u00a0"}
          </p>
        ))}
      </div>
    </div>
  );
}

export function ConflictDialog(p: {
  mine: SavePayload;
  theirs: ServerCopy;
  settings: SpeechSettings;
  message: string;
  onKeepMine: () => void;
  onTakeTheirs: () => unknown;
}) {
  // While the clerk's text is being kept as a version, neither choice can be made again.
  const [busy, setBusy] = useState(false);
  const mineLines = speechPlainText(p.mine.content, p.settings).split("\n");
  const theirLines = speechPlainText(p.theirs.content, p.theirs.settings ?? p.settings).split("\n");
  return (
    <div className="fixed inset-0 z-50 flex items-start justify-center bg-stone-900/40 p-4 pt-10">
      <div
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="conflict-title"
        className="w-full max-w-5xl space-y-3 rounded-xl bg-white p-5 shadow-xl"
      >
        <h2 id="conflict-title" className="text-lg font-semibold">
          保存冲突：这份讲话稿已有更新的版本
        </h2>
        <p className="text-sm text-stone-700">{p.message}</p>
        <p className="text-xs text-stone-500">
          对方版本：第 {p.theirs.version} 版{p.theirs.updatedBy ? `，${p.theirs.updatedBy.displayName}` : ""}保存于{" "}
          {formatDateTime(p.theirs.updatedAt)}
          。标黄的段落是两边不同之处。两种选择都不丢文字：保留我的版本时，较新的版本先存入“版本”；采用较新的版本时，我的修改先存入“版本”（采用较新版本前的我的修改），随时可以找回。
        </p>
        <div className="flex flex-col gap-3 md:flex-row">
          <Column title="我的版本（未保存）" lines={mineLines} other={new Set(theirLines)} testId="conflict-mine" />
          <Column title="较新的版本（已保存）" lines={theirLines} other={new Set(mineLines)} testId="conflict-theirs" />
        </div>
        <div className="flex flex-wrap justify-end gap-2">
          <button
            type="button"
            onClick={() => copyText(mineLines.join("\n"))}
            className="rounded border px-3 py-1.5 text-sm hover:bg-stone-100"
          >
            复制我的全文（用于手工合并）
          </button>
          <button
            type="button"
            disabled={busy}
            onClick={async () => {
              setBusy(true);
              try {
                await p.onTakeTheirs();
              } finally {
                setBusy(false);
              }
            }}
            className="rounded border px-3 py-1.5 text-sm hover:bg-stone-100 disabled:text-stone-400"
          >
            {busy ? "正在保存我的修改为版本…" : "采用较新的版本"}
          </button>
          <button
            type="button"
            disabled={busy}
            onClick={p.onKeepMine}
            className="rounded bg-brand-600 px-3 py-1.5 text-sm text-white hover:bg-brand-700 disabled:opacity-60"
          >
            保留我的版本（覆盖较新的版本）
          </button>
        </div>
      </div>
    </div>
  );
}
