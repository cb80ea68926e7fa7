// The two answers to 素材库已更新 on a library paragraph. 采用新说法: the paragraph's text becomes the block's wording
// now and its provenance records the block's current version and the new wording's hash, as a fresh insert would
// (same place, same block). 保留原文: the text stays, and the provenance records the current version, so the
// mark goes away until the block changes again (the hash of the wording inserted stays, so 已修改 still tells).
// Each is one transaction, so one Ctrl+Z takes it back.
import type { Editor } from "@tiptap/core";
import type { Node as PMNode } from "@tiptap/pm/model";
import { TextSelection, type EditorState, type Transaction } from "@tiptap/pm/state";
import { freshnessKey, provenanceOf, type StaleParagraph } from "@/lib/speech-doc/block-freshness";
import { textHash } from "@/lib/speech-doc/doc-text";
import { NODE } from "@/lib/speech-doc/types";

/** The position of the paragraph with this provenance at `pos` or, after edits moved it, the nearest one. */
function findParagraph(doc: PMNode, pos: number, stale: StaleParagraph): number | null {
  const key = freshnessKey(stale);
  const isIt = (n: PMNode | null | undefined) => {
    const ref = n?.type.name === NODE.paragraph ? provenanceOf(n.attrs) : null;
    return !!ref && freshnessKey(ref) === key;
  };
  if (isIt(doc.nodeAt(pos))) return pos;
  let nearest: number | null = null;
  doc.forEach((n, p) => {
    if (isIt(n) && (nearest === null || Math.abs(p - pos) < Math.abs(nearest - pos))) nearest = p;
  });
  return nearest;
}

/** 采用新说法 as a transaction, or null when the paragraph is no longer in the speech. */
export function takeNewWording(state: EditorState, pos: number, stale: StaleParagraph): Transaction | null {
  const at = findParagraph(state.doc, pos, stale);
  if (at === null) return null;
  const node = state.doc.nodeAt(at)!;
  const tr = state.tr.replaceWith(at + 1, at + node.nodeSize - 1, stale.text ? state.schema.text(stale.text) : []);
  tr.setNodeMarkup(at, undefined, {
    ...node.attrs,
    blockVersion: stale.currentVersion,
    sourceHash: textHash(stale.text),
  });
  return tr.setSelection(TextSelection.create(tr.doc, at + 1 + stale.text.length));
}

/** 保留原文 as a transaction, or null when the paragraph is no longer in the speech. */
export function keepOwnWording(state: EditorState, pos: number, stale: StaleParagraph): Transaction | null {
  const at = findParagraph(state.doc, pos, stale);
  if (at === null) return null;
  const node = state.doc.nodeAt(at)!;
  return state.tr.setNodeMarkup(at, undefined, { ...node.attrs, blockVersion: stale.currentVersion });
}

/** Runs one of the above in the editor; false when the paragraph is gone. */
export function applyWordingChoice(editor: Editor, tr: Transaction | null): boolean {
  if (!tr) return false;
  editor.view.dispatch(tr.scrollIntoView());
  editor.view.focus();
  return true;
}
