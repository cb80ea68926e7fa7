"use client";
// 放回此段: puts one paragraph of the older version back into the current text (the server replaces or inserts it
// at its aligned place and keeps the text before as a version), then shows the comparison anew.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ApiError, api } from "@/components/ui/api-client";

/** Which comparison the rows belong to: a version (older) against the current text, as of `baseVersion`. */
export type PutBackTarget = { speechId: string; versionId: string; baseVersion: number };

export function PutBackParagraph({ target, row }: { target: PutBackTarget; row: number }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function putBack() {
    setBusy(true);
    setError(null);
    try {
      await api(`/api/speeches/${target.speechId}/versions/${target.versionId}/put-back`, {
        body: { baseVersion: target.baseVersion, row },
      });
      router.refresh();
    } catch (err) {
      setError((err as ApiError).message);
      setBusy(false);
    }
  }

  return (
    <span className="ml-2 flex shrink-0 flex-col items-end">
      <button
        type="button"
        disabled={busy}
        className="rounded border border-brand-600 px-1.5 py-0.5 text-xs text-brand-700 hover:bg-brand-50 disabled:opacity-50"
        title="把旧版本的这一段放回当前文本的对应位置（放回前的文本会自动存为版本）"
        onClick={putBack}
      >
        {busy ? "正在放回…" : "放回此段"}
      </button>
      {error ? (
        <span role="alert" className="mt-1 max-w-64 text-xs text-brand-700">
          {error}
        </span>
      ) : null}
    </span>
  );
}
