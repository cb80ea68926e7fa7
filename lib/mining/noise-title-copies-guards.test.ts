import { describe, expect, it } from "vitest";
import { mineText } from "./text-pipeline";

// Guards for the title-copy and note-tail rules, in the shapes an outside review probed: a 材料汇编 whose next speech
// bears the same title or one a year, a season or a quarter apart, right under a page number, the first speech ending
// on a line with no stop (a signature, a date and place, a table's row, a slogan, a close that lost its period); a
// footnote with no stop flattened right after its paragraph, a heading or a short sentence under it before the page's
// number; a speech's own line of page links after its colon. Pages written for these tests.
const PARA_1 =
  "今天召开全区消防安全工作会议，主要任务是总结去年消防工作，分析当前火灾形势，安排部署今年各项任务，请大家认真抓好落实。";
const PARA_2 =
  "各街道要组织力量对高层建筑、人员密集场所和九小场所开展全覆盖检查，对发现的问题逐项建立台账，明确整改责任人和完成时限。";
const CLOSE_NO_STOP = "同志们，消防安全关系千家万户，希望大家守土尽责，为全区发展营造安全稳定的环境";
const CLOSE = `${CLOSE_NO_STOP}。`;
const SECOND_1 = "刚才，区长对今年的消防工作作了全面部署，我完全同意，请大家抓好落实。下面，我再讲两点意见。";
const SECOND_2 =
  "各级党委政府要把消防安全摆上重要议事日程，主要负责同志要亲自研究、亲自部署，及时解决经费和装备方面的困难。";

const titles = (page: string[]) => mineText(page.join("\n")).speeches.map((s) => s.title);
const texts = (page: string[]) => mineText(page.join("\n")).speeches.flatMap((s) => s.blocks.map((b) => b.text));

describe("a collection's next speech under a page number keeps its title", () => {
  const title = "在全区消防安全工作会议上的讲话";
  const collection = (first: string, end: string[], pageNo: string, second: string) => [
    first,
    "区长　周建华",
    "同志们：",
    PARA_1,
    PARA_2,
    ...end,
    "",
    pageNo,
    "",
    second,
    "区委书记　吴海峰",
    "同志们：",
    SECOND_1,
    SECOND_2,
    CLOSE,
  ];
  const cases: [string, string, string[], string, string][] = [
    ["the same title, a signature above", title, [CLOSE, "区人民政府党组书记、区长　周建华"], "— 3 —", title],
    ["the same title, a close that lost its period", title, [CLOSE_NO_STOP], "— 4 —", title],
    [
      "titles a year apart, a table's row above",
      "在2023年全区消防安全工作会议上的讲话",
      [CLOSE, "附表：重点整治任务", "2　电动自行车充电整治　区消防救援大队　各街道"],
      "— 7 —",
      "在2024年全区消防安全工作会议上的讲话",
    ],
    [
      "titles a quarter apart, a slogan above",
      "在全区第一季度消防安全形势分析会上的讲话",
      [CLOSE, "消防安全　人人有责　防患未然　平安万家"],
      "第 2 页",
      "在全区第二季度消防安全形势分析会上的讲话",
    ],
    ["the same title, a date and place above", title, [CLOSE, "2024年3月6日在区政府二楼会议室"], "— 2 —", title],
    [
      "titles a season apart, a signature with its date above",
      "在全区2024年春季消防安全检查动员会上的讲话",
      [CLOSE, "区人民政府区长　周建华　二〇二四年三月六日"],
      "- 3 -",
      "在全区2024年秋季消防安全检查动员会上的讲话",
    ],
  ];
  it.each(cases)("%s", (_name, first, end, pageNo, second) => {
    const page = collection(first, end, pageNo, second);
    expect(titles(page)).toEqual([first, second]);
    expect(texts(page).some((t) => t.includes("吴海峰") && t.length > 20)).toBe(false);
  });

  it("still takes a scan's running head, the title printed again exactly, with a sentence cut across it", () => {
    const cutBefore = "各街道要组织力量对高层建筑、人员密集场所和九小场所开展全覆盖";
    const cutAfter = "检查，对发现的问题逐项建立台账，明确整改责任人和完成时限。";
    const page = [title, "同志们：", PARA_1, cutBefore, "一 1 一", "", title, cutAfter, CLOSE];
    const { speeches } = mineText(page.join("\n"));
    expect(speeches).toHaveLength(1);
    expect(speeches[0]!.blocks.map((b) => b.text)).toContain(cutBefore + cutAfter);
  });
});

describe("a footnote with no stop flattened right after its paragraph takes none of the speech's lines", () => {
  const cited = "今年以来，全区共发生火灾事故二十三起①，同比下降百分之十五，没有发生较大以上火灾。";
  const note = "①统计口径：区消防救援大队接报的火灾，不含森林火灾和电气设备自燃";
  const head = (lines: string[]) => [
    "在全区消防安全工作会议上的讲话",
    "同志们：",
    PARA_1,
    "一、认清形势",
    cited,
    note,
    ...lines,
  ];

  it("keeps a heading and a short paragraph under the note, the page number below them", () => {
    const page = [
      ...head(["二、突出重点", "各街道要在本月底前完成第一轮检查。"]),
      "",
      "— 2 —",
      "",
      PARA_2,
      "三、压实责任",
      CLOSE,
    ];
    const mined = mineText(page.join("\n")).speeches.flatMap((s) => s.blocks);
    expect(mined.filter((b) => b.kind === "heading").map((b) => b.text)).toEqual([
      "一、认清形势",
      "二、突出重点",
      "三、压实责任",
    ]);
    expect(mined.map((b) => b.text)).toContain("各街道要在本月底前完成第一轮检查。");
  });

  it("keeps a short sentence under the note, the page number below it", () => {
    const own = "请各街道对照问题清单抓紧整改。";
    const page = [...head([own]), "", "2", "", PARA_2, CLOSE];
    expect(texts(page)).toContain(own);
  });
});

it("keeps a speech's own line of page links introduced by its colon", () => {
  const own = "第1页　第2页　第3页";
  const page = [
    "在全区消防安全工作会议上的讲话",
    "同志们：",
    PARA_1,
    "会议材料已经印发，请对照以下页码查阅：",
    own,
    PARA_2,
    CLOSE,
  ];
  expect(texts(page).join("\n").replace(/\s/g, "")).toContain("第1页第2页第3页");
});
