import { describe, expect, it } from "vitest";
import { bodyChars, countChars, textHash, usedBlockIds } from "./doc-text";
import type { SpeechDoc } from "./types";

const p = (text: string, blockId: string | null = null) => ({
  type: "paragraph" as const,
  attrs: { blockId, blockVersion: blockId ? 1 : null, sourceHash: null },
  content: text ? [{ type: "text" as const, text }] : undefined,
});

const doc: SpeechDoc = {
  type: "doc",
  content: [
    { type: "speechTitle", content: [{ type: "text", text: "在全县安全生产工作会议上的讲话" }] },
    { type: "speakerLine", content: [{ type: "text", text: "县长 张三" }] },
    { type: "salutation", content: [{ type: "text", text: "同志们：" }] },
    p("今天召开会议。", "b1"),
    { type: "heading", attrs: { level: 1 }, content: [{ type: "text", text: "认清形势" }] },
    p("要 深入 排查。", "b2"),
    p("今天召开会议。", "b1"),
    p(""),
    p("自己写的一段。"),
  ],
};

describe("usedBlockIds (what a save records as BlockUsage)", () => {
  it("lists each library block once, in order of first use, and ignores typed paragraphs", () => {
    expect(usedBlockIds(doc)).toEqual(["b1", "b2"]);
  });
  it("forgets a block once its last paragraph is gone", () => {
    const without = { ...doc, content: doc.content.filter((n) => n.type !== "paragraph" || n.attrs?.blockId !== "b1") };
    expect(usedBlockIds(without)).toEqual(["b2"]);
  });
  it("is empty for a speech without library paragraphs", () => {
    expect(usedBlockIds({ type: "doc", content: [p("只有自己写的。")] })).toEqual([]);
  });
});

describe("character counts", () => {
  it("counts every character but whitespace, a surrogate pair once", () => {
    expect(countChars("要 深入\n排查。")).toBe(6);
    expect(countChars("𠮷野家")).toBe(3);
  });
  it("counts the body (salutation, headings, paragraphs), not the title or speaker line", () => {
    expect(bodyChars(doc)).toBe(4 + 7 + 4 + 6 + 7 + 7);
  });
});

describe("textHash", () => {
  it("is stable and tells a changed paragraph from the inserted one", () => {
    expect(textHash("今天召开会议。")).toBe(textHash("今天召开会议。"));
    expect(textHash("今天召开会议。")).not.toBe(textHash("今天召开会议！"));
    expect(textHash("")).toMatch(/^[0-9a-f]{8}$/);
  });
});
