// A click in the left margin of a library paragraph (where CSS draws its mark) opens the provenance popover.
// The mark is a pseudo-element, not a widget, so nothing sits beside the cursor.
import type { Editor } from "@tiptap/core";
import { freshnessKey, provenanceOf } from "@/lib/speech-doc/block-freshness";
import { textHash } from "@/lib/speech-doc/doc-text";
import type { ProvenanceTarget } from "./provenance-popover";

export function provenanceAt(editor: Editor, e: React.MouseEvent<HTMLElement>): ProvenanceTarget | null {
  const el = (e.target as HTMLElement).closest?.("p[data-block-id]") as HTMLElement | null;
  if (!el || !editor.view.dom.contains(el)) return null;
  const rect = el.getBoundingClientRect();
  if (e.clientX >= rect.left) return null; // a click in the text itself places the cursor as usual
  const pos = editor.view.posAtDOM(el, 0) - 1;
  const node = editor.state.doc.nodeAt(pos);
  if (!node || !node.attrs.blockId) return null;
  const container = e.currentTarget.getBoundingClientRect();
  const ref = provenanceOf(node.attrs);
  return {
    pos,
    blockId: node.attrs.blockId,
    blockVersion: node.attrs.blockVersion,
    changed: !!node.attrs.sourceHash && node.attrs.sourceHash !== textHash(node.textContent),
    freshnessKey: ref ? freshnessKey(ref) : null,
    top: rect.top - container.top + e.currentTarget.scrollTop + rect.height / 2,
  };
}
