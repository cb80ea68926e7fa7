import { describe, expect, it } from "vitest";
import { withoutPunctuation } from "./text-without-punctuation";

const byRegex = (t: string) => t.replace(/[\s\p{P}\p{S}]/gu, "");

describe("withoutPunctuation", () => {
  it("drops what the regex drops, over every code point of the BMP and beyond", () => {
    const codes: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (c < 0xd800 || c > 0xdfff) codes.push(c);
    codes.push(0x1f600, 0x1f44d, 0x20000, 0x1d11e, 0x10000, 0xe0001);
    const text = String.fromCodePoint(...codes) + "\ud800孤\udc00末\ud83d";
    const expected = byRegex(text);
    expect(expected.length).toBeLessThan(text.length - 2000);
    expect(withoutPunctuation(text)).toBe(expected);
    // Asked again, from the cache of each character's class.
    expect(withoutPunctuation(text)).toBe(expected);
  });

  it("keeps a paragraph's words and drops its spaces, punctuation and symbols", () => {
    expect(withoutPunctuation("一、 要压实责任，“三管三必须”！😀 ①")).toBe("一要压实责任三管三必须①");
    expect(withoutPunctuation("安全生产")).toBe("安全生产");
    expect(withoutPunctuation("")).toBe("");
  });
});
