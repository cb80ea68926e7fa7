// Library blocks entering the speech: by the panel's insert (key or button) and by drag and drop. A block that
// begins with 一、 or （一） arrives without its old number; a paragraph keeps its source block id, version and
// a hash of the text as inserted (its provenance).
import { Extension, type Editor } from "@tiptap/core";
import type { Node as PMNode, Schema } from "@tiptap/pm/model";
import { Plugin, TextSelection, type EditorState } from "@tiptap/pm/state";
import type { EditorView } from "@tiptap/pm/view";
import { insertedWording } from "@/lib/speech-doc/block-freshness";
import { textHash } from "@/lib/speech-doc/doc-text";
import { stripOutlineNumber } from "@/lib/speech-doc/strip-number";
import { NODE } from "@/lib/speech-doc/types";

export const BLOCK_DRAG_TYPE = "application/x-jianggao-block";

/** What the panel hands over: enough of a search hit to build the node and check for reuse. */
export type TransferBlock = {
  id: string;
  version: number;
  text: string;
  kind: "HEADING" | "PARAGRAPH";
  level: number | null;
};

export function blockNode(schema: Schema, block: TransferBlock): PMNode {
  const stripped = stripOutlineNumber(block.text.trim());
  const text = insertedWording(block.text);
  if (block.kind === "HEADING") {
    const level = Math.min(3, Math.max(1, block.level ?? stripped.level ?? 1));
    return schema.nodes[NODE.heading].create({ level }, text ? schema.text(text) : null);
  }
  return schema.nodes[NODE.paragraph].create(
    { blockId: block.id, blockVersion: block.version, sourceHash: textHash(text) },
    text ? schema.text(text) : null,
  );
}

/** Where "insert at the cursor" puts a block: in place of an empty paragraph, else after the cursor's node,
 * never before the salutation. Returns a top-level position and whether the node there is replaced. */
export function insertionPoint(state: EditorState, near?: number): { pos: number; replace: boolean } {
  const doc = state.doc;
  const at = Math.min(near ?? state.selection.from, doc.content.size);
  const $pos = doc.resolve(at);
  let index = $pos.depth === 0 ? Math.max(0, $pos.index(0) - 1) : $pos.index(0);
  let node = doc.child(index);
  const head = new Set<string>([NODE.title, NODE.byline, NODE.salutation]);
  while (head.has(node.type.name) && index + 1 < doc.childCount && head.has(doc.child(index + 1).type.name)) {
    index += 1;
    node = doc.child(index);
  }
  let pos = 0;
  for (let i = 0; i < index; i++) pos += doc.child(i).nodeSize;
  const replace = node.type.name === NODE.paragraph && node.content.size === 0;
  return { pos: replace ? pos : pos + node.nodeSize, replace };
}

/** The top-level boundary a drop at (x, y) means: before the node under the pointer when in its upper half,
 * else after it; never above the title, speaker line or salutation. */
export function dropBoundary(view: EditorView, x: number, y: number): { pos: number; replace: boolean } {
  const doc = view.state.doc;
  const hit = view.posAtCoords({ left: x, top: y });
  if (!hit) return { pos: doc.content.size, replace: false };
  const $pos = doc.resolve(hit.pos);
  const index = $pos.depth === 0 ? Math.min($pos.index(0), doc.childCount - 1) : $pos.index(0);
  let start = 0;
  for (let i = 0; i < index; i++) start += doc.child(i).nodeSize;
  const node = doc.child(index);
  const dom = view.nodeDOM(start) as HTMLElement | null;
  const rect = dom?.getBoundingClientRect?.();
  const before = rect ? y < rect.top + rect.height / 2 : false;
  if (node.type.name === NODE.paragraph && node.content.size === 0) return { pos: start, replace: true };
  const head = new Set<string>([NODE.title, NODE.byline, NODE.salutation]);
  if (head.has(node.type.name)) return insertionPoint(view.state, start + 1);
  return { pos: before ? start : start + node.nodeSize, replace: false };
}

/** Whether a boundary computed earlier (before a reuse check or dialog) still fits the document as it is now. */
function stillValid(state: EditorState, at: { pos: number; replace: boolean }): boolean {
  if (at.pos < 0 || at.pos > state.doc.content.size || state.doc.resolve(at.pos).depth !== 0) return false;
  if (!at.replace) return at.pos > 0;
  const node = state.doc.nodeAt(at.pos);
  return !!node && node.type.name === NODE.paragraph && node.content.size === 0;
}

/** Inserts a block at the cursor (or at a given boundary); returns the position where it starts. */
export function insertBlock(editor: Editor, block: TransferBlock, at?: { pos: number; replace: boolean }): number {
  const { state, view } = editor;
  const node = blockNode(state.schema, block);
  const { pos, replace } = at && stillValid(state, at) ? at : insertionPoint(state, at?.pos);
  const tr = state.tr;
  if (replace) tr.replaceWith(pos, pos + state.doc.nodeAt(pos)!.nodeSize, node);
  else tr.insert(pos, node);
  tr.setSelection(TextSelection.create(tr.doc, pos + node.nodeSize - 1)).scrollIntoView();
  view.dispatch(tr);
  view.focus();
  return pos;
}

export function readDraggedBlock(data: DataTransfer | null): TransferBlock | null {
  const raw = data?.getData(BLOCK_DRAG_TYPE);
  if (!raw) return null;
  try {
    const b = JSON.parse(raw) as TransferBlock;
    return typeof b.id === "string" && typeof b.text === "string" ? b : null;
  } catch {
    return null;
  }
}

export type BlockTransferOptions = {
  /** A block was dropped; the composer checks for reuse, then inserts at the boundary. */
  onDropBlock: (block: TransferBlock, at: { pos: number; replace: boolean }) => void;
};

export const BlockTransfer = Extension.create<BlockTransferOptions>({
  name: "blockTransfer",
  addOptions: () => ({ onDropBlock: () => undefined }),
  addProseMirrorPlugins() {
    const options = this.options;
    return [
      new Plugin({
        props: {
          // handleDrop (not a DOM drop listener with preventDefault, which leaves the drop cursor behind).
          handleDrop: (view, event) => {
            const block = readDraggedBlock(event.dataTransfer);
            if (!block) return false;
            event.preventDefault();
            options.onDropBlock(block, dropBoundary(view, event.clientX, event.clientY));
            return true;
          },
        },
      }),
    ];
  },
});

/** Replaces the paragraph of block `fromBlockId` at (or, after edits, nearest to) `pos` with another block's text
 * (换一种说法), keeping its place in the speech. False when that paragraph is gone. */
export function swapParagraph(editor: Editor, pos: number, fromBlockId: string, block: TransferBlock): boolean {
  const { state, view } = editor;
  const isIt = (n: PMNode | null | undefined) => n?.type.name === NODE.paragraph && n.attrs.blockId === fromBlockId;
  if (!isIt(state.doc.nodeAt(pos))) {
    let nearest: number | null = null;
    state.doc.forEach((n, p) => {
      if (isIt(n) && (nearest === null || Math.abs(p - pos) < Math.abs(nearest - pos))) nearest = p;
    });
    if (nearest === null) return false;
    pos = nearest;
  }
  const old = state.doc.nodeAt(pos)!;
  const node = blockNode(state.schema, { ...block, kind: "PARAGRAPH" });
  const tr = state.tr.replaceWith(pos, pos + old.nodeSize, node);
  tr.setSelection(TextSelection.create(tr.doc, pos + node.nodeSize - 1)).scrollIntoView();
  view.dispatch(tr);
  return true;
}
