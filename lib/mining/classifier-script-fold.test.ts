import { describe, expect, it } from "vitest";
import { classProbabilities } from "./classify";
import type { FeatureBlock } from "./classifier-features";
import { foldToSimplified } from "./classifier-script-fold";

const paragraph = (text: string): FeatureBlock => ({
  kind: "paragraph",
  level: null,
  text,
  headingPath: ["二、壓實安全責任，嚴格考核問責"],
  role: "body",
  position: 4,
});

describe("foldToSimplified", () => {
  it("reads Traditional characters as Simplified, character by character", () => {
    expect(foldToSimplified("各級黨委政府要嚴格落實安全生產責任制")).toBe("各级党委政府要严格落实安全生产责任制");
    expect(foldToSimplified("開展隱患排查，確保萬無一失。")).toBe("开展隐患排查，确保万无一失。");
  });

  it("returns Simplified, Latin and punctuation as they are (the same string)", () => {
    const text = "各级党委政府要严格落实安全生产责任制，ABC 123，××。";
    expect(foldToSimplified(text)).toBe(text);
    expect(foldToSimplified("")).toBe("");
  });
});

describe("the classifier on Traditional script", () => {
  it("scores a Traditional paragraph and heading as their Simplified forms", () => {
    const traditional = "要組織開展安全隱患大排查，建立問題台賬，實行整改銷號。";
    const simplified = "要组织开展安全隐患大排查，建立问题台账，实行整改销号。";
    const a = classProbabilities(paragraph(traditional));
    const b = classProbabilities({ ...paragraph(simplified), headingPath: ["二、压实安全责任，严格考核问责"] });
    a.forEach((v, k) => expect(v).toBeCloseTo(b[k], 10));
  });
});
