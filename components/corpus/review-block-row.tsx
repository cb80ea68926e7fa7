"use client";

// One block of a file held for review: its text, its category (a select), and for a paragraph the two fixes of its
// split: 与下一段合并, and 拆分, which shows the paragraph cut at its sentence ends to pick where to split.
import { useState } from "react";
import type { HeldBlock } from "@/lib/imports/held-files";
import { LONG_BLOCK_CHARS } from "@/lib/imports/file-verdict";
import type { ReviewEdit } from "@/lib/imports/review-draft";
import { splitPieces } from "./split-points";

export type CategoryOption = { key: string; name: string };

type Props = {
  block: HeldBlock;
  speech: number;
  canMergeNext: boolean;
  categories: CategoryOption[];
  disabled: boolean;
  onEdit: (edit: ReviewEdit) => void;
};

const small = "rounded border border-stone-300 bg-white px-2 py-0.5 text-xs hover:bg-stone-100 disabled:text-stone-400";

export function ReviewBlockRow({ block, speech, canMergeNext, categories, disabled, onEdit }: Props) {
  const [splitting, setSplitting] = useState(false);
  const ref = { speech, position: block.position };
  const long = block.charCount > LONG_BLOCK_CHARS;
  const known = categories.some((c) => c.key === block.category);
  return (
    <li className="px-4 py-2" data-testid="review-block" data-kind={block.kind}>
      <div className="mb-1 flex flex-wrap items-center gap-2 text-xs text-stone-500">
        <span>
          {block.kind === "heading" ? `标题（${block.level ?? "?"} 级）` : "段落"} · {block.charCount} 字
        </span>
        {long ? <span className="rounded bg-amber-100 px-1.5 text-amber-800">超过 {LONG_BLOCK_CHARS} 字</span> : null}
        <label className="ml-auto flex items-center gap-1">
          类别
          <select
            className="rounded border border-stone-300 bg-white px-1 py-0.5 text-xs"
            aria-label={`第 ${block.position + 1} 段的类别`}
            value={block.category}
            disabled={disabled}
            onChange={(e) => onEdit({ op: "category", ...ref, category: e.target.value })}
          >
            {known ? null : <option value={block.category}>{block.category}</option>}
            {categories.map((c) => (
              <option key={c.key} value={c.key}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <span title="分类把握">{Math.round(block.confidence * 100)}%</span>
        {block.kind === "paragraph" ? (
          <>
            <button type="button" className={small} disabled={disabled} onClick={() => setSplitting((s) => !s)}>
              {splitting ? "取消拆分" : "拆分"}
            </button>
            {canMergeNext ? (
              <button
                type="button"
                className={small}
                disabled={disabled}
                onClick={() => onEdit({ op: "merge", ...ref })}
              >
                与下一段合并
              </button>
            ) : null}
          </>
        ) : null}
      </div>
      {splitting ? (
        <p className="text-sm leading-7 text-stone-800" data-testid="split-picker">
          {splitPieces(block.text).map((p, i) => (
            <span key={i}>
              {p.text}
              {p.cutAfter !== null ? (
                <button
                  type="button"
                  className="mx-0.5 rounded bg-brand-50 px-1 text-xs text-brand-700 hover:bg-brand-100"
                  aria-label={`在第 ${i + 1} 句后拆分`}
                  disabled={disabled}
                  onClick={() => {
                    setSplitting(false);
                    onEdit({ op: "split", ...ref, at: p.cutAfter! });
                  }}
                >
                  ✂
                </button>
              ) : null}
            </span>
          ))}
        </p>
      ) : (
        <p
          className={`whitespace-pre-wrap text-sm ${block.kind === "heading" ? "font-semibold" : "text-stone-800"}`}
          data-testid="review-block-text"
        >
          {block.text}
        </p>
      )}
    </li>
  );
}
