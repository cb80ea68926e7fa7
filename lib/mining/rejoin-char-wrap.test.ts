import { describe, expect, it } from "vitest";
import { rejoinLines } from "./rejoin-lines";

// A text hard-wrapped at 20 characters, half-width digits counted as characters (written for these tests).
const WRAP = 20;
const wrap = (p: string) =>
  Array.from({ length: Math.ceil(p.length / WRAP) }, (_, k) => p.slice(k * WRAP, (k + 1) * WRAP));
const join = (paragraphs: string[]) =>
  rejoinLines(paragraphs.flatMap(wrap).map((text, i) => ({ text, lineNo: i + 1 }))).map((p) => p.text);

const FIGURES = [
  "今年1至9月，全镇共发生火灾12起，同比上升20%，其中电动自行车引发的有5起，占了四成以上，教训十分深刻。",
  "各村要对辖区内126家小作坊和318户出租房逐一开展排查，建立隐患清单，明确整改时限，整改一项销号一项。",
  "镇财政今年安排专项资金80万元，用于老旧小区消防设施改造和微型消防站建设，年底前要全部完成。",
];

describe("a wrap counted in characters", () => {
  it("ends a paragraph at a sentence two characters short of the wrap", () => {
    // 38 characters: its last line stops at 。 two characters short of the 20.
    const ended = "汛期临近，各村要落实好领导带班和24小时值班制度，一旦发生险情，要快速响应。";
    expect(ended.length % WRAP).toBe(WRAP - 2);
    const next = "要深入开展消防安全宣传进村入户，利用典型火灾案例开展警示教育，教会群众会报警、会灭火、会逃生。";
    const out = join([...FIGURES, ended, next, ...FIGURES]);
    expect(out).toContain(ended);
    expect(out).toContain(next);
  });

  it("but a sentence that ends at the wrap's margin runs on into its paragraph's next line", () => {
    // The first sentence fills its line to the 20th character: the paragraph goes on below it.
    const paragraph =
      "汛期临近，各村要落实领导带班和值班制度。一旦发生险情，要第一时间报告，快速响应，科学处置，确保群众安全。";
    expect(paragraph.indexOf("。") + 1).toBe(WRAP);
    const out = join([...FIGURES, paragraph, ...FIGURES]);
    expect(out).toContain(paragraph);
  });
});
