"use client";
// The print view's toolbar (not printed): print, and back to the composer.
import Link from "next/link";

export function PrintToolbar({ speechId, pages }: { speechId: string; pages: number | null }) {
  return (
    <div className="print-toolbar mx-auto mb-4 flex max-w-[210mm] items-center gap-3 text-sm">
      <button
        type="button"
        className="rounded bg-brand-700 px-3 py-1.5 text-white hover:bg-brand-800 disabled:opacity-50"
        onClick={() => window.print()}
        disabled={pages === null}
      >
        打印
      </button>
      <Link
        href={`/speeches/${speechId}`}
        className="rounded border border-stone-400 bg-white px-3 py-1.5 hover:bg-stone-100"
      >
        返回编辑
      </Link>
      <span className="ml-auto text-stone-700" data-testid="print-page-count">
        {pages === null ? "正在排版…" : `共 ${pages} 页 · A4 · 每页 22 行 × 28 字`}
      </span>
    </div>
  );
}
