import { describe, expect, it } from "vitest";
import { hasPictograph, PICTOGRAPH_BLOCKS_RE } from "./pictographs";

describe("pictograph blocks", () => {
  it("hold every code point of \\p{Extended_Pictographic}", () => {
    const property = /^\p{Extended_Pictographic}$/u;
    const missed: number[] = [];
    let seen = 0;
    for (let c = 0; c <= 0x10ffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCodePoint(c);
      if (!property.test(ch)) continue;
      seen++;
      if (!PICTOGRAPH_BLOCKS_RE.test(ch)) missed.push(c);
    }
    expect(seen).toBeGreaterThan(1000);
    expect(missed).toEqual([]);
  });

  it("find a pictograph exactly where the property does", () => {
    for (const t of ["📌 重点", "安全第一✅", "©2024", "——“安全”……《通知》①②", "一、提高认识", "⭐", "\ud83d"])
      expect(hasPictograph(t)).toBe(/\p{Extended_Pictographic}/u.test(t));
  });
});
