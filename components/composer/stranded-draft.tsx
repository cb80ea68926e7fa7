"use client";
// Unsaved text found in this browser for a speech that can no longer be edited here (定稿 meanwhile, or a 只读
// user): offered for copying, never silently thrown away.
import { copyText } from "@/components/ui/copy-text";
import { speechPlainText } from "@/lib/speech-doc/plain-text";
import type { StrandedDraft } from "./use-draft-recovery";

export function StrandedDraftNote({ draft, onCopied }: { draft: StrandedDraft; onCopied: (ok: boolean) => void }) {
  return (
    <p
      role="alert"
      className="flex flex-wrap items-center gap-2 border-b border-amber-200 bg-amber-50 px-3 py-1.5 text-sm text-amber-900"
    >
      本机保存着这份讲话稿一份没能保存的修改（讲话稿已定稿或您没有编辑权限）。
      <button
        type="button"
        className="rounded border border-amber-400 px-2 py-0.5"
        onClick={async () => onCopied(await copyText(speechPlainText(draft.payload.content, draft.payload.settings)))}
      >
        复制这份修改
      </button>
      <button type="button" className="rounded border border-amber-400 px-2 py-0.5" onClick={draft.discard}>
        丢弃
      </button>
    </p>
  );
}
