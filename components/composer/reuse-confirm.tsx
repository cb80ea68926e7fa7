"use client";
// Asked before inserting a block the speaker said recently or is to say soon: which meeting and when.
import { useEffect, useRef } from "react";
import type { ReuseWarning } from "@/lib/speeches/types";
import type { TransferBlock } from "./extensions/block-transfer";
import { describeWarning, reuseTitle } from "./reuse-text";

export type PendingInsert = { block: TransferBlock; warnings: ReuseWarning[]; apply: () => void };

export function ReuseConfirm({ pending, onClose }: { pending: PendingInsert; onClose: () => void }) {
  // The safe choice has the focus: an Enter pressed on from the insert panel must not repeat the leader's words.
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelRef.current?.focus(), []);
  return (
    <div
      className="fixed inset-0 z-50 flex items-start justify-center bg-stone-900/30 p-4 pt-24"
      onKeyDown={(e) => e.key === "Escape" && onClose()}
    >
      <div
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="reuse-title"
        className="w-full max-w-lg space-y-3 rounded-xl bg-white p-5 shadow-xl"
      >
        <h2 id="reuse-title" className="text-lg font-semibold">
          {reuseTitle(pending.warnings)}
        </h2>
        <ul className="space-y-1 text-sm text-amber-900">
          {pending.warnings.map((w) => (
            <li key={w.speechId + w.usedAt} className="rounded bg-amber-50 px-2 py-1">
              {describeWarning(w)}
            </li>
          ))}
        </ul>
        <p className="line-clamp-3 font-fangsong text-sm text-stone-600">{pending.block.text}</p>
        <div className="flex justify-end gap-2">
          <button
            ref={cancelRef}
            type="button"
            onClick={onClose}
            className="rounded border px-3 py-1.5 text-sm hover:bg-stone-100"
          >
            不插入
          </button>
          <button
            type="button"
            onClick={() => {
              pending.apply();
              onClose();
            }}
            className="rounded bg-brand-600 px-3 py-1.5 text-sm text-white hover:bg-brand-700"
          >
            仍然插入
          </button>
        </div>
      </div>
    </div>
  );
}
