"use client";
// Opened from a library paragraph's margin mark: where it came from, whether it was changed since, whether the
// library has new wording for it (素材库已更新), earlier uses by this speaker, and 换一种说法 (a near-duplicate
// variant or a similar block swapped in at the same place).
import type { Editor } from "@tiptap/core";
import { useEffect, useState } from "react";
import { api } from "@/components/ui/api-client";
import type { BlockDetail } from "@/lib/blocks/types";
import type { StaleParagraph } from "@/lib/speech-doc/block-freshness";
import type { ReuseWarning } from "@/lib/speeches/types";
import { swapParagraph, type TransferBlock } from "./extensions/block-transfer";
import { FreshnessSection } from "./freshness-section";
import { describeWarning } from "./reuse-text";

export type ProvenanceTarget = {
  pos: number;
  blockId: string;
  blockVersion: number | null;
  changed: boolean;
  /** The paragraph's provenance as a freshness key (null without a recorded version). */
  freshnessKey: string | null;
  top: number;
};

type Alternative = { id: string; text: string; label: string };

export function ProvenancePopover(p: {
  editor: Editor;
  target: ProvenanceTarget;
  warnings: ReuseWarning[] | undefined;
  /** Set when the library has new wording for this paragraph. */
  stale: StaleParagraph | undefined;
  readOnly: boolean;
  onClose: () => void;
  onSaveAsBlock: () => void;
  /** Swapping in another block goes through the same reuse check as an insert. */
  onSwap: (block: TransferBlock, apply: () => void) => void;
}) {
  const { editor, target } = p;
  const [alternatives, setAlternatives] = useState<Alternative[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && p.onClose();
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [p]);

  async function loadAlternatives() {
    setError(null);
    try {
      const detail = await api<BlockDetail>(`/api/blocks/${target.blockId}`);
      const variants = detail.variants
        .filter((v) => v.id !== target.blockId)
        .map((v) => ({ id: v.id, text: v.text, label: "近似说法" }));
      const similar = detail.similar.map((s) => ({ id: s.id, text: s.text, label: s.categoryName ?? "相似素材" }));
      setAlternatives([...variants, ...similar]);
    } catch (err) {
      setError((err as Error).message);
    }
  }

  async function swap(alt: Alternative) {
    try {
      const detail = await api<BlockDetail>(`/api/blocks/${alt.id}`);
      const block: TransferBlock = {
        id: alt.id,
        version: detail.block.version,
        text: detail.block.text,
        kind: "PARAGRAPH",
        level: null,
      };
      p.onSwap(block, () => {
        if (swapParagraph(editor, target.pos, target.blockId, block)) p.onClose();
        else setError("这一段已经不在讲话稿里了，无法替换。");
      });
    } catch (err) {
      setError((err as Error).message);
    }
  }

  return (
    <div
      role="dialog"
      aria-label="素材来源"
      className="absolute left-2 z-30 w-96 max-w-[90vw] rounded-lg border border-stone-200 bg-white p-3 text-sm shadow-lg"
      style={{ top: target.top }}
    >
      <div className="mb-2 flex items-center gap-2">
        <strong>来自素材库</strong>
        <span
          className={`rounded px-1.5 text-xs ${target.changed ? "bg-amber-100 text-amber-900" : "bg-emerald-50 text-emerald-800"}`}
        >
          {target.changed ? "插入后已修改" : "与素材一致"}
        </span>
        {target.blockVersion ? <span className="text-xs text-stone-500">素材第 {target.blockVersion} 版</span> : null}
        <button
          type="button"
          onClick={p.onClose}
          aria-label="关闭"
          className="ml-auto rounded px-1 text-stone-500 hover:bg-stone-100"
        >
          ✕
        </button>
      </div>
      {p.stale ? (
        <FreshnessSection
          editor={editor}
          pos={target.pos}
          stale={p.stale}
          changed={target.changed}
          readOnly={p.readOnly}
          onDone={p.onClose}
          onGone={() => setError("这一段已经不在讲话稿里了。")}
        />
      ) : null}
      {p.warnings?.map((w) => (
        <p
          key={w.speechId + w.usedAt}
          role="note"
          className="mb-1 rounded bg-amber-50 px-2 py-1 text-xs text-amber-900"
        >
          {describeWarning(w)}
        </p>
      ))}
      <div className="flex flex-wrap gap-2">
        <a
          href={`/library/blocks/${target.blockId}`}
          target="_blank"
          rel="noreferrer"
          className="rounded border px-2 py-1 hover:bg-stone-100"
        >
          打开素材
        </a>
        {p.readOnly ? null : (
          <>
            <button type="button" onClick={loadAlternatives} className="rounded border px-2 py-1 hover:bg-stone-100">
              换一种说法
            </button>
            <button type="button" onClick={p.onSaveAsBlock} className="rounded border px-2 py-1 hover:bg-stone-100">
              存为新素材
            </button>
          </>
        )}
      </div>
      {error ? (
        <p role="alert" className="mt-2 text-brand-700">
          {error}
        </p>
      ) : null}
      {alternatives ? (
        alternatives.length ? (
          <ul className="mt-2 max-h-72 space-y-2 overflow-y-auto" aria-label="可替换的说法">
            {alternatives.map((a) => (
              <li key={a.id} className="rounded border border-stone-200 p-2">
                <p className="line-clamp-4 font-fangsong">{a.text}</p>
                <div className="mt-1 flex items-center text-xs text-stone-500">
                  {a.label}
                  <button
                    type="button"
                    onClick={() => swap(a)}
                    className="ml-auto rounded bg-brand-600 px-2 py-0.5 text-white"
                  >
                    换用
                  </button>
                </div>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-stone-500">没有找到其他说法。</p>
        )
      ) : null}
    </div>
  );
}
