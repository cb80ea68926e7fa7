import { describe, expect, it } from "vitest";
import { mineText } from "../../lib/mining/text-pipeline";

// Section headings without numbers that the opening announces, which the miner missed (sets 117–119: 下面我讲三个方面。
// / 三季度的情况 / 问题出在哪里 …, with 1.–4. under the last of them one level down). Speeches written for these tests in
// those shapes.

const HEAD = ["在公司三季度安全生产例会上的讲话", "公司总经理　王明", "同志们："];
const P1 =
  "三季度全厂没有发生工伤事故，连续安全生产天数累计达到412天。高温期间两个车间坚持错峰生产，没有出现一例中暑。";
const P2 = "但问题也不少。三季度自查和上级检查一共发现隐患87项，到现在还有9项没整改完，冲压车间还发生了一起未遂事件。";
const P3 =
  "我看主要还是思想上松了。有的人觉得厂里一年多没出事，可以歇口气了；有的班组长觉得抓安全得罪人，看见违章就躲。";
const P4 = "三季度剩下的9项隐患，10月底前必须全部整改销号，安环科逐项验收，完不成的车间主任当月绩效扣减，决不含糊。";
const P5 = "各车间这个月要把岗位安全责任清单重新梳理一遍，每台设备、每个区域都要落实到具体的人，贴在现场，人人知道。";
const CLOSING =
  "同志们，大家出来上班，是为了养家糊口，平平安安回家才是最要紧的。希望大家把今天讲的事情传达到每一名员工。";
const lead = (announcement: string) =>
  `今天开三季度安全例会。刚才安环科把检查情况念了一遍，几个车间主任也都讲了。我听下来，有进步，也有问题。${announcement}`;

const outline = (lines: string[]) =>
  mineText(lines.join("\n")).speeches[0]!.blocks.map((b) => (b.kind === "heading" ? `H${b.level} ${b.text}` : "P"));
const headings = (lines: string[]) => outline(lines).filter((b) => b.startsWith("H"));

describe("section headings the opening announces", () => {
  it("reads the lines under 下面我讲三个方面。 as level 1, and 1. 2. under the last one as level 2", () => {
    const lines = [
      ...HEAD,
      lead("下面我讲三个方面。"),
      "三季度的情况",
      P1,
      P2,
      "问题出在哪里",
      P3,
      "四季度重点抓好几件事",
      "1.隐患清零",
      P4,
      "2.责任到人",
      P5,
      CLOSING,
    ];
    expect(outline(lines)).toEqual([
      "P",
      "H1 三季度的情况",
      "P",
      "P",
      "H1 问题出在哪里",
      "P",
      "H1 四季度重点抓好几件事",
      "H2 1.隐患清零",
      "P",
      "H2 2.责任到人",
      "P",
      "P",
    ]);
  });

  it("reads a live text's headings under 我再强调三点。, which open with neither a section's verb nor a directive", () => {
    const lines = [
      ...HEAD,
      lead("下面，我再强调三点。"),
      "始终把人民生命安全放在第一位",
      P1,
      "以从严从实的作风抓好隐患治理",
      P2,
      P4,
      "以铁的担当压实安全责任",
      P5,
      CLOSING,
    ];
    expect(headings(lines)).toEqual([
      "H1 始终把人民生命安全放在第一位",
      "H1 以从严从实的作风抓好隐患治理",
      "H1 以铁的担当压实安全责任",
    ]);
  });

  it("takes two or more for 几点, short lines and two phrases alike, but not a site's prompt among them", () => {
    const lines = [
      ...HEAD,
      lead("我讲几点意见，不念稿子，讲点实在的。"),
      "先算算三季度的账",
      P1,
      P2,
      "打开看点APP，查看高清大图",
      P3,
      "谁的岗位谁负责",
      P4,
      "培训要管用",
      P5,
      CLOSING,
    ];
    expect(headings(lines)).toEqual(["H1 先算算三季度的账", "H1 谁的岗位谁负责", "H1 培训要管用"]);
    const twoPhrases = [
      ...HEAD,
      lead("下面，我讲几点意见。"),
      "看清形势，绷紧安全生产这根弦",
      P1,
      P2,
      "紧盯重点，把隐患消除在萌芽状态",
      "1.危大工程要管到位",
      P4,
      "2.汛期隐患要提前排",
      P5,
      "压实责任，做到守土有责、守土尽责",
      P3,
      CLOSING,
    ];
    expect(headings(twoPhrases)).toEqual([
      "H1 看清形势，绷紧安全生产这根弦",
      "H1 紧盯重点，把隐患消除在萌芽状态",
      "H2 1.危大工程要管到位",
      "H2 2.汛期隐患要提前排",
      "H1 压实责任，做到守土有责、守土尽责",
    ]);
  });

  it("leaves short lines alone where the count does not match, a saying follows a colon, or no one announces", () => {
    // Announced three, two lines: a saying and a slogan the speaker set off, not the sections.
    const mismatch = [...HEAD, lead("下面我强调三点。"), "宁可听骂声", P1, P2, "安全生产重于泰山", P3, CLOSING];
    expect(headings(mismatch)).toEqual([]);
    // 提出了三点要求 reports another's speech; the line under it is no section of this one.
    const reported = [
      ...HEAD,
      "刚才，李书记作了重要讲话，对全年工作提出了三点要求。",
      "认真抓好贯彻落实",
      P1,
      "问题出在哪里",
      P2,
      "四季度怎么办",
      P3,
      CLOSING,
    ];
    expect(headings(reported)).toEqual([]);
    // After a colon, the short line is what the paragraph quotes.
    const quoted = [
      ...HEAD,
      lead("下面我讲两个方面。"),
      "三季度的情况",
      P1,
      "大家要记住这样一句老话，说的是安全生产上没有“下不为例”，每一次侥幸都是在拿命赌：",
      "隐患险于明火",
      P2,
      "问题出在哪里",
      P3,
      CLOSING,
    ];
    expect(headings(quoted)).toEqual(["H1 三季度的情况", "H1 问题出在哪里"]);
  });

  it("keeps a speech's own 一、 outline, and a lost numbering's two stacked levels, to the rules that read them", () => {
    const numbered = [
      ...HEAD,
      lead("下面我讲两个方面。"),
      "一、三季度的情况",
      P1,
      "守牢底线不放松",
      P2,
      "二、问题出在哪里",
      P3,
      CLOSING,
    ];
    expect(headings(numbered)).toEqual(["H1 一、三季度的情况", "H1 二、问题出在哪里"]);
    const stacked = [
      ...HEAD,
      lead("下面我讲几点意见。"),
      "认清形势，不能有半点松懈",
      P1,
      "排查隐患，一处一处抓整改",
      "抓好自建房和小作坊排查",
      P2,
      "抓好水库和地灾点巡查",
      P3,
      CLOSING,
    ];
    expect(headings(stacked)).not.toContain("H1 抓好水库和地灾点巡查");
  });
});
