import { describe, expect, it } from "vitest";
import { mineShapes, templateHeadingText, type CorpusHeadingRow } from "./mine-shapes";

/** A speech's headings: [level, text, category key]. */
function speech(id: string, headings: [number, string, string | null][]): CorpusHeadingRow[] {
  return headings.map(([level, text, categoryKey], i) => ({
    speechId: id,
    position: i * 2 + 1,
    level,
    text,
    categoryKey,
  }));
}

const SITUATION_TASKS_DUTY = (id: string, extra: [number, string, string | null][] = []) =>
  speech(id, [
    [1, "一、认清形势", "形势分析"],
    [1, "二、排查隐患", "隐患排查"],
    ...extra,
    [1, "三、压实责任", "责任落实"],
  ]);

describe("mineShapes", () => {
  it("groups speeches by the categories of their top-level headings, commonest first, with how many follow each", () => {
    const rows = [
      ...speech("a", [
        [1, "一、提高认识", "思想认识"],
        [1, "二、压实责任", "责任落实"],
      ]),
      ...SITUATION_TASKS_DUTY("b"),
      ...SITUATION_TASKS_DUTY("c"),
      ...speech("d", [
        [1, "一、提高认识", "思想认识"],
        [1, "二、落实责任", "责任落实"],
      ]),
      ...SITUATION_TASKS_DUTY("e"),
    ];
    const shapes = mineShapes(rows);
    expect(shapes.map((s) => [s.shapeKey, s.speechIds])).toEqual([
      ["形势分析—隐患排查—责任落实", ["b", "c", "e"]],
      ["思想认识—责任落实", ["a", "d"]],
    ]);
    expect(shapes[0]!.shape).toEqual(["形势分析", "隐患排查", "责任落实"]);
  });

  it("counts adjacent top-level sections of one category once, and reads level-2 headings only as detail", () => {
    const rows = [
      ...speech("a", [
        [1, "一、认清形势", "形势分析"],
        [1, "二、专项整治", "隐患排查"],
        [2, "（一）重点行业", "监管执法"],
        [1, "三、隐患治理", "隐患排查"],
        [1, "四、压实责任", "责任落实"],
      ]),
      ...SITUATION_TASKS_DUTY("b"),
    ];
    expect(mineShapes(rows).map((s) => [s.shapeKey, s.speechIds.length])).toEqual([["形势分析—隐患排查—责任落实", 2]]);
  });

  it("takes the top level a speech uses (a speech of （一） headings only) and leaves out unclassified headings", () => {
    const rows = [
      ...speech("a", [
        [2, "（一）认清形势", "形势分析"],
        [2, "（二）几点说明", null],
        [2, "（三）压实责任", "责任落实"],
      ]),
      ...speech("b", [
        [1, "一、认清形势", "形势分析"],
        [1, "二、压实责任", "责任落实"],
      ]),
    ];
    const [shape] = mineShapes(rows);
    expect(shape!.shapeKey).toBe("形势分析—责任落实");
    expect(shape!.speechIds).toEqual(["a", "b"]);
  });

  it("offers no shape followed by one speech only, nor a one-section shape, and keeps to the limit", () => {
    const rows = [
      ...SITUATION_TASKS_DUTY("a"),
      ...speech("b", [[1, "一、压实责任", "责任落实"]]),
      ...speech("c", [[1, "一、压实责任", "责任落实"]]),
    ];
    expect(mineShapes(rows)).toEqual([]);
    expect(mineShapes(rows, { minSpeeches: 1 }).map((s) => s.shapeKey)).toEqual(["形势分析—隐患排查—责任落实"]);
    const many = Array.from({ length: 30 }, (_, i) =>
      speech(`s${i}`, [
        [1, "一", `甲${i % 15}`],
        [1, "二", "乙"],
      ]),
    ).flat();
    expect(mineShapes(many, { limit: 4 })).toHaveLength(4);
  });

  it("offers the most typical speech's headings (all levels, numbers stripped, levels from the top)", () => {
    const typical = [[2, "（一）查风险", "隐患排查"]] as [number, string, string][];
    const rows = [
      ...SITUATION_TASKS_DUTY("odd", [[2, "（一）说交通", "应急管理"]]),
      ...SITUATION_TASKS_DUTY("t1", typical),
      ...SITUATION_TASKS_DUTY("t2", typical),
    ];
    const [shape] = mineShapes(rows);
    expect(shape!.representativeId).toBe("t1");
    expect(shape!.headings.map((h) => [h.level, h.text, h.categoryKey])).toEqual([
      [1, "认清形势", "形势分析"],
      [1, "排查隐患", "隐患排查"],
      [2, "查风险", "隐患排查"],
      [1, "压实责任", "责任落实"],
    ]);
    expect(shape!.headings.map((h) => h.position)).toEqual([1, 3, 5, 7]);
  });

  it("mines a corpus of 1,000 speeches into at most the allowed shapes, each followed by enough speeches", () => {
    // How long this takes is the benchmarks' business (issue 12: no timing in unit tests).
    const keys = ["形势分析", "思想认识", "隐患排查", "监管执法", "责任落实", "应急管理"];
    const rows = Array.from({ length: 1000 }, (_, i) =>
      speech(
        `s${i}`,
        Array.from({ length: 15 }, (_, h): [number, string, string] => [
          h % 5 === 0 ? 1 : 2,
          `标题${h}`,
          keys[(i * 7 + h * (i % 3)) % keys.length]!,
        ]),
      ),
    ).flat();
    const shapes = mineShapes(rows, { minSpeeches: 3, limit: 4 });
    expect(shapes.length).toBeGreaterThan(0);
    expect(shapes.length).toBeLessThanOrEqual(4);
    const counts = shapes.map((s) => s.speechIds.length);
    expect(counts.every((n) => n >= 3)).toBe(true);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    // Each speech follows one shape, and the representative is one of its followers.
    const followers = shapes.flatMap((s) => s.speechIds);
    expect(new Set(followers).size).toBe(followers.length);
    for (const s of shapes) expect(s.speechIds).toContain(s.representativeId);
  });
});

describe("templateHeadingText", () => {
  it("drops the heading's number, 一是/一要 included, and keeps text that only looks like one", () => {
    expect(templateHeadingText("一、认清形势")).toBe("认清形势");
    expect(templateHeadingText("（二）压实责任。")).toBe("压实责任。");
    expect(templateHeadingText("第三，要深入推进专项整治。")).toBe("要深入推进专项整治。");
    expect(templateHeadingText("一是分析形势，查找原因")).toBe("分析形势，查找原因");
    expect(templateHeadingText("二要强本固基")).toBe("强本固基");
    expect(templateHeadingText("一季度安全生产形势")).toBe("一季度安全生产形势");
    expect(templateHeadingText("一是")).toBe("一是");
  });
});
