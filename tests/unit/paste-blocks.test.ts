// Pasting several blocks: where they go, and the cursor right after the pasted text (not in the next heading).
import { getSchema } from "@tiptap/core";
import { AllSelection, EditorState, TextSelection } from "@tiptap/pm/state";
import { describe, expect, it } from "vitest";
import { speechExtensions } from "@/components/composer/extensions";
import { pasteBlocksTr } from "@/components/composer/extensions/paste-blocks";
import { headingNumbers } from "@/lib/speech-doc/numbering";

const schema = getSchema(speechExtensions({ onDropBlock: () => undefined }));
const t = (s: string) => (s ? [{ type: "text", text: s }] : []);
const h = (level: number, s: string) => ({ type: "heading", attrs: { level }, content: t(s) });
const p = (s: string, blockId: string | null = null) => ({ type: "paragraph", attrs: { blockId }, content: t(s) });
const nodes = (...json: object[]) => json.map((j) => schema.nodeFromJSON(j));

/** The 三点意见 outline with a paragraph under 一、 and 二、; `|` marks the cursor, `[…]` a selection. */
function state(marked: string[]) {
  const doc = schema.nodeFromJSON({
    type: "doc",
    content: [
      { type: "speechTitle", content: t("讲话") },
      { type: "speakerLine" },
      { type: "salutation", content: t("同志们：") },
      ...marked.map((s) => {
        const text = s.replace(/[|[\]]/g, "");
        return s.startsWith("#") ? h(1, text.slice(1)) : p(text);
      }),
    ],
  });
  let from = -1;
  let to = -1;
  doc.forEach((_n, pos, i) => {
    if (i < 3) return;
    let offset = pos + 1;
    for (const ch of marked[i - 3].replace(/^#/, "")) {
      if (ch === "|" || ch === "[") from = offset;
      if (ch === "|" || ch === "]") to = offset;
      if (!"|[]".includes(ch)) offset++;
    }
  });
  if (from < 0) return EditorState.create({ doc });
  return EditorState.create({ doc, selection: TextSelection.create(doc, from, to) });
}

/** The body as "number+text" for headings and text for paragraphs, `|` where the cursor is. */
function show(s: EditorState) {
  const out: string[] = [];
  const levels: number[] = [];
  s.doc.forEach((n) => {
    if (n.type.name === "heading") levels.push(n.attrs.level);
  });
  const numbers = headingNumbers(levels as (1 | 2 | 3)[]);
  let k = 0;
  s.doc.forEach((n, pos, i) => {
    if (i < 3) return;
    let text = n.textContent;
    const { from } = s.selection;
    if (from > pos && from < pos + n.nodeSize) text = text.slice(0, from - pos - 1) + "|" + text.slice(from - pos - 1);
    out.push(n.type.name === "heading" ? numbers[k++] + text : text);
  });
  return out;
}

const paste = (marked: string[], ...json: object[]) => {
  const s = state(marked);
  return show(s.apply(pasteBlocksTr(s, nodes(...json))));
};

describe("pasteBlocksTr", () => {
  it("at the end of a paragraph: after it, the cursor after the last pasted text, not in the next heading", () => {
    expect(paste(["#形势", "第一段|", "#任务", ""], p("甲"), p("乙"))).toEqual([
      "一、形势",
      "第一段",
      "甲",
      "乙|",
      "二、任务",
      "",
    ]);
  });
  it("into an empty paragraph, in the middle and at the start of one", () => {
    expect(paste(["#形势", "|", "#任务"], p("甲"), h(1, "乙"))).toEqual(["一、形势", "甲", "二、乙|", "三、任务"]);
    expect(paste(["#形势", "前半|后半"], p("甲"), p("乙"))).toEqual(["一、形势", "前半", "甲", "乙|", "后半"]);
    expect(paste(["#形势", "|原文"], p("甲"), p("乙"))).toEqual(["一、形势", "甲", "乙|", "原文"]);
  });
  it("over a selection across paragraphs", () => {
    expect(paste(["#形势", "前[半", "后]半"], p("甲"), p("乙"))).toEqual(["一、形势", "前", "甲", "乙|", "半"]);
  });
  it("inside a heading: the first line at the cursor, the rest below it as body, no new section", () => {
    expect(paste(["#全力抓好|隐患排查", "", "#责任"], p("甲"), h(1, "乙"), h(2, "丙"))).toEqual([
      "一、全力抓好甲隐患排查",
      "乙",
      "丙|",
      "",
      "二、责任",
    ]);
    expect(paste(["#|隐患排查", ""], p("甲"), p("乙"))).toEqual(["一、甲隐患排查", "乙|", ""]);
    expect(paste(["#|", ""], h(1, "甲"), p("乙"))).toEqual(["一、甲", "乙|", ""]);
  });
  it("at the end of a heading, or starting with a library paragraph: all of it below the heading", () => {
    expect(paste(["#隐患排查|", "原文"], h(1, "甲"), p("乙"))).toEqual(["一、隐患排查", "甲", "乙|", "原文"]);
    const s = state(["#隐患|排查", "原文"]);
    const after = s.apply(pasteBlocksTr(s, nodes(p("甲", "blk1"), p("乙"))));
    expect(show(after)).toEqual(["一、隐患排查", "甲", "乙|", "原文"]);
    expect(after.doc.child(4).attrs.blockId).toBe("blk1");
  });
  it("at the salutation: after it, the salutation stays one line", () => {
    const s = state(["#形势"]);
    const at = s.apply(
      s.tr.setSelection(TextSelection.create(s.doc, s.doc.child(0).nodeSize + s.doc.child(1).nodeSize + 2)),
    );
    const after = at.apply(pasteBlocksTr(at, nodes(p("甲"), p("乙"))));
    expect(after.doc.child(2).textContent).toBe("同志们：");
    expect(show(after)).toEqual(["甲", "乙|", "一、形势"]);
  });
  it("over the whole document: a valid speech, the cursor in the pasted text", () => {
    const s = state(["#形势", "正文|"]);
    const all = s.apply(s.tr.setSelection(new AllSelection(s.doc)));
    const after = all.apply(pasteBlocksTr(all, nodes(p("甲"), p("乙"))));
    after.doc.check();
    expect(after.doc.textBetween(after.selection.from - 1, after.selection.from)).toBe("乙");
  });
});
