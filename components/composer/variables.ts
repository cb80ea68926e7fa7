// Speech variables in the document: filling one replaces every blank it stands for (××县 for 单位, 20XX年X月X日
// for 日期 …) and every span filled from it before, all in one undoable transaction. Filled text carries the
// variable mark, so changing the value later rewrites exactly those spans.
import type { Editor } from "@tiptap/core";
import type { Node as PMNode } from "@tiptap/pm/model";
import { fillFor, variableTargets } from "@/lib/speech-doc/placeholders";
import { VARIABLE_MARK, type VariableKey } from "@/lib/speech-doc/types";

type Replacement = { from: number; to: number; text: string };

function replacementsIn(node: PMNode, pos: number, key: VariableKey, value: string): Replacement[] {
  const out: Replacement[] = [];
  node.forEach((child, offset) => {
    if (!child.isText) return;
    const start = pos + 1 + offset;
    const text = child.text ?? "";
    const mark = child.marks.find((m) => m.type.name === VARIABLE_MARK);
    if (mark) {
      if (mark.attrs.name === key && text !== value) out.push({ from: start, to: start + text.length, text: value });
      return;
    }
    for (const t of variableTargets(text, key, value))
      out.push({ from: start + t.start, to: start + t.end, text: fillFor(key, value, text.slice(t.start, t.end)) });
  });
  return out;
}

/** Fills (or refills) a variable everywhere; returns how many places changed. */
export function applyVariable(editor: Editor, key: VariableKey, value: string): number {
  const { state } = editor;
  if (!value) return 0;
  const all: Replacement[] = [];
  state.doc.forEach((node, pos) => {
    if (node.isTextblock) all.push(...replacementsIn(node, pos, key, value));
  });
  if (!all.length) return 0;
  const mark = state.schema.marks[VARIABLE_MARK].create({ name: key });
  const tr = state.tr;
  for (const r of all.sort((a, b) => b.from - a.from)) tr.replaceWith(r.from, r.to, state.schema.text(r.text, [mark]));
  editor.view.dispatch(tr);
  return all.length;
}

/** Fills one blank (selected by the clerk in the placeholder list) from a variable. False when the text there is
 * no longer that blank (the list is a snapshot; the clerk may have typed since). */
export function fillOne(
  editor: Editor,
  from: number,
  to: number,
  blank: string,
  key: VariableKey,
  value: string,
): boolean {
  const { state } = editor;
  if (!value) return false;
  if (to > state.doc.content.size || state.doc.textBetween(from, to) !== blank) return false;
  const mark = state.schema.marks[VARIABLE_MARK].create({ name: key });
  editor.view.dispatch(state.tr.replaceWith(from, to, state.schema.text(value, [mark])));
  return true;
}
