"use client";
// The outline: the heading tree with numbers and character counts. Click jumps to a heading; dragging an entry
// (or Alt+↑/↓ on it) moves the whole section with its paragraphs.
import type { Editor } from "@tiptap/core";
import { memo, useState } from "react";
import type { OutlineEntry } from "@/lib/speech-doc/outline";
import { moveSectionByStep, moveSectionTr } from "./extensions/section-moves";
import { jumpToIndex, posOfIndex } from "./editor-positions";

export const OutlinePanel = memo(function OutlinePanel({
  editor,
  entries,
  readOnly,
}: {
  editor: Editor;
  entries: OutlineEntry[];
  readOnly: boolean;
}) {
  const [dragging, setDragging] = useState<number | null>(null);
  const [over, setOver] = useState<number | "end" | null>(null);

  function moveTo(fromIndex: number, target: number | "end") {
    const from = posOfIndex(editor, fromIndex);
    const to = target === "end" ? editor.state.doc.content.size : posOfIndex(editor, target);
    const tr = moveSectionTr(editor.state, from, to);
    if (tr) editor.view.dispatch(tr);
  }

  function step(index: number, direction: -1 | 1) {
    jumpToIndex(editor, index);
    const tr = moveSectionByStep(editor.state, direction);
    if (tr) editor.view.dispatch(tr);
  }

  if (!entries.length)
    return (
      <p className="text-sm text-stone-500">
        还没有标题。用工具栏的“一级标题”或 Ctrl+Alt+1 设置标题后，这里会显示提纲。
      </p>
    );

  return (
    <nav aria-label="提纲">
      <ol className="space-y-0.5 text-sm" onDragLeave={() => setOver(null)}>
        {entries.map((e) => (
          <li
            key={`${e.index}`}
            data-outline-level={e.level}
            draggable={!readOnly}
            onDragStart={(ev) => {
              setDragging(e.index);
              ev.dataTransfer.setData("application/x-jianggao-section", String(e.index));
              ev.dataTransfer.effectAllowed = "move";
            }}
            onDragEnd={() => {
              setDragging(null);
              setOver(null);
            }}
            onDragOver={(ev) => {
              if (dragging === null) return;
              ev.preventDefault();
              setOver(e.index);
            }}
            onDrop={(ev) => {
              ev.preventDefault();
              if (dragging !== null) moveTo(dragging, e.index);
              setDragging(null);
              setOver(null);
            }}
            className={`${over === e.index ? "border-t-2 border-brand-600" : "border-t-2 border-transparent"}`}
            style={{ paddingLeft: `${(e.level - 1) * 0.9}rem` }}
          >
            <button
              type="button"
              onClick={() => jumpToIndex(editor, e.index)}
              onKeyDown={(ev) => {
                if (readOnly || !ev.altKey || (ev.key !== "ArrowUp" && ev.key !== "ArrowDown")) return;
                ev.preventDefault();
                step(e.index, ev.key === "ArrowUp" ? -1 : 1);
              }}
              title="点击跳转；拖动或 Alt+↑/↓ 移动整节"
              className="flex w-full items-baseline gap-1 rounded px-1 py-0.5 text-left hover:bg-stone-100"
            >
              <span className="shrink-0 text-stone-500">{e.number}</span>
              <span className={`min-w-0 flex-1 truncate ${e.level === 1 ? "font-medium" : ""}`}>
                {e.text || "（空标题）"}
              </span>
              <span className="shrink-0 text-xs tabular-nums text-stone-400" title="本节字数">
                {e.sectionChars}
              </span>
            </button>
          </li>
        ))}
        {!readOnly ? (
          <li
            onDragOver={(ev) => {
              if (dragging === null) return;
              ev.preventDefault();
              setOver("end");
            }}
            onDrop={(ev) => {
              ev.preventDefault();
              if (dragging !== null) moveTo(dragging, "end");
              setDragging(null);
              setOver(null);
            }}
            className={`h-4 ${over === "end" ? "border-t-2 border-brand-600" : ""}`}
            aria-hidden
          />
        ) : null}
      </ol>
    </nav>
  );
});
