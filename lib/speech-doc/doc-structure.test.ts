import { describe, expect, it } from "vitest";
import { hasSpeechStructure, withSpeechStructure } from "./doc-structure";
import { EMPTY_DOC, type SpeechDoc } from "./types";

const text = (t: string) => [{ type: "text" as const, text: t }];

describe("speech structure", () => {
  it("accepts the editor's order", () => {
    expect(hasSpeechStructure(EMPTY_DOC)).toBe(true);
    expect(
      hasSpeechStructure({
        type: "doc",
        content: [{ type: "speechTitle" }, { type: "speakerLine" }, { type: "heading", attrs: { level: 1 } }],
      }),
    ).toBe(true);
  });
  it("refuses an empty document, a missing title, two titles, or no body", () => {
    expect(hasSpeechStructure({ type: "doc", content: [] })).toBe(false);
    expect(hasSpeechStructure({ type: "doc", content: [{ type: "speakerLine" }, { type: "paragraph" }] })).toBe(false);
    expect(
      hasSpeechStructure({
        type: "doc",
        content: [{ type: "speechTitle" }, { type: "speakerLine" }, { type: "speechTitle" }, { type: "paragraph" }],
      }),
    ).toBe(false);
    expect(hasSpeechStructure({ type: "doc", content: [{ type: "speechTitle" }, { type: "speakerLine" }] })).toBe(
      false,
    );
  });
  it("puts a broken document back into shape without losing text", () => {
    const broken: SpeechDoc = {
      type: "doc",
      content: [
        { type: "paragraph", content: text("正文一") },
        { type: "speechTitle", content: text("标题") },
        { type: "speechTitle", content: text("第二个标题") },
      ],
    };
    const fixed = withSpeechStructure(broken, "讲话");
    expect(hasSpeechStructure(fixed)).toBe(true);
    expect(fixed.content.map((n) => n.type)).toEqual(["speechTitle", "speakerLine", "paragraph", "paragraph"]);
    expect(JSON.stringify(fixed)).toContain("第二个标题");
    expect(withSpeechStructure({ content: [] }, "在会议上的讲话").content[0]).toEqual({
      type: "speechTitle",
      content: text("在会议上的讲话"),
    });
    expect(withSpeechStructure(null, "").content).toHaveLength(3);
  });
});
