import { describe, expect, it } from "vitest";
import { findPlaceholders } from "./placeholders";

const texts = (s: string) => findPlaceholders(s).map((p) => p.text);

describe("findPlaceholders", () => {
  it("finds ×, X, XX, * and ** with exact positions", () => {
    const s = "我县仍然发生了×起×事故致×人死亡，XX同志指出，“*”战略，增长*%，**各项工作";
    const found = findPlaceholders(s);
    expect(found.map((p) => p.text)).toEqual(["×", "×", "×", "XX", "*", "*", "**"]);
    for (const p of found) expect(s.slice(p.start, p.end)).toBe(p.text);
  });

  it("finds the full-width stars and underscores a Chinese input method types", () => {
    expect(texts("认真落实＊＊部署，增长＊%，在＿＿＿会议上")).toEqual(["＊＊", "＊", "＿＿＿"]);
  });

  it("finds 在……之际, 某某, ○○ and blanks", () => {
    expect(texts("在……之际，某某同志在○○县____会议上")).toEqual(["……", "某某", "○○", "____"]);
  });

  it("leaves Latin words, numbers and ordinary ellipses alone", () => {
    expect(texts("GDP增长、COVID-19、3x3矩阵、Xi'an、等等……都要抓好")).toEqual([]);
  });

  it("finds a lone lower-case x only between Chinese characters", () => {
    expect(texts("x月x日召开会议")).toEqual(["x", "x"]);
    expect(texts("version x release")).toEqual([]);
  });
});
