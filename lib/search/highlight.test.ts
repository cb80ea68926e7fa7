import { describe, expect, it } from "vitest";
import { highlightSegments } from "./highlight";

const marked = (text: string, terms: string[]) =>
  highlightSegments(text, terms)
    .map((s) => (s.hit ? `[${s.text}]` : s.text))
    .join("");

describe("highlightSegments", () => {
  it("marks every occurrence and keeps the text whole", () => {
    const segments = highlightSegments("燃气安全，燃气管道", ["燃气"]);
    expect(segments).toEqual([
      { text: "燃气", hit: true },
      { text: "安全，", hit: false },
      { text: "燃气", hit: true },
      { text: "管道", hit: false },
    ]);
    expect(segments.map((s) => s.text).join("")).toBe("燃气安全，燃气管道");
  });

  it("returns the text unmarked without terms, and nothing for an empty text", () => {
    expect(highlightSegments("安全生产", [])).toEqual([{ text: "安全生产", hit: false }]);
    expect(highlightSegments("安全生产", ["", "  "])).toEqual([{ text: "安全生产", hit: false }]);
    expect(highlightSegments("", ["安全"])).toEqual([]);
  });

  it("merges overlapping and adjacent terms into one mark", () => {
    expect(marked("开展隐患排查整治", ["隐患", "患排", "排查"])).toBe("开展[隐患排查]整治");
    expect(marked("开展隐患排查整治", ["隐患排查", "排查整治"])).toBe("开展[隐患排查整治]");
    expect(marked("安全生产", ["安全", "安全生产"])).toBe("[安全生产]");
  });

  it("ignores case and full-width forms (NFKC)", () => {
    expect(marked("PM2.5 浓度与pm10", ["pm"])).toBe("[PM]2.5 浓度与[pm]10");
    expect(marked("全县发生ＸＸ起事故", ["xx"])).toBe("全县发生[ＸＸ]起事故");
    expect(marked("同比下降12.5％", ["12.5%"])).toBe("同比下降[12.5％]");
  });

  it("finds a term across whitespace in the text, as the search index does", () => {
    expect(marked("安 全生产", ["安全"])).toBe("[安 全]生产");
  });

  it("keeps placeholders and numbers whole", () => {
    expect(marked("全县发生××起事故，下降12.5%", ["××", "12.5%"])).toBe("全县发生[××]起事故，下降[12.5%]");
  });

  it("handles characters outside the basic plane", () => {
    expect(marked("𠀋安全𠀋", ["安全"])).toBe("𠀋[安全]𠀋");
    expect(marked("𠀋安全𠀋", ["𠀋"])).toBe("[𠀋]安全[𠀋]");
  });
});
