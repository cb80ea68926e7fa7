import { describe, expect, it } from "vitest";
import { bodyChars } from "./doc-text";
import { moveSection, openingChars, outlineOf, sectionAt, sectionEnd } from "./outline";
import type { HeadingLevel, SpeechDoc, SpeechNode } from "./types";

const t = (text: string) => (text ? [{ type: "text" as const, text }] : undefined);
const h = (level: HeadingLevel, text: string): SpeechNode => ({ type: "heading", attrs: { level }, content: t(text) });
const p = (text: string): SpeechNode => ({ type: "paragraph", content: t(text) });
const doc = (...content: SpeechNode[]): SpeechDoc => ({ type: "doc", content });

/** The speech of the tests: head, opening, two level-1 sections with sub-sections. */
const SPEECH = doc(
  { type: "speechTitle", content: t("在全县安全生产会议上的讲话") }, // 0
  { type: "speakerLine", content: t("县长 张三") }, // 1
  { type: "salutation", content: t("同志们：") }, // 2 (4 chars)
  p("今天召开会议。"), // 3 (7)
  h(1, "提高认识"), // 4 (4)
  p("一二三四五"), // 5 (5)
  h(2, "看清形势"), // 6 (4)
  p("甲乙丙"), // 7 (3)
  h(2, "找准问题"), // 8 (4)
  p("子丑"), // 9 (2)
  h(1, "压实责任"), // 10 (4)
  h(2, "党政同责"), // 11 (4)
  p("寅卯辰巳"), // 12 (4)
  p("谢谢大家！"), // 13 (5)
);

const texts = (d: SpeechDoc) => d.content.map((n) => (n.content ?? []).map((x) => x.text).join(""));
const labels = (d: SpeechDoc) => outlineOf(d).map((e) => e.number + e.text);

describe("sectionEnd", () => {
  it("ends a section at the next heading of the same or a shallower level", () => {
    expect(sectionEnd(SPEECH, 4)).toBe(10);
    expect(sectionEnd(SPEECH, 6)).toBe(8);
    expect(sectionEnd(SPEECH, 8)).toBe(10);
    expect(sectionEnd(SPEECH, 10)).toBe(14);
    expect(sectionEnd(SPEECH, 11)).toBe(14);
  });

  it("treats a node that is not a heading as a section of its own", () => {
    expect(sectionEnd(SPEECH, 5)).toBe(6);
    expect(sectionEnd(SPEECH, 13)).toBe(14);
  });

  it("ends a level-3 section at a level-2 or level-1 heading, but not at another level-3's child", () => {
    const d = doc(h(1, "a"), h(3, "b"), p("x"), h(3, "c"), h(2, "d"), h(3, "e"), h(1, "f"));
    expect(sectionEnd(d, 1)).toBe(3);
    expect(sectionEnd(d, 3)).toBe(4);
    expect(sectionEnd(d, 4)).toBe(6);
    expect(sectionEnd(d, 0)).toBe(6);
  });

  it("refuses an index outside the document", () => {
    expect(() => sectionEnd(SPEECH, -1)).toThrow(RangeError);
    expect(() => sectionEnd(SPEECH, 14)).toThrow(RangeError);
  });
});

describe("outlineOf", () => {
  it("lists headings with numbers, own and section character counts", () => {
    expect(outlineOf(SPEECH)).toEqual([
      { index: 4, level: 1, number: "一、", text: "提高认识", ownChars: 9, sectionChars: 22 },
      { index: 6, level: 2, number: "（一）", text: "看清形势", ownChars: 7, sectionChars: 7 },
      { index: 8, level: 2, number: "（二）", text: "找准问题", ownChars: 6, sectionChars: 6 },
      { index: 10, level: 1, number: "二、", text: "压实责任", ownChars: 4, sectionChars: 17 },
      { index: 11, level: 2, number: "（一）", text: "党政同责", ownChars: 13, sectionChars: 13 },
    ]);
  });

  it("uses the speech's numbering styles", () => {
    expect(outlineOf(SPEECH, ["di-cn", "arabic-dot", "arabic-paren"]).map((e) => e.number)).toEqual([
      "第一，",
      "1.",
      "2.",
      "第二，",
      "1.",
    ]);
  });

  it("adds up: the opening plus the level-1 sections is the body's character count", () => {
    const top = outlineOf(SPEECH).filter((e) => e.level === 1);
    expect(openingChars(SPEECH) + top.reduce((n, e) => n + e.sectionChars, 0)).toBe(bodyChars(SPEECH));
    // Own counts partition everything after the first heading.
    const own = outlineOf(SPEECH).reduce((n, e) => n + e.ownChars, 0);
    expect(openingChars(SPEECH) + own).toBe(bodyChars(SPEECH));
  });

  it("counts characters without whitespace, and empty headings as zero", () => {
    const d = doc(h(1, ""), p("安 全\n生产"), h(1, "第二"));
    expect(outlineOf(d).map((e) => [e.text, e.ownChars, e.sectionChars])).toEqual([
      ["", 4, 4],
      ["第二", 2, 2],
    ]);
  });

  it("is empty for a speech without headings", () => {
    expect(outlineOf(doc(p("只有开场。")))).toEqual([]);
    expect(outlineOf(doc())).toEqual([]);
  });
});

describe("openingChars", () => {
  it("counts the salutation and paragraphs before the first heading, not the title or speaker line", () => {
    expect(openingChars(SPEECH)).toBe(11);
    expect(openingChars(doc(h(1, "标题"), p("正文")))).toBe(0);
    expect(openingChars(doc(p("全是开场。")))).toBe(5);
  });
});

describe("moveSection", () => {
  it("moves the second section above the first, with its sub-sections, and the numbers follow", () => {
    const moved = moveSection(SPEECH, 10, 4);
    expect(labels(moved)).toEqual([
      "一、压实责任",
      "（一）党政同责",
      "二、提高认识",
      "（一）看清形势",
      "（二）找准问题",
    ]);
    expect(texts(moved).slice(4)).toEqual([
      "压实责任",
      "党政同责",
      "寅卯辰巳",
      "谢谢大家！",
      "提高认识",
      "一二三四五",
      "看清形势",
      "甲乙丙",
      "找准问题",
      "子丑",
    ]);
  });

  it("moves a section to the end of the document", () => {
    const moved = moveSection(SPEECH, 4, SPEECH.content.length);
    expect(labels(moved)).toEqual([
      "一、压实责任",
      "（一）党政同责",
      "二、提高认识",
      "（一）看清形势",
      "（二）找准问题",
    ]);
    expect(texts(moved).at(-1)).toBe("子丑");
  });

  it("moves a sub-section within and across sections", () => {
    expect(labels(moveSection(SPEECH, 8, 6))).toEqual([
      "一、提高认识",
      "（一）找准问题",
      "（二）看清形势",
      "二、压实责任",
      "（一）党政同责",
    ]);
    // Before 党政同责: 找准问题 becomes the first sub-section of 压实责任.
    expect(labels(moveSection(SPEECH, 8, 11))).toEqual([
      "一、提高认识",
      "（一）看清形势",
      "二、压实责任",
      "（一）找准问题",
      "（二）党政同责",
    ]);
  });

  it("is a no-op when moved into itself or to where it is", () => {
    for (const to of [4, 5, 6, 8, 9, 10]) expect(moveSection(SPEECH, 4, to)).toBe(SPEECH);
    expect(moveSection(SPEECH, 6, 8)).toBe(SPEECH);
  });

  it("keeps every node exactly once and leaves the input unchanged", () => {
    const before = JSON.stringify(SPEECH);
    const moved = moveSection(SPEECH, 6, 13);
    expect(JSON.stringify(SPEECH)).toBe(before);
    expect(new Set(moved.content)).toEqual(new Set(SPEECH.content));
    expect(moved.content).toHaveLength(SPEECH.content.length);
    expect(texts(moved).slice(4)).toEqual([
      "提高认识",
      "一二三四五",
      "找准问题",
      "子丑",
      "压实责任",
      "党政同责",
      "寅卯辰巳",
      "看清形势",
      "甲乙丙",
      "谢谢大家！",
    ]);
  });

  it("moving back restores the original", () => {
    const moved = moveSection(SPEECH, 10, 4);
    const back = moveSection(moved, 4, moved.content.length);
    expect(back).toEqual(SPEECH);
  });

  it("moves a single paragraph", () => {
    expect(texts(moveSection(SPEECH, 13, 10)).slice(9, 12)).toEqual(["子丑", "谢谢大家！", "压实责任"]);
  });

  it("refuses indices outside the document", () => {
    expect(() => moveSection(SPEECH, 4, 15)).toThrow(RangeError);
    expect(() => moveSection(SPEECH, 4, -1)).toThrow(RangeError);
    expect(() => moveSection(SPEECH, 20, 4)).toThrow(RangeError);
  });
});

describe("sectionAt", () => {
  it("gives nothing in the opening", () => {
    expect(sectionAt(SPEECH, 3)).toEqual({ heading: null, top: null });
    expect(sectionAt(SPEECH, 0)).toEqual({ heading: null, top: null });
  });

  it("gives the nearest heading and its level-1 ancestor", () => {
    const top1 = { index: 4, level: 1, text: "提高认识" };
    expect(sectionAt(SPEECH, 4)).toEqual({ heading: top1, top: top1 });
    expect(sectionAt(SPEECH, 5)).toEqual({ heading: top1, top: top1 });
    expect(sectionAt(SPEECH, 9)).toEqual({ heading: { index: 8, level: 2, text: "找准问题" }, top: top1 });
    expect(sectionAt(SPEECH, 13)).toEqual({
      heading: { index: 11, level: 2, text: "党政同责" },
      top: { index: 10, level: 1, text: "压实责任" },
    });
  });

  it("has no level-1 ancestor under a level-2 heading that opens the speech", () => {
    const d = doc(p("开场。"), h(2, "先讲一点"), p("内容。"));
    expect(sectionAt(d, 2)).toEqual({ heading: { index: 1, level: 2, text: "先讲一点" }, top: null });
  });

  it("clamps an index past the end to the last node", () => {
    expect(sectionAt(SPEECH, 99).top?.text).toBe("压实责任");
  });
});
