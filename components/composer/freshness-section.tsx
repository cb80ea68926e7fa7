"use client";
// 素材库已更新, inside the provenance popover: the difference between the wording the paragraph was inserted with
// and the library's wording now (the compare view's character diff and display), then 采用新说法 or 保留原文.
import type { Editor } from "@tiptap/core";
import { useEffect, useState } from "react";
import { DiffText } from "@/components/versions/diff-text";
import type { StaleParagraph } from "@/lib/speech-doc/block-freshness";
import type { DiffSegment } from "@/lib/speech-doc/compare/char-diff";
import { applyWordingChoice, keepOwnWording, takeNewWording } from "./fresh-wording";

export function FreshnessSection(p: {
  editor: Editor;
  pos: number;
  stale: StaleParagraph;
  /** The clerk has changed the paragraph since it was inserted. */
  changed: boolean;
  readOnly: boolean;
  onDone: () => void;
  onGone: () => void;
}) {
  const { editor, pos, stale } = p;
  const [segments, setSegments] = useState<DiffSegment[] | null>(null);
  // Without the inserted wording (the block's history no longer holds it) the paragraph as it reads now stands in.
  const base = stale.insertedText ?? editor.state.doc.nodeAt(pos)?.textContent ?? "";

  useEffect(() => {
    let live = true;
    // The diff module loads with the first popover that needs it, not with the editor.
    void import("@/lib/speech-doc/compare/char-diff").then((m) => live && setSegments(m.charDiff(base, stale.text)));
    return () => {
      live = false;
    };
  }, [base, stale.text]);

  const choose = (tr: ReturnType<typeof takeNewWording>) => (applyWordingChoice(editor, tr) ? p.onDone() : p.onGone());

  return (
    <section
      aria-label="素材库已更新"
      data-testid="freshness"
      className="mb-2 rounded border border-sky-200 bg-sky-50 p-2"
    >
      <p className="mb-1 font-medium text-sky-900">
        素材库已更新（第 {stale.version} 版 → 第 {stale.currentVersion} 版）
      </p>
      <p className="mb-1 text-xs text-stone-600">
        {stale.insertedText === null ? "找不到插入时的说法，对照的是本段现在的文字" : "插入时的说法"}
        与素材库现在的说法：
      </p>
      <p className="max-h-48 overflow-y-auto font-fangsong leading-7" data-testid="freshness-diff">
        {segments ? <DiffText segments={segments} /> : stale.text}
      </p>
      {p.readOnly ? null : (
        <>
          {p.changed ? (
            <p role="note" className="mt-1 rounded bg-amber-50 px-2 py-1 text-xs text-amber-900">
              您在插入后修改过这一段。采用新说法会替换您的修改（可按 Ctrl+Z 撤销）。
            </p>
          ) : null}
          <div className="mt-2 flex gap-2">
            <button
              type="button"
              onClick={() => choose(takeNewWording(editor.state, pos, stale))}
              className="rounded bg-brand-600 px-2 py-1 text-white"
            >
              采用新说法
            </button>
            <button
              type="button"
              onClick={() => choose(keepOwnWording(editor.state, pos, stale))}
              className="rounded border px-2 py-1 hover:bg-stone-100"
            >
              保留原文
            </button>
          </div>
        </>
      )}
    </section>
  );
}
