"use client";
// Asks before something that cannot be undone (deleting a speech or a meeting), naming what is affected.
// The action runs inside the dialog, which stays open with the server's message when it fails.
import { useId, useState, type ReactNode } from "react";
import { Button, ErrorText } from "@/components/ui/form-controls";

export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  busyLabel,
  onConfirm,
  onClose,
  blocked = false,
}: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  busyLabel: string;
  /** Resolves when done (the caller then closes the dialog); a rejection shows its message. */
  onConfirm: () => Promise<void>;
  onClose: () => void;
  /** The action cannot be done now (the body says why): the button stays, disabled. */
  blocked?: boolean;
}) {
  const titleId = useId();
  const bodyId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
    } catch (err) {
      setError((err as Error).message);
      setBusy(false);
    }
  }

  return (
    <div
      className="fixed inset-0 z-40 flex items-start justify-center bg-stone-900/40 p-4 pt-24"
      onKeyDown={(e) => e.key === "Escape" && !busy && onClose()}
    >
      <div
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={bodyId}
        className="w-full max-w-md space-y-4 rounded-xl bg-white p-6 shadow-xl"
      >
        <h2 id={titleId} className="text-lg font-semibold">
          {title}
        </h2>
        <div id={bodyId} className="text-sm leading-6 text-stone-700">
          {children}
        </div>
        <ErrorText>{error}</ErrorText>
        <div className="flex justify-end gap-2">
          {/* The safe choice has the focus, so that Enter does not delete by accident. */}
          <Button autoFocus type="button" variant="secondary" onClick={onClose} disabled={busy}>
            取消
          </Button>
          <Button type="button" variant="danger" onClick={() => void confirm()} disabled={busy || blocked}>
            {busy ? busyLabel : confirmLabel}
          </Button>
        </div>
      </div>
    </div>
  );
}
