"use client";

// One block of a file held for review: its text, its category (a select), and the fixes of its split: 与下一段合并;
// 拆分, which shows the paragraph cut at its sentence ends, or takes any point the clerk clicks in its text (a
// heading glued to its body without a stop); 设为标题 with a level, and 设为正文 for a line taken for a heading.
import { useEffect, useRef, useState } from "react";
import type { HeldBlock } from "@/lib/imports/held-files";
import { LONG_BLOCK_CHARS } from "@/lib/imports/file-verdict";
import type { ReviewEdit } from "@/lib/imports/review-draft";
import { MAX_HEADING_CHARS } from "@/lib/imports/review-limits";
import type { HeadingLevel } from "@/lib/mining/types";
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

const LEVELS: HeadingLevel[] = [1, 2, 3];
const small = "rounded border border-stone-300 bg-white px-2 py-0.5 text-xs hover:bg-stone-100 disabled:text-stone-400";

export function ReviewBlockRow({ block, speech, canMergeNext, categories, disabled, onEdit }: Props) {
  const [splitting, setSplitting] = useState(false);
  const [choosingLevel, setChoosingLevel] = useState(false);
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
            {block.charCount <= MAX_HEADING_CHARS ? (
              <button
                type="button"
                className={small}
                disabled={disabled}
                aria-expanded={choosingLevel}
                onClick={() => setChoosingLevel((c) => !c)}
              >
                {choosingLevel ? "不设为标题" : "设为标题…"}
              </button>
            ) : null}
            {choosingLevel ? (
              <LevelButtons
                label={`把第 ${block.position + 1} 段设为几级标题`}
                current={null}
                disabled={disabled}
                onLevel={(level) => {
                  setChoosingLevel(false);
                  onEdit({ op: "heading", ...ref, level });
                }}
              />
            ) : null}
          </>
        ) : (
          <>
            <LevelButtons
              label={`第 ${block.position + 1} 段的标题级别`}
              current={(block.level ?? 1) as HeadingLevel}
              disabled={disabled}
              onLevel={(level) => onEdit({ op: "heading", ...ref, level })}
            />
            <button
              type="button"
              className={small}
              disabled={disabled}
              onClick={() => onEdit({ op: "paragraph", ...ref })}
            >
              设为正文
            </button>
          </>
        )}
      </div>
      {splitting && block.kind === "paragraph" ? (
        <div data-testid="split-picker">
          <p className="text-sm leading-7 text-stone-800">
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
          <CaretSplit
            text={block.text}
            disabled={disabled}
            onSplit={(at) => {
              setSplitting(false);
              onEdit({ op: "split", ...ref, at });
            }}
          />
        </div>
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

/** A split anywhere: the clerk clicks (or moves the cursor) to the point in an unchangeable copy of the text. Not
 *  `readOnly`: Chromium moves no cursor by keyboard in a read-only box; every input is refused instead. */
function CaretSplit({ text, disabled, onSplit }: { text: string; disabled: boolean; onSplit: (at: number) => void }) {
  const area = useRef<HTMLTextAreaElement>(null);
  const [hint, setHint] = useState<string | null>(null);
  useEffect(() => {
    const el = area.current;
    const refuse = (e: Event) => e.preventDefault();
    el?.addEventListener("beforeinput", refuse);
    return () => el?.removeEventListener("beforeinput", refuse);
  }, []);
  return (
    <div className="mt-2 rounded border border-dashed border-stone-300 p-2 text-xs text-stone-600">
      <label className="block">
        标点处没有合适的位置？在下面的文字中点一下要拆开的地方：
        <textarea
          ref={area}
          aria-readonly
          spellCheck={false}
          value={text}
          onChange={() => {}}
          rows={Math.min(6, Math.ceil(text.length / 40) + 1)}
          className="mt-1 block w-full resize-y rounded border border-stone-300 bg-white p-1 text-sm leading-6 text-stone-800"
        />
      </label>
      <button
        type="button"
        className={`${small} mt-1`}
        disabled={disabled}
        onClick={() => {
          const at = area.current?.selectionStart ?? 0;
          if (at <= 0 || at >= text.length || !text.slice(0, at).trim() || !text.slice(at).trim()) {
            setHint("请先在文字中间点出拆分的位置（不能在开头或结尾）。");
            return;
          }
          onSplit(at);
        }}
      >
        在光标处拆分
      </button>
      {hint ? (
        <span role="alert" className="ml-2 text-red-700">
          {hint}
        </span>
      ) : null}
    </div>
  );
}

/** Buttons, not a select: a closed select changes (and would send an edit) at each arrow key. */
function LevelButtons(p: {
  label: string;
  current: HeadingLevel | null;
  disabled: boolean;
  onLevel: (level: HeadingLevel) => void;
}) {
  return (
    <span role="group" aria-label={p.label} className="flex items-center gap-1">
      {LEVELS.map((l) => (
        <button
          key={l}
          type="button"
          className={`${small} ${p.current === l ? "bg-stone-800 text-white hover:bg-stone-700" : ""}`}
          aria-pressed={p.current === null ? undefined : p.current === l}
          disabled={p.disabled || p.current === l}
          onClick={() => p.onLevel(l)}
        >
          {l} 级{p.current === null ? "标题" : ""}
        </button>
      ))}
    </span>
  );
}
