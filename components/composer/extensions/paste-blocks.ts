// Where a paste of several blocks goes, and the cursor right after the pasted text, as in Word. Left to
// ProseMirror, a paste that ends at a block boundary puts the cursor at the start of the next block (often the
// next heading), so the clerk's next keystrokes, or next paste, land in that heading.
import { Fragment, Slice, type Node as PMNode, type ResolvedPos } from "@tiptap/pm/model";
import { Selection, TextSelection, type EditorState, type Transaction } from "@tiptap/pm/state";
import { NODE } from "@/lib/speech-doc/types";

const sizeOf = (nodes: readonly PMNode[]) => nodes.reduce((sum, n) => sum + n.nodeSize, 0);

/** Inserts the blocks at a block boundary and puts the cursor at the end of the last one's text. */
function insertBlocksAt(tr: Transaction, at: number, nodes: readonly PMNode[]): Transaction {
  tr.insert(at, nodes);
  return tr.setSelection(TextSelection.create(tr.doc, at + sizeOf(nodes) - 1));
}

/**
 * A heading is one line, and a paste must neither add a section nor renumber the ones after it. So every
 * pasted line after the first becomes a body paragraph right below the heading (where its section's text
 * begins), and a pasted heading loses its level. The first line joins the heading at the cursor: the clerk put
 * the cursor inside the heading's wording, and the heading's own text before and after the cursor stays as it
 * is. Joining every line into the heading instead would turn pasted body text into a heading a page long. At
 * the end of a non-empty heading the whole paste starts the body instead, as Enter there does: several lines
 * pasted after a heading are its section's text, not more of its wording (one line goes in as text, like
 * typing). So does a paste that starts with a library paragraph, which stays whole to keep its source.
 */
function pasteIntoHeading(tr: Transaction, $at: ResolvedPos, nodes: readonly PMNode[]): Transaction {
  const paragraph = tr.doc.type.schema.nodes[NODE.paragraph];
  const asBody = (n: PMNode) => (n.type === paragraph ? n : paragraph.create(null, n.content));
  const heading = $at.parent;
  const [first, ...rest] = nodes;
  const atEnd = heading.content.size > 0 && $at.parentOffset === heading.content.size;
  if (atEnd || first.attrs.blockId) return insertBlocksAt(tr, $at.after(), nodes.map(asBody));
  tr.insert($at.pos, first.content);
  const end = $at.pos + first.content.size;
  if (rest.length === 0) return tr.setSelection(TextSelection.create(tr.doc, end));
  return insertBlocksAt(tr, tr.doc.resolve(end).after(), rest.map(asBody));
}

/** Places the blocks at the cursor in a paragraph, heading or salutation; null anywhere else. */
function pasteAtCursor(tr: Transaction, nodes: readonly PMNode[]): Transaction | null {
  const $at = tr.selection.$from;
  const parent = $at.parent;
  if ($at.depth !== 1 || !tr.selection.empty) return null;
  const type = parent.type.name;
  if (type === NODE.heading) return pasteIntoHeading(tr, $at, nodes);
  if (type === NODE.salutation) return insertBlocksAt(tr, $at.after(), nodes);
  if (type !== NODE.paragraph) return null;
  if (parent.content.size === 0) {
    tr.replaceWith($at.before(), $at.after(), nodes);
    return tr.setSelection(TextSelection.create(tr.doc, $at.before() + sizeOf(nodes) - 1));
  }
  if ($at.parentOffset === parent.content.size) return insertBlocksAt(tr, $at.after(), nodes);
  if ($at.parentOffset === 0) return insertBlocksAt(tr, $at.before(), nodes);
  tr.split($at.pos);
  return insertBlocksAt(tr, $at.pos + 1, nodes);
}

/**
 * The transaction that pastes whole blocks (headings and paragraphs, at least one) over the selection, with the
 * cursor at the end of the pasted text. In a paragraph they go in as whole paragraphs: they replace an empty
 * one, go after the paragraph at its end, before it at its start, and in its middle split it. After the
 * salutation, which stays one line. In a heading, see pasteIntoHeading.
 */
export function pasteBlocksTr(state: EditorState, nodes: readonly PMNode[]): Transaction {
  if (state.selection instanceof TextSelection) {
    const placed = pasteAtCursor(state.tr.deleteSelection(), nodes);
    if (placed) return placed;
  }
  // Anywhere else (the whole document selected, say): ProseMirror places the blocks, and the cursor goes to
  // the end of the text before the end of the inserted range, not into the block after it.
  const tr = state.tr.replaceSelection(new Slice(Fragment.from(nodes), 0, 0));
  let end = tr.selection.from;
  if (tr.steps.length > 0) tr.steps[tr.steps.length - 1].getMap().forEach((_f, _t, _s, newEnd) => (end = newEnd));
  return tr.setSelection(Selection.near(tr.doc.resolve(end), -1));
}
