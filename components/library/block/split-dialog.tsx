"use client";
// Split a block: the clerk breaks the text into lines where it should be cut; each line becomes a block.
import { useState } from "react";
import { api } from "@/components/ui/api-client";
import type { BlockSummary } from "@/lib/blocks/types";
import { FormActions, TextArea } from "@/components/ui/form-controls";
import { ModalForm } from "@/components/ui/modal-form";
import { MutationError } from "./mutation-error";
import { useBlockMutation } from "./use-block-mutation";

export const splitParts = (draft: string) =>
  draft
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);

/** What the split route answers: the original block and the blocks made from its further parts. */
type SplitResult = { block: BlockSummary; created: BlockSummary[] };

export function SplitDialog({
  block,
  onClose,
  onSplit,
}: {
  block: { id: string; text: string; version: number };
  onClose: () => void;
  /** Called with the new blocks once the split is stored. */
  onSplit: (created: BlockSummary[]) => void;
}) {
  const [draft, setDraft] = useState(block.text);
  const { run, busy, error, refresh } = useBlockMutation();
  const parts = splitParts(draft);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    let created: BlockSummary[] = [];
    const ok = await run(async () => {
      const res = await api<SplitResult>(`/api/blocks/${block.id}/split`, { body: { version: block.version, parts } });
      created = res.created;
    });
    if (ok) {
      onSplit(created);
      onClose();
    }
  }

  return (
    <ModalForm title="拆分素材" onSubmit={submit} onClose={onClose}>
      <p className="text-sm text-stone-600">
        在需要断开的位置按回车换行，每一行成为一条素材。只能断开，不能增删文字；第一行保留在本条素材中。
      </p>
      <TextArea aria-label="拆分内容" value={draft} rows={10} autoFocus onChange={(e) => setDraft(e.target.value)} />
      <p className="text-sm text-stone-600">将拆分为 {parts.length} 条素材。</p>
      <MutationError error={error} onRefresh={refresh} />
      <FormActions
        onCancel={onClose}
        submitLabel="确认拆分"
        busyLabel="拆分中…"
        busy={busy}
        disabled={parts.length < 2}
      />
    </ModalForm>
  );
}
