import { describe, expect, it } from "vitest";
import { extractFeatures, type FeatureBlock, type FeatureConfig } from "./classifier-features";
import { sectionNumber } from "./classifier-text";

describe("sectionNumber", () => {
  it("reads the outline number a heading opens with, in every numbering style", () => {
    expect(sectionNumber("一、认清形势，增强做好安全工作的紧迫感")).toBe(1);
    expect(sectionNumber("第二，安全生产要突出重点")).toBe(2);
    expect(sectionNumber("（三）压实企业主体责任")).toBe(3);
    expect(sectionNumber("(四)加强值班值守")).toBe(4);
    expect(sectionNumber("五是强化宣传教育")).toBe(5);
    expect(sectionNumber("六要严格考核")).toBe(6);
    expect(sectionNumber("十、其他事项")).toBe(10);
    expect(sectionNumber("十二、其他事项")).toBe(12);
    expect(sectionNumber("二十三、其他事项")).toBe(23);
    expect(sectionNumber("3.加强基层基础")).toBe(3);
    expect(sectionNumber("（１２）加强培训")).toBe(12);
  });

  it("gives 0 to a heading without an outline number, or one that only starts with a numeral", () => {
    expect(sectionNumber("加强组织领导")).toBe(0);
    expect(sectionNumber("十分重要的几项工作")).toBe(0);
    expect(sectionNumber("2024年安全生产工作回顾")).toBe(0);
    expect(sectionNumber("")).toBe(0);
  });
});

describe("section feature", () => {
  const config: FeatureConfig = {
    charNgrams: [1],
    words: false,
    headingNgrams: [2],
    headingWords: false,
    headingWeight: 0,
    sharedHeadingWeight: 0,
    headingContextScale: 1,
    signalWeight: 0,
    structWeight: 0,
    sectionWeight: 0.25,
    signals: {},
  };
  const block = (over: Partial<FeatureBlock>): FeatureBlock => ({
    kind: "paragraph",
    level: null,
    text: "要对辖区内的出租屋逐户查看。",
    headingPath: [],
    role: "body",
    position: 4,
    ...over,
  });
  const flags = (b: FeatureBlock, c: FeatureConfig = config) => {
    const names = new Map<number, string>();
    const x = extractFeatures(b, c, names);
    return x.ids.map((id, i) => [names.get(id >>> 0), x.values[i]]).filter(([n]) => String(n).startsWith("sec:"));
  };

  it("marks a block with the number of the outermost heading above it, 3 and later together", () => {
    expect(flags(block({ headingPath: ["二、突出重点", "（一）聚焦燃气安全"] }))).toEqual([["sec:2", 0.25]]);
    expect(flags(block({ headingPath: ["第五，强化保障"] }))).toEqual([["sec:3", 0.25]]);
    expect(flags(block({ kind: "heading", level: 1, text: "一、认清形势" }))).toEqual([["sec:1", 0.25]]);
  });

  it("leaves it out outside the numbered sections, and when the weight is 0", () => {
    expect(flags(block({}))).toEqual([]);
    expect(flags(block({ headingPath: ["加强组织领导"] }))).toEqual([]);
    expect(flags(block({ role: "closing", headingPath: [] }))).toEqual([]);
    expect(flags(block({ headingPath: ["二、突出重点"] }), { ...config, sectionWeight: 0 })).toEqual([]);
  });
});
