// Moving a whole section (a heading with everything under it) in one transaction, from the outline by drag and
// drop or from the keyboard. Numbers follow on their own, since they are computed from the structure.
import { Extension } from "@tiptap/core";
import type { Node as PMNode } from "@tiptap/pm/model";
import { TextSelection, type EditorState, type Transaction } from "@tiptap/pm/state";
import { sectionEnd } from "@/lib/speech-doc/outline";
import { NODE, type HeadingLevel, type SpeechDoc, type SpeechNode } from "@/lib/speech-doc/types";

type TopNode = { node: PMNode; pos: number };

function topNodes(doc: PMNode): TopNode[] {
  const out: TopNode[] = [];
  doc.forEach((node, pos) => out.push({ node, pos }));
  return out;
}

const levelOf = (n: PMNode) => (n.type.name === NODE.heading ? (n.attrs.level as number) : null);

/** The document's outline as lib/speech-doc sees it (node types and heading levels), to share its section rule. */
export function outlineShape(doc: PMNode): SpeechDoc {
  const content: SpeechNode[] = [];
  doc.forEach((n) =>
    content.push(
      n.type.name === NODE.heading
        ? { type: "heading", attrs: { level: n.attrs.level as HeadingLevel } }
        : ({ type: n.type.name } as SpeechNode),
    ),
  );
  return { type: "doc", content };
}

/** [from, to) of the section a heading at `pos` opens: up to the next heading of the same or a shallower level. */
export function sectionRange(doc: PMNode, pos: number): { from: number; to: number; level: number } | null {
  const heading = doc.nodeAt(pos);
  if (!heading || heading.type.name !== NODE.heading) return null;
  const index = doc.resolve(pos).index(0);
  const end = sectionEnd(outlineShape(doc), index);
  let to = pos;
  for (let i = index; i < end; i++) to += doc.child(i).nodeSize;
  return { from: pos, to, level: heading.attrs.level as number };
}

/** Moves the section at `from` to the top-level boundary `target`; null when that would be a no-op. */
export function moveSectionTr(state: EditorState, from: number, target: number): Transaction | null {
  const range = sectionRange(state.doc, from);
  if (!range || (target >= range.from && target <= range.to)) return null;
  const content = state.doc.slice(range.from, range.to).content;
  const tr = state.tr.delete(range.from, range.to);
  const at = tr.mapping.map(target);
  tr.insert(at, content);
  tr.setSelection(TextSelection.create(tr.doc, at + 1)).scrollIntoView();
  return tr;
}

/** The heading whose section holds the cursor (the nearest heading above it), or null before the first one. */
export function headingAtCursor(state: EditorState): number | null {
  const cursor = state.selection.from;
  let found: number | null = null;
  for (const { node, pos } of topNodes(state.doc)) {
    if (pos > cursor) break;
    if (node.type.name === NODE.heading) found = pos;
  }
  return found;
}

/** Swaps the cursor's section with its previous or next sibling of the same level. */
export function moveSectionByStep(state: EditorState, direction: -1 | 1): Transaction | null {
  const pos = headingAtCursor(state);
  if (pos === null) return null;
  const range = sectionRange(state.doc, pos)!;
  const nodes = topNodes(state.doc);
  if (direction === 1) {
    const next = nodes.find((n) => n.pos === range.to);
    if (!next || levelOf(next.node) !== range.level) return null;
    return moveSectionTr(state, pos, sectionRange(state.doc, next.pos)!.to);
  }
  const before = nodes.filter((n) => n.pos < pos && levelOf(n.node) !== null).pop();
  if (!before || levelOf(before.node)! < range.level) return null;
  let sibling = before;
  if (levelOf(before.node)! > range.level) {
    const same = nodes.filter((n) => n.pos < pos && levelOf(n.node) !== null && levelOf(n.node)! <= range.level).pop();
    if (!same || levelOf(same.node) !== range.level) return null;
    sibling = same;
  }
  return moveSectionTr(state, pos, sibling.pos);
}

export const SectionMoves = Extension.create({
  name: "sectionMoves",
  addKeyboardShortcuts() {
    const step = (direction: -1 | 1) => () => {
      const tr = moveSectionByStep(this.editor.state, direction);
      if (!tr) return false;
      this.editor.view.dispatch(tr);
      return true;
    };
    return { "Alt-Shift-ArrowUp": step(-1), "Alt-Shift-ArrowDown": step(1) };
  },
});
