// 素材库已更新 in the editor: the mark appears for a paragraph behind its block, 采用新说法 takes the library's
// wording and records the new version (one undo step takes it back), 保留原文 records the version only.
import { getSchema } from "@tiptap/core";
import { history, undo } from "@tiptap/pm/history";
import { EditorState } from "@tiptap/pm/state";
import { describe, expect, it } from "vitest";
import { speechExtensions } from "@/components/composer/extensions";
import { speechDecorationsKey, speechDecorationsPlugin } from "@/components/composer/extensions/speech-decorations";
import { keepOwnWording, takeNewWording } from "@/components/composer/fresh-wording";
import { freshnessKey, type StaleParagraph } from "@/lib/speech-doc/block-freshness";
import { textHash } from "@/lib/speech-doc/doc-text";

const schema = getSchema(speechExtensions({ onDropBlock: () => undefined }));
const OLD = "要坚持人民至上、生命至上，把安全生产摆在更加突出的位置。";
const NEW = "要始终坚持人民至上、生命至上，把安全生产摆在更加突出的位置。";
const t = (s: string) => [{ type: "text", text: s }];

function start(paragraphText: string) {
  const doc = schema.nodeFromJSON({
    type: "doc",
    content: [
      { type: "speechTitle", content: t("讲话") },
      { type: "speakerLine" },
      { type: "paragraph", content: t("自己写的一段。") },
      {
        type: "paragraph",
        attrs: { blockId: "b1", blockVersion: 1, sourceHash: textHash(OLD) },
        content: t(paragraphText),
      },
    ],
  });
  const state = EditorState.create({ doc, plugins: [history(), speechDecorationsPlugin()] });
  const pos = doc.content.size - doc.lastChild!.nodeSize;
  const stale: StaleParagraph = {
    blockId: "b1",
    version: 1,
    hash: textHash(OLD),
    currentVersion: 3,
    text: NEW,
    insertedText: OLD,
  };
  const marked = state.apply(state.tr.setMeta(speechDecorationsKey, { staleKeys: new Set([freshnessKey(stale)]) }));
  return { state: marked, pos, stale };
}

/** The attributes the decorations give the last paragraph. */
function markOf(state: EditorState): Record<string, string> {
  const pos = state.doc.content.size - state.doc.lastChild!.nodeSize;
  const found = speechDecorationsKey.getState(state)!.decorations.find(pos, pos + state.doc.lastChild!.nodeSize);
  return Object.assign(
    {},
    ...found.map((d) => (d as unknown as { type: { attrs: Record<string, string> } }).type.attrs),
  );
}

describe("素材库已更新 in the editor", () => {
  it("marks the paragraph behind its block, with a title that says so", () => {
    const { state } = start(OLD);
    expect(markOf(state)).toMatchObject({ "data-fresh": "behind", "data-source": "same" });
    expect(markOf(state).title).toContain("素材库已更新");
  });

  it("采用新说法 takes the library's wording and version, the mark goes, and one undo brings the clerk's text back", () => {
    const { state, pos, stale } = start(`${OLD}我加的一句。`);
    expect(markOf(state).title).toContain("插入后已修改");
    const next = state.apply(takeNewWording(state, pos, stale)!);
    const para = next.doc.lastChild!;
    expect(para.textContent).toBe(NEW);
    expect(para.attrs).toEqual({ blockId: "b1", blockVersion: 3, sourceHash: textHash(NEW) });
    expect(next.doc.child(2).textContent).toBe("自己写的一段。");
    expect(markOf(next)).toEqual(expect.objectContaining({ "data-source": "same" }));
    expect(markOf(next)["data-fresh"]).toBeUndefined();

    let undone = next;
    expect(undo(next, (tr) => (undone = next.apply(tr)))).toBe(true);
    expect(undone.doc.lastChild!.textContent).toBe(`${OLD}我加的一句。`);
    expect(undone.doc.lastChild!.attrs.blockVersion).toBe(1);
    expect(markOf(undone)["data-fresh"]).toBe("behind");
  });

  it("保留原文 keeps the text and its hash, records the version, and the mark goes", () => {
    const { state, pos, stale } = start(OLD);
    const next = state.apply(keepOwnWording(state, pos, stale)!);
    expect(next.doc.lastChild!.textContent).toBe(OLD);
    expect(next.doc.lastChild!.attrs).toEqual({ blockId: "b1", blockVersion: 3, sourceHash: textHash(OLD) });
    expect(markOf(next)["data-fresh"]).toBeUndefined();
  });

  it("finds the paragraph after edits moved it, and answers null once it is gone", () => {
    const { state, pos, stale } = start(OLD);
    const moved = state.apply(state.tr.insertText("多写几个字", 5));
    expect(takeNewWording(moved, pos, stale)).not.toBeNull();
    const gone = state.apply(state.tr.delete(pos, state.doc.content.size));
    expect(keepOwnWording(gone, pos, stale)).toBeNull();
  });
});
