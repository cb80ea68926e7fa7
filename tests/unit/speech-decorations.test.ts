// The composer's decorations are redrawn only where an edit touched the document: after any sequence of edits
// they must equal a full redraw (numbers, provenance marks, placeholders, the hints in empty nodes).
import { getSchema } from "@tiptap/core";
import { EditorState, TextSelection, type Transaction } from "@tiptap/pm/state";
import type { DecorationSet } from "@tiptap/pm/view";
import { describe, expect, it } from "vitest";
import { speechExtensions } from "@/components/composer/extensions";
import {
  computeAll,
  speechDecorationsKey,
  speechDecorationsPlugin,
} from "@/components/composer/extensions/speech-decorations";
import { allHints, emptyHintsKey, emptyHintsPlugin } from "@/components/composer/extensions/empty-hints";
import { seededRandom } from "@/lib/testing/seeded-random";

const schema = getSchema(speechExtensions({ onDropBlock: () => undefined }));

function startDoc() {
  const t = (s: string) => [{ type: "text", text: s }];
  const content = [
    { type: "speechTitle", content: t("在全县安全生产工作会议上的讲话") },
    { type: "speakerLine", content: t("县长 张三") },
    { type: "salutation", content: t("同志们：") },
  ];
  for (let i = 0; i < 12; i++) {
    content.push({ type: "heading", attrs: { level: (i % 3) + 1 }, content: t(`第${i}节标题`) } as never);
    content.push({
      type: "paragraph",
      attrs: { blockId: `b${i}`, blockVersion: 1, sourceHash: null },
      content: t(`××县第${i}段，20XX年X月要完成整治。`),
    } as never);
  }
  return schema.nodeFromJSON({ type: "doc", content });
}

/** Decorations as comparable strings: range, kind and attributes. */
function describe_(set: DecorationSet, doc: import("@tiptap/pm/model").Node) {
  return set
    .find(0, doc.content.size)
    .map((d) => `${d.from}-${d.to}:${JSON.stringify((d as unknown as { type: { attrs: unknown } }).type.attrs)}`)
    .sort();
}

function randomEdit(state: EditorState, rand: () => number): Transaction {
  const doc = state.doc;
  const index = 3 + Math.floor(rand() * (doc.childCount - 3));
  let pos = 0;
  for (let i = 0; i < index; i++) pos += doc.child(i).nodeSize;
  const node = doc.child(index);
  const inside = pos + 1 + Math.floor(rand() * (node.content.size + 1));
  const tr = state.tr;
  switch (Math.floor(rand() * 7)) {
    case 0:
      return tr.insertText(rand() < 0.5 ? "字" : "××", inside);
    case 1:
      return node.content.size > 1
        ? tr.delete(inside - (inside > pos + 1 ? 1 : 0), Math.min(inside + 1, pos + node.nodeSize - 1))
        : tr.insertText("X", inside);
    case 2:
      return tr.setSelection(TextSelection.create(doc, inside)).split(inside);
    case 3:
      return tr.setNodeMarkup(pos, schema.nodes.heading, { level: 1 + Math.floor(rand() * 3) });
    case 4:
      return index > 3 ? tr.join(pos) : tr.insertText("段", inside);
    case 5:
      // Empty the node (its hint appears), or fill an empty one.
      return node.content.size ? tr.delete(pos + 1, pos + node.nodeSize - 1) : tr.insertText("一段新话", pos + 1);
    default: {
      // Move the node elsewhere (a section moved from the outline): numbers must follow the new order.
      const moved = tr.delete(pos, pos + node.nodeSize);
      let target = 0;
      const to = 3 + Math.floor(rand() * (moved.doc.childCount - 3));
      for (let i = 0; i < to; i++) target += moved.doc.child(i).nodeSize;
      return moved.insert(target, node);
    }
  }
}

describe("speech decorations, redrawn incrementally", () => {
  it("equal a full redraw after 600 random edits", () => {
    const rand = seededRandom(20261130);
    const hints = { paragraph: "正文", heading: "标题" };
    let state = EditorState.create({
      doc: startDoc(),
      plugins: [speechDecorationsPlugin(), emptyHintsPlugin(hints)],
    });
    for (let step = 0; step < 600; step++) {
      let tr: Transaction;
      try {
        tr = randomEdit(state, rand);
      } catch {
        continue; // an edit the schema does not allow here
      }
      state = state.apply(tr);
      const incremental = speechDecorationsKey.getState(state)!;
      const full = computeAll(state.doc, incremental.context);
      expect(describe_(incremental.decorations, state.doc), `after step ${step}`).toEqual(
        describe_(full.decorations, state.doc),
      );
      expect(describe_(emptyHintsKey.getState(state)!, state.doc), `hints after step ${step}`).toEqual(
        describe_(allHints(state.doc, hints), state.doc),
      );
    }
  });
});
