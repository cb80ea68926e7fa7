// Moving whole sections in the editor: the section a heading opens, moves by step and to a boundary.
import { getSchema } from "@tiptap/core";
import { EditorState, TextSelection } from "@tiptap/pm/state";
import { describe, expect, it } from "vitest";
import { speechExtensions } from "@/components/composer/extensions";
import { moveSectionByStep, moveSectionTr, sectionRange } from "@/components/composer/extensions/section-moves";
import { headingNumbers } from "@/lib/speech-doc/numbering";

const schema = getSchema(speechExtensions({ onDropBlock: () => undefined }));
const t = (s: string) => [{ type: "text", text: s }];
const h = (level: number, s: string) => ({ type: "heading", attrs: { level }, content: t(s) });
const p = (s: string) => ({ type: "paragraph", content: t(s) });

function state() {
  const doc = schema.nodeFromJSON({
    type: "doc",
    content: [
      { type: "speechTitle", content: t("讲话") },
      { type: "speakerLine" },
      { type: "salutation", content: t("同志们：") },
      p("开场"),
      h(1, "形势"),
      p("甲"),
      h(2, "成绩"),
      p("乙"),
      h(1, "任务"),
      p("丙"),
      h(1, "责任"),
      p("丁"),
    ],
  });
  return EditorState.create({ doc });
}

const outline = (s: EditorState) => {
  const heads: { level: 1 | 2 | 3; text: string }[] = [];
  s.doc.forEach((n) => {
    if (n.type.name === "heading") heads.push({ level: n.attrs.level, text: n.textContent });
  });
  const numbers = headingNumbers(heads.map((x) => x.level));
  return heads.map((x, i) => numbers[i] + x.text);
};
const posOf = (s: EditorState, text: string) => {
  let at = -1;
  s.doc.forEach((n, pos) => {
    if (at < 0 && n.textContent === text) at = pos;
  });
  return at;
};

const posIndex = (s: EditorState, text: string) => s.doc.resolve(posOf(s, text)).index(0);

describe("section moves", () => {
  it("a section runs to the next heading of the same or a shallower level", () => {
    const s = state();
    const r = sectionRange(s.doc, posOf(s, "形势"))!;
    expect(s.doc.textBetween(r.from, r.to, "|")).toBe("形势|甲|成绩|乙");
    expect(sectionRange(s.doc, posOf(s, "甲"))).toBeNull();
  });
  it("moves a section with its subsections and paragraphs; numbers follow", () => {
    const s = state();
    const moved = s.apply(moveSectionTr(s, posOf(s, "责任"), posOf(s, "形势"))!);
    expect(outline(moved)).toEqual(["一、责任", "二、形势", "（一）成绩", "三、任务"]);
    expect(moved.doc.textBetween(0, moved.doc.content.size, "|")).toContain("责任|丁|形势|甲|成绩|乙|任务|丙");
    expect(moveSectionTr(s, posOf(s, "形势"), posOf(s, "成绩"))).toBeNull(); // into itself
    // The cursor was elsewhere (the title): it goes to the start of the moved heading.
    expect(moved.selection.$from.parent.textContent).toBe("责任");
    expect(moved.selection.$from.parentOffset).toBe(0);
  });
  it("keeps the cursor, or a selection, where it was in the moved text", () => {
    let s = state();
    s = s.apply(s.tr.setSelection(TextSelection.create(s.doc, posOf(s, "任务") + 2))); // 任|务
    s = s.apply(moveSectionByStep(s, 1)!);
    expect(outline(s)).toEqual(["一、形势", "（一）成绩", "二、责任", "三、任务"]);
    expect(s.selection.empty).toBe(true);
    expect(s.selection.$from.parent.textContent).toBe("任务");
    expect(s.selection.$from.parentOffset).toBe(1);
    s = s.apply(s.tr.setSelection(TextSelection.create(s.doc, posOf(s, "丙") + 1, posOf(s, "丙") + 2)));
    s = s.apply(moveSectionByStep(s, -1)!);
    s = s.apply(moveSectionByStep(s, -1)!);
    expect(outline(s)).toEqual(["一、任务", "二、形势", "（一）成绩", "三、责任"]);
    expect(s.doc.textBetween(s.selection.from, s.selection.to)).toBe("丙");
    expect(s.selection.$from.index(0)).toBe(posIndex(s, "丙"));
  });
  it("steps a section past its sibling, and not out of its parent", () => {
    let s = state();
    s = s.apply(s.tr.setSelection(TextSelection.create(s.doc, posOf(s, "任务") + 1)));
    s = s.apply(moveSectionByStep(s, -1)!);
    expect(outline(s)).toEqual(["一、任务", "二、形势", "（一）成绩", "三、责任"]);
    s = s.apply(s.tr.setSelection(TextSelection.create(s.doc, posOf(s, "成绩") + 1)));
    expect(moveSectionByStep(s, -1)).toBeNull();
    expect(moveSectionByStep(s, 1)).toBeNull();
  });
});
