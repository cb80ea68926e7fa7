import { describe, expect, it } from "vitest";
import { mineText } from "../../lib/mining/text-pipeline";

// A 范文 page copied one paragraph a line, where the break before a heading was lost and the heading ends the line
// of the paragraph above it; the break after it is its own, so its body starts the next line.
const TITLE = "在集团公司2024年安全生产工作会议上的讲话";
const OPENING = "今天召开集团安全生产工作会议，主要是总结去年工作，部署今年任务。下面，我讲三个方面的意见。";
const HEAD1 = "一、认清形势，始终绷紧安全生产这根弦";
const P1 = "去年集团共发生轻伤事故三起，虽然没有发生重伤以上事故，但暴露出现场管理松懈、培训走过场等突出问题。";
const P2 =
  "从今年情况看，新开工项目多、交叉作业多，外包队伍人员流动大，各单位对这些变化要有清醒判断。各级安全管理人员要多下现场，少坐办公室。";
const HEAD2 = "二、盯紧重点环节，把好隐患整改关口";
const P3 = "要严格落实隐患排查治理制度，各项目部每周开展一次全面检查，查出的问题建立台账，整改一项、销号一项。";
const HEAD3 = "三、压实各级责任，确保工作落地见效";
const P4 = "各单位主要负责人是本单位安全生产第一责任人，要亲自研究、亲自部署，分管领导要靠前指挥、一线督导。";
const CLOSING = "同志们，安全生产责任重于泰山。希望大家把各项工作抓细抓实，确保全年安全生产形势稳定。";

const blocks = (lines: string[]) =>
  mineText(lines.join("\n")).speeches.flatMap((s) => s.blocks.map((b) => [b.kind, b.text]));

describe("a heading run into the end of the paragraph above it", () => {
  it("stands as a heading, and the line below it as its body", () => {
    const page = [TITLE, "同志们：", OPENING, HEAD1, P1, P2 + HEAD2, P3, HEAD3, P4, CLOSING];
    expect(blocks(page)).toEqual(
      expect.arrayContaining([
        ["paragraph", P2],
        ["heading", HEAD2],
        ["paragraph", P3],
      ]),
    );
  });

  it("cuts a （二） heading off its paragraph before the sub-items below it", () => {
    const lead = "检查中发现，个别班组安全活动流于形式，记录本上签名代签的情况时有发生，这种风气必须刹住。";
    const head = "（二）下半年重点盯住三个环节";
    // Its sub-items and their bodies put many paragraphs between （一） and （三）: no gap in a short list shows （二）.
    const items = [
      "1.交接班要交清楚。",
      "每个班次交接时，要把设备运行状况、存在的隐患当面说清，双方签字确认。",
      "2.检修作业要管到位。",
      "动火、登高、有限空间作业一律先审批后作业，监护人不到场不准开工。",
      "3.培训要落到实处。",
      "新进员工的三级安全教育一个环节都不能少，考试不合格的不准上岗。",
      "另外，各班组的安全活动每周至少开展一次，车间要抽查记录。",
    ];
    const page = [TITLE, "同志们：", OPENING, "（一）上半年的情况要看清楚", P1, lead + head, ...items];
    page.push("（三）责任要落到每个班组", P4);
    const mined = blocks(page);
    expect(mined).toEqual(
      expect.arrayContaining([
        ["paragraph", lead],
        ["heading", head],
      ]),
    );
    expect(mined).toContainEqual(["heading", "（三）责任要落到每个班组"]);
  });

  it("lets a long line run on where its last words are a series of figures, not a heading", () => {
    const cut = "今年要把重大危险源企业作为监管重点，逐家明确包保责任人。一、二级重大危险源企业要每月开展一次";
    const rest = "全面自查，三、四级重大危险源企业每季度至少自查一次，自查情况报属地应急管理部门备案。";
    const page = [TITLE, "同志们：", OPENING, HEAD1, P1, cut, rest, CLOSING];
    expect(blocks(page)).toContainEqual(["paragraph", cut + rest]);
  });
  it("runs a line cut right after an inline item on into the clause it cut", () => {
    // A stray break inside a paragraph of a page copied one paragraph a line: the tail is no heading, the next line
    // goes on with its clause (一次全面自查…, 放到更加突出的位置…), even where the outline's 二、 heads a line below.
    const cut1 = "班组安全活动流于形式，交接班记录上代签的情况时有发生，这股风气必须刹住。（一）各工段要在本月内组织";
    const rest1 = "一次全面自查，车间要逐本核实，查实代签的要严肃处理。";
    const cut2 = "对下一步工作，我再讲几点要求。一、要提高认识，切实把设备隐患排查";
    const rest2 = "放到更加突出的位置，一刻也不能放松。二、要压实责任，层层传导压力。三、要狠抓落实，确保措施见效。";
    for (const [cut, rest] of [
      [cut1, rest1],
      [cut2, rest2],
    ]) {
      const page = [TITLE, "同志们：", OPENING, HEAD1, P1, cut!, rest!, HEAD2, P3, CLOSING];
      expect(blocks(page)).toContainEqual(["paragraph", cut! + rest!]);
    }
  });
});
