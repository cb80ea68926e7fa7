import { describe, expect, it } from "vitest";
import { removeNoise } from "./noise";
import { inlineFooterCuts, REASON_INLINE_FOOTER } from "./page-footers";
import { mineText } from "./text-pipeline";
import type { SourceLine } from "./types";

const lines = (text: string): SourceLine[] => text.split("\n").map((t, i) => ({ text: t, lineNo: i + 1 }));
const BODY =
  "各乡镇要压实属地责任，深入开展隐患排查整治，对排查出的问题建立台账，明确整改责任人和整改时限，确保全镇安全形势持续稳定。";

describe("inlineFooterCuts", () => {
  it("reports a page footer cut out of a sentence, and the sentence stays whole", () => {
    const text = `${BODY}\n各村要落实网格员巡查制度第2页共10页，发现隐患及时上报，做到早发现、早处置。`;
    const { lines: kept, removed } = removeNoise(lines(text));
    expect(inlineFooterCuts(removed, kept)).toEqual([{ lineNo: 2, reason: REASON_INLINE_FOOTER }]);
    const mined = mineText(text);
    expect(mined.cleanedText).toContain("各村要落实网格员巡查制度，发现隐患及时上报");
    expect(mined.inferredSplits).toEqual([{ lineNo: 2, reason: REASON_INLINE_FOOTER }]);
  });

  it("keeps a speech's own 第1页，共2页 that owns what follows it (…的清单): a footer owns nothing", () => {
    const text = `${BODY}\n请大家翻到会议材料第1页，共2页的问题清单，逐条对照检查，会后把整改情况报县安委办。`;
    const { lines: kept, removed } = removeNoise(lines(text));
    expect(kept.map((l) => l.text).join("\n")).toContain("会议材料第1页，共2页的问题清单");
    expect(removed).toEqual([]);
  });

  it("does not report a footer alone on its line", () => {
    const { lines: kept, removed } = removeNoise(lines(`${BODY}\n- 3 -\n${BODY}`));
    expect(removed.map((r) => r.reason)).toContain("页码");
    expect(inlineFooterCuts(removed, kept)).toEqual([]);
  });
});
