import { describe, expect, it } from "vitest";
import { REASON_LONG_PARAGRAPH, splitLongParagraphs } from "./long-paragraphs";
import type { InferredSplit } from "./types";

const split = (text: string, inferred?: InferredSplit[]) =>
  splitLongParagraphs([{ text, lineNo: 9 }], inferred).map((p) => p.text);

/** A sentence of about 60 characters in the style of a speech, varied by `n`. */
const sentence = (n: number) =>
  `第${n}项任务要对照年度目标逐项细化分解，明确牵头单位、责任人和完成时限，定期调度推进情况，发现问题及时研究解决，确保按期完成。`;
const part = (from: number, count: number) => Array.from({ length: count }, (_, k) => sentence(from + k)).join("");

describe("splitLongParagraphs", () => {
  it("cuts a paragraph of over 800 characters at 首先/其次/最后 when every part stays long", () => {
    const a = part(1, 5);
    const b = "首先，" + part(10, 5);
    const c = "其次，" + part(20, 5);
    const d = "最后，" + part(30, 5);
    const inferred: InferredSplit[] = [];
    expect((a + b + c + d).length).toBeGreaterThan(800);
    expect(split(a + b + c + d, inferred)).toEqual([a, b, c, d]);
    expect(inferred).toEqual([{ lineNo: 9, reason: REASON_LONG_PARAGRAPH, parts: 4 }]);
  });

  it("cuts at each item of a 一是/二是 series only when every item is long, the short lead staying with 一是", () => {
    const lead = "下一步，要重点抓好三个方面的工作。";
    const one = "一是" + part(1, 5);
    const two = "二是" + part(10, 5);
    const three = "三是" + part(20, 5);
    expect(split(lead + one + two + three)).toEqual([lead + one, two, three]);
    const shortTwo = "二是加强值班值守。";
    const whole = lead + one + shortTwo + three + part(40, 4);
    expect(split(whole)).toEqual([whole]);
  });

  it("leaves paragraphs of 800 characters or fewer, and parts that would be short, alone", () => {
    const medium = part(1, 5) + "首先，" + part(10, 5);
    expect(medium.length).toBeLessThanOrEqual(800);
    expect(split(medium)).toEqual([medium]);
    const lateCue = part(1, 14) + "最后，谢谢大家。";
    expect(split(lateCue)).toEqual([lateCue]);
  });
});
