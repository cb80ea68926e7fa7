// Hints in empty nodes (讲话标题…, 正文…), shown by CSS from a data-placeholder attribute on an `is-empty` node, and
// only while the speech can be edited. Tiptap's Placeholder extension does the same but rescans the whole speech's
// top level on every keystroke and caret move; here only the nodes an edit touched are looked at again.
import { Extension } from "@tiptap/core";
import type { Node as PMNode } from "@tiptap/pm/model";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { editedInside, touchedNodes } from "./touched-nodes";

export type EmptyHintsOptions = { hints: Record<string, string> };

export const emptyHintsKey = new PluginKey<DecorationSet>("emptyHints");

function hint(node: PMNode, pos: number, hints: Record<string, string>): Decoration | null {
  if (!node.isTextblock || node.content.size > 0) return null;
  return Decoration.node(pos, pos + node.nodeSize, {
    class: "is-empty",
    "data-placeholder": hints[node.type.name] ?? "",
  });
}

export function allHints(doc: PMNode, hints: Record<string, string>): DecorationSet {
  const out: Decoration[] = [];
  doc.forEach((node, pos) => {
    const d = hint(node, pos, hints);
    if (d) out.push(d);
  });
  return DecorationSet.create(doc, out);
}

export function emptyHintsPlugin(hints: Record<string, string>, editable: () => boolean = () => true) {
  return new Plugin<DecorationSet>({
    key: emptyHintsKey,
    state: {
      init: (_, state) => allHints(state.doc, hints),
      apply: (tr, prev) => {
        if (!tr.docChanged) return prev;
        const nodes = editedInside(tr) ?? touchedNodes(tr);
        if (!nodes) return allHints(tr.doc, hints);
        let set = prev.map(tr.mapping, tr.doc);
        for (const { from, to } of nodes) {
          set = set.remove(set.find(from, to, () => true).filter((d) => d.from >= from && d.to <= to));
          const d = hint(tr.doc.nodeAt(from)!, from, hints);
          if (d) set = set.add(tr.doc, [d]);
        }
        return set;
      },
    },
    props: {
      decorations: (state) => (editable() ? emptyHintsKey.getState(state) : DecorationSet.empty),
    },
  });
}

export const EmptyHints = Extension.create<EmptyHintsOptions>({
  name: "emptyHints",
  addOptions: () => ({ hints: {} }),
  addProseMirrorPlugins() {
    return [emptyHintsPlugin(this.options.hints, () => this.editor.isEditable)];
  },
});
