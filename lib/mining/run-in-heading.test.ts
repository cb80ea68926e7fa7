import { describe, expect, it } from "vitest";
import { gluedHeadingEnd, punctuatedHeadingEnd, RUN_IN_HEAD_MAX, runInHeadingEnd, spacedRunIn } from "./run-in-heading";

const BODY =
  "今年以来，全县上下认真落实安全生产责任制，扎实开展隐患排查整治，安全生产形势总体平稳，但一些行业领域风险隐患依然突出。";
/** The heading a paragraph's run-in rule cuts off, number included. */
const headOf = (text: string, from: number, family: Parameters<typeof runInHeadingEnd>[2]) => {
  const end = runInHeadingEnd(text, from, family);
  return end < 0 ? null : text.slice(0, end);
};

describe("gluedHeadingEnd", () => {
  it("ends a heading where a heading word meets a sentence opener", () => {
    const head = "一、提高思想认识，切实增强做好安全生产工作的责任感和紧迫感";
    expect(gluedHeadingEnd(head + BODY, 2)).toBe(head.length);
  });

  it("ends a short heading sentence, when a body of some length follows", () => {
    expect(gluedHeadingEnd("一、敢于担当。" + BODY, 2)).toBe("一、敢于担当。".length);
    expect(gluedHeadingEnd("一、敢于担当。禁鞭要抓好。", 2)).toBe(-1);
  });

  it("ends a heading where a body opens on the day its measures start (从即日起…)", () => {
    const head = "二、突出重点行业，全力抓好隐患排查整治";
    const body = "从即日起到6月底，全县集中开展一次安全隐患大排查，各乡镇要逐家逐户过筛子，不留死角。";
    expect(gluedHeadingEnd(head + body, 2)).toBe(head.length);
    // A heading that itself opens on the day runs on: the opener is looked for after the heading's first words.
    expect(gluedHeadingEnd("二、从即日起全面开展燃气安全专项整治，各乡镇要逐家逐户排查到位", 2)).toBe(-1);
  });

  it("finds no end when no sentence opener follows a heading word", () => {
    expect(gluedHeadingEnd("一、认清当前安全生产形势，高度重视建筑施工安全生产工作", 2)).toBe(-1);
  });
});

describe("punctuatedHeadingEnd", () => {
  it("ends a heading after its first sentence, number included in the limit", () => {
    expect(punctuatedHeadingEnd("一、提高认识。今年事故下降。", 2)).toBe(7);
    const sentence = "一、" + "安".repeat(RUN_IN_HEAD_MAX - 3) + "。";
    expect(sentence.length).toBe(RUN_IN_HEAD_MAX);
    expect(punctuatedHeadingEnd(sentence + BODY, 2)).toBe(RUN_IN_HEAD_MAX);
    expect(punctuatedHeadingEnd("一、安" + sentence.slice(2) + BODY, 2)).toBe(-1);
  });

  it("falls back to a colon within the limit when the first sentence is longer", () => {
    const text = `一、关于隐患排查：${BODY}`;
    expect(punctuatedHeadingEnd(text, 2)).toBe("一、关于隐患排查：".length);
    expect(punctuatedHeadingEnd(`一、${"安".repeat(RUN_IN_HEAD_MAX)}：${BODY}`, 2)).toBe(-1);
  });
});

describe("runInHeadingEnd", () => {
  it("prefers the glued heading for 一、 and （一）, whose first stop lies inside the body", () => {
    const head = "一、认清形势，进一步增强做好道路交通安全工作的紧迫感";
    expect(headOf(head + BODY, 2, "cn-dun")).toBe(head);
    expect(headOf("（一）" + head.slice(2) + BODY, 3, "cn-paren")).toBe("（一）" + head.slice(2));
    // 1. items run on in prose: only their punctuation ends a heading.
    expect(headOf("1." + head.slice(2) + BODY, 2, "num-dot")).toBeNull();
  });

  it("gives -1 when nothing follows the heading", () => {
    expect(runInHeadingEnd("一、提高认识。", 2, "cn-dun")).toBe(-1);
    expect(runInHeadingEnd("一、提高认识：  ", 2, "cn-dun")).toBe(-1);
    expect(runInHeadingEnd("一、高度重视全县安全生产工作", 2, "cn-dun")).toBe(-1);
  });
});

describe("spacedRunIn", () => {
  it("splits a numbered heading set off from its body by a space only", () => {
    expect(spacedRunIn(`一、提高认识 ${BODY}`)).toEqual(["一、提高认识", BODY]);
    expect(spacedRunIn(`（二）压实责任\u00a0${BODY}`)).toEqual(["（二）压实责任", BODY]);
  });

  it("leaves short lines, unnumbered lines and lines without a sentence alone", () => {
    expect(spacedRunIn("一、提高认识 各单位要重视。")).toBeNull();
    expect(spacedRunIn(`提高认识 ${BODY}`)).toBeNull();
    expect(spacedRunIn(`一、提高认识 ${BODY.replace(/[。！？]/g, "，")}`)).toBeNull();
  });
});
