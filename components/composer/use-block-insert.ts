"use client";
// Inserting a library block (by key, button or drop) and swapping one in (换一种说法) first ask when the speaker
// has used it recently; the answer is usually cached from the panel's results, so the insert is immediate.
import type { Editor } from "@tiptap/core";
import { useCallback, useEffect, useState } from "react";
import type { ReuseWarning } from "@/lib/speeches/types";
import { insertBlock, type TransferBlock } from "./extensions/block-transfer";
import type { PendingInsert } from "./reuse-confirm";

export type DropAt = { pos: number; replace: boolean };
type DropDetail = { block: TransferBlock; at: DropAt };

/** The editor's drop handler posts here; it exists before the editor does, so the extensions never change. */
export function createDropChannel() {
  const target = new EventTarget();
  return {
    target,
    post: (block: TransferBlock, at: DropAt) =>
      target.dispatchEvent(new CustomEvent<DropDetail>("drop", { detail: { block, at } })),
  };
}

export function useBlockInsert(a: {
  editor: Editor | null;
  readOnly: boolean;
  drops: EventTarget;
  warningsFor: (blockId: string) => Promise<ReuseWarning[]>;
}) {
  const { editor, readOnly, drops, warningsFor } = a;
  const [pending, setPending] = useState<PendingInsert | null>(null);

  /** Runs `apply` at once, or after the clerk confirms a repeat. */
  const confirmReuse = useCallback(
    (block: TransferBlock, apply: () => void) =>
      void warningsFor(block.id).then((warnings) => {
        if (warnings.length) setPending({ block, warnings, apply });
        else apply();
      }),
    [warningsFor],
  );

  const requestInsert = useCallback(
    (block: TransferBlock, at?: DropAt) => {
      if (!editor || readOnly) return;
      confirmReuse(block, () => insertBlock(editor, block, at));
    },
    [editor, readOnly, confirmReuse],
  );

  useEffect(() => {
    const onDrop = (e: Event) => {
      const { block, at } = (e as CustomEvent<DropDetail>).detail;
      requestInsert(block, at);
    };
    drops.addEventListener("drop", onDrop);
    return () => drops.removeEventListener("drop", onDrop);
  }, [drops, requestInsert]);

  return { pending, closePending: () => setPending(null), requestInsert, confirmReuse };
}
