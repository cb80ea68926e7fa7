import { describe, expect, it } from "vitest";
import { pastedNodes, pastedPlainText } from "./paste";
import { speechPlainText } from "./plain-text";
import { DEFAULT_SETTINGS, type HeadingLevel, type SpeechDoc, type SpeechNode, type TextNode } from "./types";

const t = (text: string): TextNode[] | undefined => (text ? [{ type: "text", text }] : undefined);
const h = (level: HeadingLevel, text: string): SpeechNode => ({ type: "heading", attrs: { level }, content: t(text) });
const p = (text: string): SpeechNode => ({ type: "paragraph", content: t(text) });

const SPEECH: SpeechDoc = {
  type: "doc",
  content: [
    { type: "speechTitle", content: t("在全县安全生产工作会议上的讲话") },
    { type: "speakerLine", content: t("县长 张三（2025年3月15日）") },
    { type: "salutation", content: t("同志们：") },
    p("今天召开会议。"),
    h(1, "提高认识"),
    h(2, "看清形势"),
    p("形势严峻。"),
    h(3, "事故总量"),
    p("下降。"),
    h(2, "找准问题"),
    h(1, "压实责任"),
    p("谢谢大家！"),
  ],
};

describe("speechPlainText", () => {
  it("writes the head, numbered headings and paragraphs, one per line", () => {
    expect(speechPlainText(SPEECH, DEFAULT_SETTINGS)).toBe(
      [
        "在全县安全生产工作会议上的讲话",
        "县长 张三（2025年3月15日）",
        "同志们：",
        "今天召开会议。",
        "一、提高认识",
        "（一）看清形势",
        "形势严峻。",
        "1.事故总量",
        "下降。",
        "（二）找准问题",
        "二、压实责任",
        "谢谢大家！",
      ].join("\n"),
    );
  });

  it("uses the speech's numbering styles", () => {
    const text = speechPlainText(SPEECH, { numbering: ["di-cn", "arabic-dot", "arabic-paren"] });
    expect(text.split("\n").filter((l) => /^(第|\d|（)/.test(l))).toEqual([
      "第一，提高认识",
      "1.看清形势",
      "（1）事故总量",
      "2.找准问题",
      "第二，压实责任",
    ]);
  });

  it("leaves out empty nodes; an empty heading still takes its number", () => {
    const doc: SpeechDoc = {
      type: "doc",
      content: [
        { type: "speechTitle" },
        { type: "speakerLine" },
        p(""),
        h(1, ""),
        p("  "),
        h(1, "第二节"),
        p("正文。"),
      ],
    };
    expect(speechPlainText(doc)).toBe("二、第二节\n正文。");
  });

  it("joins the text runs of a node, marked or not, and keeps a node on one line", () => {
    const doc: SpeechDoc = {
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [
            { type: "text", text: "今年以来，" },
            { type: "text", text: "平安县", marks: [{ type: "variable", attrs: { name: "unit" } }] },
            { type: "text", text: "发生×起事故。\n 各单位要高度重视。" },
          ],
        },
      ],
    };
    expect(speechPlainText(doc)).toBe("今年以来，平安县发生×起事故。 各单位要高度重视。");
  });

  it("is empty for an empty speech", () => {
    expect(speechPlainText({ type: "doc", content: [] })).toBe("");
  });

  it("round-trips through paste: the copied text pastes back as the same headings and paragraphs", () => {
    const body = SPEECH.content.slice(3);
    const pasted = pastedNodes(pastedPlainText(speechPlainText({ type: "doc", content: body })));
    const shape = (nodes: SpeechNode[]) =>
      nodes.map((n) => [n.type, n.type === "heading" ? n.attrs.level : null, (n.content ?? [])[0]?.text]);
    expect(shape(pasted)).toEqual(shape(body));
  });
});
