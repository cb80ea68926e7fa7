"use client";
// The outline: the heading tree with numbers and character counts. Click jumps to a heading; dragging an entry
// (or Alt+↑/↓ on it) moves the whole section with its paragraphs. A drop on an entry's upper half puts the
// section in front of it, on its lower half behind that entry's section (lib/speech-doc/outline.ts decides where
// exactly); where the drop would change nothing, no drop is offered.
import type { Editor } from "@tiptap/core";
import { memo, useState, type DragEvent } from "react";
import { sectionDropIndex, type DropPlace, type OutlineEntry } from "@/lib/speech-doc/outline";
import { moveSectionByStep, moveSectionTr, outlineShape } from "./extensions/section-moves";
import { jumpToIndex, posOfIndex } from "./editor-positions";

const placeOf = (ev: DragEvent<HTMLElement>): DropPlace => {
  const box = ev.currentTarget.getBoundingClientRect();
  return ev.clientY < box.top + box.height / 2 ? "before" : "after";
};

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
  const [over, setOver] = useState<{ index: number; place: DropPlace } | null>(null);

  /** The node index the dragged section would go to, or null when the drop would change nothing. */
  const dropIndex = (targetIndex: number, place: DropPlace) =>
    dragging === null ? null : sectionDropIndex(outlineShape(editor.state.doc), dragging, targetIndex, place);

  function drop(targetIndex: number, place: DropPlace) {
    const to = dropIndex(targetIndex, place);
    if (dragging === null || to === null) return;
    const tr = moveSectionTr(editor.state, posOfIndex(editor, dragging), posOfIndex(editor, to));
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
              const place = placeOf(ev);
              if (dropIndex(e.index, place) === null) return setOver(null);
              ev.preventDefault();
              setOver((o) => (o?.index === e.index && o.place === place ? o : { index: e.index, place }));
            }}
            onDrop={(ev) => {
              ev.preventDefault();
              drop(e.index, placeOf(ev));
              setDragging(null);
              setOver(null);
            }}
            className={`border-y-2 ${over?.index !== e.index ? "border-transparent" : over.place === "before" ? "border-t-brand-600 border-b-transparent" : "border-t-transparent border-b-brand-600"}`}
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
      </ol>
    </nav>
  );
});
