"use client";
// A transient status line ("已复制") announced to screen readers.
import { useCallback, useEffect, useState } from "react";

export function useStatusToast(ms = 2500) {
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    if (!message) return;
    const t = setTimeout(() => setMessage(null), ms);
    return () => clearTimeout(t);
  }, [message, ms]);
  const show = useCallback((m: string) => setMessage(m), []);
  const toast = (
    <div
      role="status"
      aria-live="polite"
      data-testid="status-toast"
      className={`fixed bottom-6 left-1/2 z-50 -translate-x-1/2 rounded-md bg-stone-900 px-4 py-2 text-sm text-white shadow-lg transition ${
        message ? "opacity-100" : "pointer-events-none opacity-0"
      }`}
    >
      {message}
    </div>
  );
  return { show, toast };
}
