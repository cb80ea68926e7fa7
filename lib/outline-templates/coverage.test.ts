import { describe, expect, it } from "vitest";
import { coverageHint, sharePercent, type CorpusSpeechCategories } from "./coverage";

const CATEGORIES = [
  { id: "c-open", key: "开场", name: "开场" },
  { id: "c-sit", key: "形势分析", name: "形势分析" },
  { id: "c-haz", key: "隐患排查", name: "隐患排查" },
  { id: "c-duty", key: "责任落实", name: "责任落实" },
  { id: "c-emer", key: "应急管理", name: "应急管理" },
];

const corpus = (meetingType: string | null, n: number, categoryIds: string[]): CorpusSpeechCategories[] =>
  Array.from({ length: n }, () => ({ meetingType, categoryIds }));

describe("coverageHint", () => {
  it("lists the categories most comparable speeches have and this one lacks, most usual first, with the share", () => {
    const hint = coverageHint({
      speechCategoryIds: new Set(["c-open", "c-sit"]),
      meetingType: "季度例会",
      corpus: [
        ...corpus("季度例会", 9, ["c-open", "c-sit", "c-duty", "c-haz"]),
        ...corpus("季度例会", 1, ["c-open", "c-sit", "c-emer"]),
        ...corpus("安委会全体会议", 20, ["c-emer"]),
      ],
      categories: CATEGORIES,
    });
    expect(hint).toEqual({
      meetingType: "季度例会",
      comparedWith: 10,
      wholeCorpus: false,
      missing: [
        { categoryId: "c-haz", key: "隐患排查", name: "隐患排查", share: 0.9 },
        { categoryId: "c-duty", key: "责任落实", name: "责任落实", share: 0.9 },
      ],
    });
  });

  it("leaves out categories under half of the comparable speeches, and those the speech has", () => {
    const hint = coverageHint({
      speechCategoryIds: new Set(["c-duty"]),
      meetingType: "季度例会",
      corpus: [...corpus("季度例会", 5, ["c-duty", "c-sit"]), ...corpus("季度例会", 6, ["c-duty"])],
      categories: CATEGORIES,
    });
    expect(hint.missing).toEqual([]);
    const atHalf = coverageHint({
      speechCategoryIds: new Set(),
      meetingType: "季度例会",
      corpus: [...corpus("季度例会", 5, ["c-sit"]), ...corpus("季度例会", 5, [])],
      categories: CATEGORIES,
    });
    expect(atHalf.missing.map((m) => [m.key, m.share])).toEqual([["形势分析", 0.5]]);
  });

  it("compares with the whole corpus when fewer than 5 speeches share the meeting type, or the type is unknown", () => {
    const all = [...corpus("季度例会", 4, ["c-haz"]), ...corpus("安委会全体会议", 6, ["c-emer"])];
    const few = coverageHint({
      speechCategoryIds: new Set(),
      meetingType: "季度例会",
      corpus: all,
      categories: CATEGORIES,
    });
    expect(few).toMatchObject({ comparedWith: 10, wholeCorpus: true });
    expect(few.missing.map((m) => m.key)).toEqual(["应急管理"]);
    const unknown = coverageHint({
      speechCategoryIds: new Set(),
      meetingType: null,
      corpus: all,
      categories: CATEGORIES,
    });
    expect(unknown).toMatchObject({ meetingType: null, comparedWith: 10, wholeCorpus: true });
  });

  it("says nothing is missing when there is no corpus to compare with", () => {
    expect(
      coverageHint({ speechCategoryIds: new Set(), meetingType: "季度例会", corpus: [], categories: CATEGORIES }),
    ).toEqual({ meetingType: "季度例会", comparedWith: 0, wholeCorpus: true, missing: [] });
  });
});

describe("sharePercent", () => {
  it("rounds to a whole percent but says 100% only when every speech has it", () => {
    expect(sharePercent(0.9)).toBe("90%");
    expect(sharePercent(0.5)).toBe("50%");
    expect(sharePercent(0.999)).toBe("99%");
    expect(sharePercent(1)).toBe("100%");
  });
});
