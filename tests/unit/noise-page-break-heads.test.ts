import { describe, expect, it } from "vitest";
import { mineText } from "../../lib/mining/text-pipeline";

// Pages written for these tests: a PDF copy of a compiled volume and a scanner's OCR export, each printing its running
// head once where a page break fell inside a sentence; a 文库 preview numbering its pages — n / N —.
const TITLE = "在全市燃气安全专项整治推进会上的讲话";
const joined = (blocks: { text: string }[]) => blocks.map((b) => b.text);

describe("a running head printed once at a page break inside a sentence", () => {
  it("drops a volume's name under the page number, joining the two halves of the sentence", () => {
    const page = [
      TITLE,
      "副市长　×××",
      "同志们：",
      "　　今天召开全市燃气安全专项整治推进会，主要是通报前一阶段整治进展，",
      "部署下一步工作。",
      "　　一、认清形势",
      "　　从排查情况看，全市共排查餐饮场所燃气隐患三千二百余处，已整改",
      "二千八百余处。剩余隐患大多涉及管线改造，各区要逐项明确责任人和完成",
      "· 17 ·",
      "青川市安全生产文件资料汇编（2024年卷）",
      "时限，年底前全部整改到位。",
      "　　同志们，燃气安全事关千家万户，希望大家真抓实干，确保整治取得实效。",
    ];
    const blocks = joined(mineText(page.join("\n")).speeches[0]!.blocks);
    expect(blocks.join("")).not.toContain("汇编");
    expect(blocks).toContain(
      "从排查情况看，全市共排查餐饮场所燃气隐患三千二百余处，已整改二千八百余处。剩余隐患大多涉及管线改造，各区要逐项明确责任人和完成时限，年底前全部整改到位。",
    );
  });

  it("drops a unit's meeting-papers head under a scanner's page label", () => {
    const page = [
      "[第1页]  识别完成",
      "青川市第一中学会议材料",
      "",
      "在全校安全工作会议上的讲话",
      "",
      "同志们：",
      "  今天召开全校安全工作会议，主要是部署新学期校园安全工作。下面",
      "我讲两点意见。",
      "  一、抓好隐患整改",
      "  对查出的隐患，能立即整改的要立即整改；一时整改不了的，要制定",
      "",
      "- 1 -",
      "",
      "[第2页]  识别完成",
      "青川市第一中学会议材料",
      "",
      "方案，落实临时防范措施。实验室危化品要专人专柜管理。",
      "  同志们，校园安全无小事，希望大家守好每一道防线，为师生创造安全的环境。",
    ];
    const blocks = joined(mineText(page.join("\n")).speeches[0]!.blocks);
    expect(blocks.join("")).not.toContain("会议材料");
    expect(blocks).toContain(
      "对查出的隐患，能立即整改的要立即整改；一时整改不了的，要制定方案，落实临时防范措施。实验室危化品要专人专柜管理。",
    );
  });

  it("keeps a short line under a page number that ends no cut sentence or names no document", () => {
    const page = [
      TITLE,
      "同志们：",
      "　　今天召开全市燃气安全专项整治推进会，主要是通报前一阶段整治进展，部署",
      "下一步工作。",
      "· 2 ·",
      "　　二、压实各方责任",
      "　　各区要把燃气安全纳入安全生产考核，对整改不力的，要约谈通报，",
      "· 3 ·",
      "企业也要落实主体责任",
      "把隐患整改做实做细，做到闭环管理。",
      "　　同志们，燃气安全事关千家万户，希望大家真抓实干，确保整治取得实效。",
    ];
    const all = joined(mineText(page.join("\n")).speeches[0]!.blocks).join("");
    expect(all).toContain("企业也要落实主体责任");
  });
});

describe("a preview's page numbers with the page count (— 2 / 5 —)", () => {
  it("removes them, and the running head beside them, from the middle of a paragraph", () => {
    const head = "青川市安委会全体会议材料";
    const page = [
      "— 1 / 3 —",
      head,
      TITLE,
      "同志们：",
      "　　今天召开全市燃气安全专项整治推进会。三月份，城区连续发生两起燃气爆燃",
      "事故，造成三人受伤；",
      "— 2 / 3 —",
      head,
      "老旧小区管线老化的问题也很突出，必须引起高度警惕。",
      "　　各区要对照清单逐项整改，整改不到位的不得销号。",
      "— 3 / 3 —",
      head,
      "　　同志们，燃气安全事关千家万户，希望大家真抓实干，确保整治取得实效。",
    ];
    const blocks = joined(mineText(page.join("\n")).speeches[0]!.blocks);
    expect(blocks.join("")).not.toMatch(/— \d|会议材料/);
    expect(blocks).toContain(
      "今天召开全市燃气安全专项整治推进会。三月份，城区连续发生两起燃气爆燃事故，造成三人受伤；老旧小区管线老化的问题也很突出，必须引起高度警惕。",
    );
  });

  it("keeps figures written with a slash between dashes inside a sentence", () => {
    const line = "老旧管网改造只完成了计划的2/3——这个进度远远不够，各区要倒排工期、挂图作战。";
    const page = [TITLE, "同志们：", line, "同志们，希望大家真抓实干，确保整治取得实效。"];
    expect(joined(mineText(page.join("\n")).speeches[0]!.blocks)).toContain(line);
  });
});
