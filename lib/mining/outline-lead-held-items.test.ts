import { describe, expect, it } from "vitest";
import { mineText } from "./text-pipeline";

// A company head's talk written for these tests in the shape of set 110/06's third speech: every paragraph on one
// line of its own, opened with the page's full-width indent, and a 一是…四是 series whose first item the speaker ran
// on in the paragraph that announces it.
const HEAD = ["在公司2024年安全生产月启动会上的讲话", "公司总经理　赵建华", "同事们："];
const BODY = [
  "今天召开安全生产月启动会，主要是把这个月的几项工作安排下去。刚才，安全部宣读了活动方案，我都同意。",
  "这个月，重点要抓好几件事。一是开展隐患清零行动。各车间要对照隐患清单逐台设备、逐个岗位过一遍，查出的问题一律录入系统，月底前全部整改到位。",
  "二是抓好全员培训。各车间要组织一次全员安全培训，特种作业人员必须持证上岗，培训考试不合格的不得上岗。",
  "三是组织应急演练。6月20日前，公司组织一次全厂消防疏散演练，要人人参加、人人会用灭火器。",
  "四是压实岗位责任。车间主任、班组长对本区域安全负责，每位员工对自己的岗位安全负责，年底逐项考核。",
  "同事们，安全是最大的效益。希望大家从我做起、从现在做起，把安全要求落实到每一个岗位。",
];
const blocksOf = (lines: string[]) =>
  mineText(lines.join("\n")).speeches.flatMap((s) =>
    s.blocks.map((b) => (b.kind === "heading" ? `H ${b.text}` : b.text)),
  );

describe("a list's first item run on in the paragraph that announces it", () => {
  it("stays in that paragraph where every paragraph opens an indented line of its own, and no item is a heading", () => {
    expect(blocksOf([...HEAD, ...BODY.map((p) => `　　${p}`)])).toEqual(BODY);
  });

  it("is still split out where the page marks no paragraph starts (a break may have been lost)", () => {
    const blocks = blocksOf([...HEAD, ...BODY]);
    expect(blocks).toContain("这个月，重点要抓好几件事。");
    expect(blocks).toContain("H 一是开展隐患清零行动。");
  });

  it("is still split out where the next item opens a line without the indent the other paragraphs have", () => {
    const lines = [
      ...HEAD,
      ...BODY.slice(0, 2).map((p) => `　　${p}`),
      BODY[2]!,
      ...BODY.slice(3).map((p) => `　　${p}`),
    ];
    expect(blocksOf(lines)).toContain("H 一是开展隐患清零行动。");
  });

  it("is still split out where every line, the title and salutation too, sits on the same margin", () => {
    const blocks = blocksOf([...HEAD, ...BODY].map((l) => `    ${l}`));
    expect(blocks).toContain("这个月，重点要抓好几件事。");
    expect(blocks).toContain("H 一是开展隐患清零行动。");
  });

  it("is still split out where item two is a bare heading line with its body below", () => {
    const body = [
      "今天召开安全生产月启动会，主要是把这个月的几项工作安排下去。下面，我讲两点意见。一是提高思想认识。",
      "二是压实工作责任。",
      "各车间主任是本车间安全生产第一责任人，班组长要把安全要求落实到每个岗位、每名员工。",
      "同事们，安全是最大的效益。希望大家从我做起，把安全要求落实到每一个岗位。",
    ];
    const blocks = blocksOf([...HEAD, ...body.map((p) => `　　${p}`)]);
    expect(blocks.some((b) => b.endsWith("下面，我讲两点意见。"))).toBe(true);
  });
});
