"use client";
// Split a block: the clerk breaks the text into lines where it should be cut; each line becomes a block.
import { useState } from "react";
import { api } from "@/components/ui/api-client";
import { Button } from "@/components/ui/form-controls";
import { MutationError } from "./mutation-error";
import { useBlockMutation } from "./use-block-mutation";

export const splitParts = (draft: string) =>
  draft
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);

export function SplitDialog({
  block,
  onClose,
}: {
  block: { id: string; text: string; version: number };
  onClose: () => void;
}) {
  const [draft, setDraft] = useState(block.text);
  const { run, busy, error, refresh } = useBlockMutation();
  const parts = splitParts(draft);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const ok = await run(() => api(`/api/blocks/${block.id}/split`, { body: { version: block.version, parts } }));
    if (ok) onClose();
  }

  return (
    <div
      className="fixed inset-0 z-40 flex items-start justify-center bg-stone-900/40 p-4 pt-16"
      onKeyDown={(e) => e.key === "Escape" && onClose()}
    >
      <form
        role="dialog"
        aria-modal="true"
        aria-labelledby="split-title"
        onSubmit={submit}
        className="w-full max-w-2xl space-y-4 rounded-xl bg-white p-6 shadow-xl"
      >
        <h2 id="split-title" className="text-lg font-semibold">
          拆分素材
        </h2>
        <p className="text-sm text-stone-600">
          在需要断开的位置按回车换行，每一行成为一条素材。只能断开，不能增删文字；第一行保留在本条素材中。
        </p>
        <textarea
          aria-label="拆分内容"
          value={draft}
          rows={10}
          autoFocus
          onChange={(e) => setDraft(e.target.value)}
          className="w-full rounded-md border border-stone-300 px-3 py-2 leading-7 focus:border-brand-600 focus:outline-none"
        />
        <p className="text-sm text-stone-600">将拆分为 {parts.length} 条素材。</p>
        <MutationError error={error} onRefresh={refresh} />
        <div className="flex justify-end gap-2">
          <Button type="button" variant="secondary" onClick={onClose}>
            取消
          </Button>
          <Button type="submit" disabled={busy || parts.length < 2}>
            {busy ? "拆分中…" : "确认拆分"}
          </Button>
        </div>
      </form>
    </div>
  );
}
