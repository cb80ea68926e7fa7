import { describe, expect, it } from "vitest";
import { parseCn } from "../mining/outline-patterns";
import { chineseNumeral, formatNumber, headingNumbers } from "./numbering";
import { NUMBERING_STYLES, type HeadingLevel } from "./types";

describe("chineseNumeral", () => {
  it("spells the numbers a clerk writes", () => {
    const cases: [number, string][] = [
      [1, "一"],
      [9, "九"],
      [10, "十"],
      [11, "十一"],
      [19, "十九"],
      [20, "二十"],
      [21, "二十一"],
      [30, "三十"],
      [99, "九十九"],
      [100, "一百"],
      [101, "一百零一"],
      [105, "一百零五"],
      [109, "一百零九"],
      [110, "一百一十"],
      [111, "一百一十一"],
      [119, "一百一十九"],
      [120, "一百二十"],
      [999, "九百九十九"],
    ];
    for (const [n, cn] of cases) expect(chineseNumeral(n), String(n)).toBe(cn);
  });

  it("reads back through the miner's parser for 1–99 (an independent implementation)", () => {
    for (let n = 1; n <= 99; n++) expect(parseCn(chineseNumeral(n)), String(n)).toBe(n);
  });

  it("gives every number from 1 to 120 a distinct spelling of Chinese digits only", () => {
    const all = Array.from({ length: 120 }, (_, i) => chineseNumeral(i + 1));
    expect(new Set(all).size).toBe(120);
    for (const s of all) expect(s).toMatch(/^[一二三四五六七八九十百零]+$/);
    // 十 alone only for 10–19; 零 only in 101–109.
    expect(all.filter((s) => s.startsWith("十"))).toHaveLength(10);
    expect(all.filter((s) => s.includes("零"))).toEqual(
      Array.from({ length: 9 }, (_, i) => `一百零${chineseNumeral(i + 1)}`),
    );
  });

  it("refuses zero, negatives and fractions, and falls back to digits from 1,000", () => {
    expect(() => chineseNumeral(0)).toThrow(RangeError);
    expect(() => chineseNumeral(-1)).toThrow(RangeError);
    expect(() => chineseNumeral(1.5)).toThrow(RangeError);
    expect(chineseNumeral(1000)).toBe("1000");
  });
});

describe("formatNumber", () => {
  it("writes every style", () => {
    const expected: Record<(typeof NUMBERING_STYLES)[number], [string, string, string]> = {
      "cn-dun": ["一、", "十二、", "一百零五、"],
      "cn-paren": ["（一）", "（十二）", "（一百零五）"],
      "arabic-dot": ["1.", "12.", "105."],
      "arabic-paren": ["（1）", "（12）", "（105）"],
      "di-cn": ["第一，", "第十二，", "第一百零五，"],
    };
    for (const style of NUMBERING_STYLES) {
      expect(
        [1, 12, 105].map((n) => formatNumber(style, n)),
        style,
      ).toEqual(expected[style]);
    }
  });
});

describe("headingNumbers", () => {
  it("uses 一、 / （一） / 1. by default", () => {
    expect(headingNumbers([1, 2, 3, 1])).toEqual(["一、", "（一）", "1.", "二、"]);
  });

  it("restarts every deeper level under a new heading (1→2→3→2→3→1)", () => {
    const levels: HeadingLevel[] = [1, 2, 3, 3, 2, 3, 1, 2, 3, 2, 2, 1];
    expect(headingNumbers(levels)).toEqual([
      "一、",
      "（一）",
      "1.",
      "2.",
      "（二）",
      "1.",
      "二、",
      "（一）",
      "1.",
      "（二）",
      "（三）",
      "三、",
    ]);
  });

  it("counts a skipped level from 1 under its nearest shallower heading", () => {
    // 1. directly under 一、, then a （一） that starts its own count, then 1. again under it.
    expect(headingNumbers([1, 3, 3, 2, 3, 1, 3])).toEqual(["一、", "1.", "2.", "（一）", "1.", "二、", "1."]);
    // A speech that opens with level-2 headings before any level 1.
    expect(headingNumbers([2, 2, 1, 2])).toEqual(["（一）", "（二）", "一、", "（一）"]);
  });

  it("counts past ten in Chinese", () => {
    const numbers = headingNumbers(Array.from({ length: 21 }, () => 1 as HeadingLevel));
    expect(numbers.slice(8, 12)).toEqual(["九、", "十、", "十一、", "十二、"]);
    expect(numbers[19]).toBe("二十、");
    expect(numbers[20]).toBe("二十一、");
  });

  it("follows the speech's style per level", () => {
    expect(headingNumbers([1, 2, 3, 1, 2], ["di-cn", "arabic-dot", "arabic-paren"])).toEqual([
      "第一，",
      "1.",
      "（1）",
      "第二，",
      "1.",
    ]);
    expect(headingNumbers([1, 1], ["arabic-paren", "cn-dun", "cn-dun"])).toEqual(["（1）", "（2）"]);
  });

  it("gives an empty list for no headings", () => {
    expect(headingNumbers([])).toEqual([]);
  });

  it("renumbers a moved section from the new order alone", () => {
    // Sections A (1, 2, 2) and B (1, 2): move B above A. The levels travel with their headings.
    const a = [
      { text: "A", level: 1 },
      { text: "A1", level: 2 },
      { text: "A2", level: 2 },
    ] as const;
    const b = [
      { text: "B", level: 1 },
      { text: "B1", level: 2 },
    ] as const;
    const label = (hs: readonly { text: string; level: HeadingLevel }[]) => {
      const nums = headingNumbers(hs.map((h) => h.level));
      return hs.map((h, i) => nums[i] + h.text);
    };
    expect(label([...a, ...b])).toEqual(["一、A", "（一）A1", "（二）A2", "二、B", "（一）B1"]);
    expect(label([...b, ...a])).toEqual(["一、B", "（一）B1", "二、A", "（一）A1", "（二）A2"]);
    // Moving a sub-section (A2) into B: it takes B's next number and A's count shrinks.
    expect(label([a[0], a[1], b[0], b[1], a[2]])).toEqual(["一、A", "（一）A1", "二、B", "（一）B1", "（二）A2"]);
  });
});
