// Top-level node indices (what the panels know) to document positions (what transactions need).
import type { Editor } from "@tiptap/core";
import { TextSelection } from "@tiptap/pm/state";

export function posOfIndex(editor: Editor, index: number): number {
  const doc = editor.state.doc;
  let pos = 0;
  for (let i = 0; i < Math.min(index, doc.childCount); i++) pos += doc.child(i).nodeSize;
  return pos;
}

/** Puts the cursor at the end of a top-level node and scrolls it into view. */
export function jumpToIndex(editor: Editor, index: number, offset?: { start: number; end: number }) {
  const pos = posOfIndex(editor, index);
  const node = editor.state.doc.maybeChild(index);
  if (!node) return;
  const from = offset ? pos + 1 + offset.start : pos + node.nodeSize - 1;
  const to = offset ? pos + 1 + offset.end : from;
  const tr = editor.state.tr.setSelection(TextSelection.create(editor.state.doc, from, to)).scrollIntoView();
  editor.view.dispatch(tr);
  editor.view.focus();
}
