// The character sets that let a costly pattern be skipped must hold every character its pattern can start with or
// find: each is checked here against its pattern over every character of the Basic Multilingual Plane, so a pattern
// widened later without its set fails this test instead of silently matching less.
import { describe, expect, it } from "vitest";
import { ENUMERATOR_PATTERNS, mayOpenEnumerator } from "./outline-patterns";
import { OTHER_SCRIPT_BLOCKS_RE, OTHER_SCRIPT_RE } from "./noise-line-shapes";

const bmp = function* () {
  for (let c = 0; c <= 0xffff; c++) if (c < 0xd800 || c > 0xdfff) yield String.fromCharCode(c);
};

describe("precheck sets", () => {
  it("an outline number opens only with a character mayOpenEnumerator lets through", () => {
    const tails = [
      "、安全生产",
      "）安全生产",
      "1、安全",
      "．1 安全",
      ".1安全",
      "一、安全",
      "章 总则",
      "部分 形势",
      "2）工作",
      "一】安全",
      "一）安全",
      "一章 总则",
    ];
    const missed: string[] = [];
    for (const ch of bmp())
      for (const tail of tails)
        if (!mayOpenEnumerator(ch + tail) && ENUMERATOR_PATTERNS.some((re) => re.test(ch + tail)))
          missed.push(ch + tail);
    expect(missed).toEqual([]);
    expect(ENUMERATOR_PATTERNS.some((re) => re.test("（一）加强领导"))).toBe(true);
  });

  it("the blocks tested before counting another script's letters hold every one of them", () => {
    const missed = [...bmp()].filter((ch) => ch.match(OTHER_SCRIPT_RE) && !OTHER_SCRIPT_BLOCKS_RE.test(ch));
    expect(missed).toEqual([]);
  });
});
