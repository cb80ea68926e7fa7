// The inner loop's measure (scripts/classifier-cv.ts): accuracy per source, averaged, so that the larger sample
// fixture does not outvote the real pages when the settings are chosen.
import { describe, expect, it } from "vitest";
import { meanSourceAccuracy } from "@/scripts/classifier-cv";

const entry = (source: "sample" | "real", category: string) => ({ source, category });

describe("meanSourceAccuracy", () => {
  it("averages the sample's and the real pages' accuracies, whatever their sizes", () => {
    const entries = [
      ...Array.from({ length: 8 }, () => entry("sample", "责任落实")),
      entry("real", "形势分析"),
      entry("real", "隐患排查"),
    ];
    // All 8 sample entries right, 1 of 2 real paragraphs right: (1 + 0.5) / 2, where pooling would give 0.9.
    const predicted = [...Array<string>(8).fill("责任落实"), "形势分析", "思想认识"];
    expect(meanSourceAccuracy(entries, predicted)).toBe(0.75);
    // The reverse: half the sample right, both real paragraphs right.
    const reverse = [...Array<string>(4).fill("责任落实"), ...Array<string>(4).fill("开场"), "形势分析", "隐患排查"];
    expect(meanSourceAccuracy(entries, reverse)).toBe(0.75);
  });

  it("is the plain accuracy when one source is present, and 0 for nothing", () => {
    const entries = [entry("sample", "开场"), entry("sample", "结尾"), entry("sample", "结尾")];
    expect(meanSourceAccuracy(entries, ["开场", "开场", "结尾"])).toBeCloseTo(2 / 3, 10);
    expect(meanSourceAccuracy([], [])).toBe(0);
  });
});
