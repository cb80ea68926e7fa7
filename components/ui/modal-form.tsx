"use client";
// A form shown as a modal dialog over the page; Escape closes it.
import { useId, type FormEvent, type ReactNode } from "react";

export function ModalForm({
  title,
  onSubmit,
  onClose,
  children,
}: {
  title: string;
  onSubmit: (e: FormEvent) => void;
  onClose: () => void;
  children: ReactNode;
}) {
  const titleId = useId();
  return (
    <div
      className="fixed inset-0 z-40 flex items-start justify-center bg-stone-900/40 p-4 pt-16"
      onKeyDown={(e) => e.key === "Escape" && onClose()}
    >
      <form
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onSubmit={onSubmit}
        className="w-full max-w-2xl space-y-4 rounded-xl bg-white p-6 shadow-xl"
      >
        <h2 id={titleId} className="text-lg font-semibold">
          {title}
        </h2>
        {children}
      </form>
    </div>
  );
}
