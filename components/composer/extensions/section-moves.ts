// Moving a whole section (a heading with everything under it) in one transaction, from the outline by drag and
// drop or from the keyboard (Alt+↑/↓ in the text: the cursor's section past its sibling, the cursor staying where
// it was in the moved text). Where a section goes is lib/speech-doc/outline.ts's rule; numbers follow on their
// own, since they are computed from the structure.
import { Extension } from "@tiptap/core";
import type { Node as PMNode } from "@tiptap/pm/model";
import { TextSelection, type EditorState, type Transaction } from "@tiptap/pm/state";
import { sectionAt, sectionEnd, sectionStepIndex } from "@/lib/speech-doc/outline";
import { NODE, type HeadingLevel, type SpeechDoc, type SpeechNode } from "@/lib/speech-doc/types";

type TopNode = { node: PMNode; pos: number };

function topNodes(doc: PMNode): TopNode[] {
  const out: TopNode[] = [];
  doc.forEach((node, pos) => out.push({ node, pos }));
  return out;
}

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

/** Moves the section at `from` to the top-level boundary `target`; null when that would be a no-op. A selection
 *  inside the section moves with its text; otherwise the cursor goes to the start of the moved heading. */
export function moveSectionTr(state: EditorState, from: number, target: number): Transaction | null {
  const range = sectionRange(state.doc, from);
  if (!range || (target >= range.from && target <= range.to)) return null;
  const content = state.doc.slice(range.from, range.to).content;
  const tr = state.tr.delete(range.from, range.to);
  const at = tr.mapping.map(target);
  tr.insert(at, content);
  const { anchor, head } = state.selection;
  const inside = (p: number) => p > range.from && p < range.to;
  const selection =
    inside(anchor) && inside(head)
      ? TextSelection.create(tr.doc, at + anchor - range.from, at + head - range.from)
      : TextSelection.create(tr.doc, at + 1);
  tr.setSelection(selection).scrollIntoView();
  return tr;
}

/** Moves the section the cursor is in (under the nearest heading above it) past its previous or next sibling. */
export function moveSectionByStep(state: EditorState, direction: -1 | 1): Transaction | null {
  const shape = outlineShape(state.doc);
  const heading = sectionAt(shape, state.selection.$from.index(0)).heading;
  const to = heading && sectionStepIndex(shape, heading.index, direction);
  if (!heading || to === null) return null;
  const nodes = topNodes(state.doc);
  const posOf = (index: number) => nodes[index]?.pos ?? state.doc.content.size;
  return moveSectionTr(state, posOf(heading.index), posOf(to));
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
    // Alt+Shift+↑/↓ was the first binding; it stays for those used to it.
    return {
      "Alt-ArrowUp": step(-1),
      "Alt-ArrowDown": step(1),
      "Alt-Shift-ArrowUp": step(-1),
      "Alt-Shift-ArrowDown": step(1),
    };
  },
});
