import { describe, expect, it } from "vitest";
import { splitSpeeches } from "./split-speeches";
import type { Paragraph } from "./types";

const paras = (...texts: string[]): Paragraph[] => texts.map((text, i) => ({ text, lineNo: i + 1 }));
const shape = (texts: string[]) => splitSpeeches(paras(...texts)).map((s) => s.paragraphs.map((p) => p.text));

const BODY = "各单位要压实安全生产责任，深入开展隐患排查整治。";
const CLOSE = "同志们，安全生产责任重于泰山，让我们共同努力。";

describe("splitSpeeches", () => {
  it("keeps a single speech whole", () => {
    const texts = ["在全镇安全生产会议上的讲话", "同志们：", BODY, "一、提高认识", BODY, CLOSE, "谢谢大家！"];
    expect(shape(texts)).toEqual([texts]);
  });

  it("starts a speech at every title line after text, keeping 第N篇 and title lines together", () => {
    const out = shape([
      "第一篇：在全镇安全生产会议上的讲话",
      "在全镇安全生产会议上的讲话",
      "同志们：",
      BODY,
      BODY,
      "【篇2】全县防汛工作会议讲话稿",
      "在全县防汛工作会议上的讲话",
      "张三",
      "2024年6月1日",
      "同志们：",
      BODY,
    ]);
    expect(out.map((s) => s.length)).toEqual([5, 6]);
    expect(out[1]![0]).toBe("【篇2】全县防汛工作会议讲话稿");
  });

  it("keeps a short main title above a 在…的讲话 subtitle in the same speech", () => {
    expect(shape(["守牢安全底线 护航高质量发展", "——在全市安全生产工作会议上的讲话", "同志们：", BODY])).toHaveLength(
      1,
    );
  });

  it("starts a speech at a new opening right after a closing", () => {
    const out = shape([
      "一、提高认识",
      BODY,
      CLOSE,
      "刚才，张局长通报了全县安全生产情况，我完全同意。",
      "一、认清形势",
      BODY,
    ]);
    expect(out.map((s) => s.length)).toEqual([3, 3]);
  });

  it("starts a speech at a new opening when the outline starts again at 一、", () => {
    const out = shape([
      "一、提高认识",
      BODY,
      "二、强化监管",
      BODY,
      "刚才，张局长通报了全县安全生产情况。",
      "一、认清形势",
      BODY,
    ]);
    expect(out.map((s) => s.length)).toEqual([4, 3]);
  });

  it("starts a speech at a salutation that follows a finished speech", () => {
    const out = shape([BODY, "一、提高认识", BODY, "谢谢大家！", "同志们：", BODY, BODY]);
    expect(out.map((s) => s[0])).toEqual([BODY, "同志们："]);
  });

  it("starts a speech at a second salutation once the first speech has addressed its room and spoken", () => {
    // An excerpt of one paragraph under its 同志们：, then a model answer under its own (an exam page's two speeches).
    expect(shape(["同志们：", BODY, "同志们：", BODY, BODY]).map((s) => s.length)).toEqual([2, 3]);
    // A paragraph of a page's lead over the speech's salutation: one speech, the salutation its first.
    expect(shape([BODY, "同志们：", BODY, BODY])).toHaveLength(1);
    expect(shape(["同志们：今天召开全县安全生产工作会议。", "同志们：", BODY])).toHaveLength(2);
  });

  it("does not split on an opening phrase in the middle of a speech", () => {
    expect(shape(["同志们：", BODY, "刚才，张局长通报了情况。", "一、提高认识", BODY])).toHaveLength(1);
  });

  it("handles empty input", () => {
    expect(splitSpeeches([])).toEqual([]);
  });
});
