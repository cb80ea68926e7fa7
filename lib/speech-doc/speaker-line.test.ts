import { describe, expect, it } from "vitest";
import { bylineNode, paragraphNode, testDoc, titleNode } from "../testing/speech-docs";
import { docWithSpeaker, lineWithSpeaker, reconcileSpeaker, speakerKey, speakerOfLine } from "./speaker-line";

describe("the speaker line", () => {
  it("names the speaker: one line, spaces collapsed, a trailing date left out", () => {
    expect(speakerOfLine(" 县长　 张三 ")).toBe("县长 张三");
    expect(speakerOfLine("县长 张三（2024年3月）")).toBe("县长 张三");
    expect(speakerOfLine("2024年3月1日")).toBeNull();
    expect(speakerOfLine("")).toBeNull();
  });

  it("shows a new speaker and keeps the date after it; a cleared speaker leaves the date alone", () => {
    expect(lineWithSpeaker("县长 张三（2024年3月）", "县委书记 李四")).toBe("县委书记 李四（2024年3月）");
    expect(lineWithSpeaker("县长 张三", null)).toBe("");
    expect(lineWithSpeaker("县长 张三（2024年3月）", null)).toBe("（2024年3月）");
  });

  it("compares speakers without half- or full-width whitespace", () => {
    expect(speakerKey("县长　张三")).toBe(speakerKey("县长 张三"));
    expect(speakerKey("县长\u00a0张三 ")).toBe("县长张三");
  });

  it("rewrites the line of a document only when it names someone else", () => {
    const doc = testDoc(titleNode("讲话"), bylineNode("县长 张三"), paragraphNode("正文。"));
    expect(docWithSpeaker(doc, "县长  张三")).toBe(doc);
    expect(docWithSpeaker(doc, "县委书记 李四").content[1]).toEqual(bylineNode("县委书记 李四"));
    expect(docWithSpeaker(doc, null).content[1]).toEqual({ type: "speakerLine" });
    // A set field wins over the line; without one, the line's speaker is the value.
    expect(reconcileSpeaker(doc, "副县长 王五").speaker).toBe("副县长 王五");
    expect(reconcileSpeaker(doc, null)).toEqual({ doc, speaker: "县长 张三" });
  });
});
