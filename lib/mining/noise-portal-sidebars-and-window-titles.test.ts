import { describe, expect, it } from "vitest";
import { removalReason } from "../testing/page-noise";
import { lineNoiseReason } from "./noise-line-rules";
import { mineText } from "./text-pipeline";

// Pages written for these tests in the shapes of set 129's government portals: a 政策解读 sidebar floated between two
// paragraphs, a button row of 【】 buttons with a scroll-to-top one, an old CMS that prints the browser's title again
// where its article's second page starts (in the middle of a sentence), and a news page's lead that hands over a
// host's words and a speech (现将…主持词和…讲话全文刊发如下：).
const TITLE = "在全区秋冬季安全生产工作会议上的讲话";
const OPENING = "今天召开全区秋冬季安全生产工作会议，主要是分析研判当前形势，部署秋冬季重点工作。下面，我讲两点意见。";
const SITUATION =
  "前三季度，全区共发生生产安全事故6起、死亡5人，同比分别下降14%和17%，没有发生较大事故，总体形势平稳可控。";
const PROBLEMS = "问题也不容忽视。一些企业动火作业审批走过场，个别仓储场所电气线路老化，冬季取暖用火用电风险还在上升。";
const CHECK =
  "各街道要在十一月底前对辖区仓储物流、小作坊和出租房开展一次全面排查，查出的隐患要建立台账，逐项明确整改责任人。";
const CLOSING = "同志们，秋冬季是事故易发多发期，希望大家克服松懈思想，抓紧抓实各项工作，确保全区安全形势持续稳定。";
const blocksOf = (page: string[]) => mineText(page.join("\n")).speeches.flatMap((s) => s.blocks.map((b) => b.text));

describe("a portal's 政策解读 sidebar floated between two paragraphs of a speech", () => {
  const sidebar = ["政策解读", "·《有限空间作业安全指导手册》解读", "·城镇燃气安全专项整治问答", "·图说冬季用电安全"];

  it("removes the column's label and its bulleted links, and keeps the paragraphs on both sides", () => {
    const page = [TITLE, "区政府副区长　蒋××", "同志们：", OPENING, "一、认清形势", SITUATION, ...sidebar];
    page.push(PROBLEMS, "二、抓好排查", CHECK, CLOSING);
    const mined = mineText(page.join("\n"));
    for (const line of sidebar) expect(removalReason(mined.removed, line)).toBeDefined();
    const blocks = mined.speeches.flatMap((s) => s.blocks.map((b) => b.text));
    expect(blocks).toEqual(expect.arrayContaining([SITUATION, PROBLEMS, CHECK]));
  });

  it("keeps a speech's sentence about explaining the policy and its own points under a heading", () => {
    const own = "要做好政策解读，把新修订的条例讲给企业负责人听，让他们知道违法的代价。";
    const points = ["·动火作业一律先审批后作业", "·取暖设备一律远离可燃物"];
    const page = [TITLE, "同志们：", OPENING, "一、认清形势", SITUATION, own, "二、抓好排查", CHECK];
    page.push("冬季防火重点", ...points, CLOSING);
    const mined = mineText(page.join("\n"));
    expect(removalReason(mined.removed, own)).toBeUndefined();
    for (const line of points) expect(removalReason(mined.removed, line)).toBeUndefined();
  });
});

describe("a portal's row of 【】 buttons under the speech", () => {
  it("reads 【打印】 【关闭】 【返回顶部】 as a row of buttons, with or without spaces between them", () => {
    for (const row of ["【打印】 【关闭】 【返回顶部】", "【打印】【关闭】【回到顶部】", "打印　关闭　返回顶部"])
      expect(lineNoiseReason(row, false, false)).toBe("论坛界面文字");
  });

  it("keeps a speech's sentence about workers going back up to a tank's top", () => {
    const own = "储罐检修完毕后，作业人员返回顶部平台前必须重新检测气体浓度，严禁未经检测擅自登顶作业。";
    expect(lineNoiseReason(own, false, false)).toBeNull();
    expect(blocksOf([TITLE, "同志们：", OPENING, own, CHECK, CLOSING])).toContain(own);
  });
});

describe("an old CMS that prints the browser's title again at its article's second page", () => {
  const window = `${TITLE} - 桐溪镇人民政府`;

  it("removes the copy with the pager, and joins the sentence it cut", () => {
    const page = [window, "桐溪镇人民政府欢迎您！", TITLE, "镇长　贺××", "同志们：", OPENING, SITUATION];
    page.push(
      "各村要在十一月底前对辖区仓储物流、小作坊和出租房开展一次全面排查，查出的隐患要建立",
      "共2页：　[1]　2　下一页",
    );
    page.push("", window, "台账，逐项明确整改责任人。", PROBLEMS, CLOSING, "共2页：　1　[2]　上一页");
    const mined = mineText(page.join("\n"));
    expect(mined.speeches.map((s) => s.title)).toEqual([TITLE]);
    const blocks = mined.speeches.flatMap((s) => s.blocks.map((b) => b.text));
    expect(blocks).toContain(
      "各村要在十一月底前对辖区仓储物流、小作坊和出租房开展一次全面排查，查出的隐患要建立台账，逐项明确整改责任人。",
    );
    expect(blocks.join("")).not.toContain("桐溪镇人民政府");
  });

  it("keeps the speech's own sentence that names the town's government", () => {
    const own = "桐溪镇人民政府将把安全生产纳入各村年度考核，对工作不力的村予以通报。";
    const page = [window, TITLE, "同志们：", OPENING, SITUATION, own, CHECK, CLOSING];
    expect(blocksOf(page)).toContain(own);
  });
});

describe("a news page's lead that hands over a host's words and a speech", () => {
  const host = "在市安委会2024年第三次全体会议上的主持词";
  const speech = "在市安委会2024年第三次全体会议上的讲话";
  const lead = "现将会议主持词和林××市长讲话全文刊发如下：";
  const page = ["某某市安全生产委员会办公室", "首页 | 工作动态 | 通知公告", "市安委会召开2024年第三次全体会议"];
  page.push("2024-09-12 16:05　来源：市安委办　【打印】【关闭】");
  page.push("9月11日，市安委会召开2024年第三次全体会议，总结前三季度工作，部署四季度任务。市长林××出席会议并讲话。");
  page.push("▲9月11日，市安委会全体会议在市政府召开。（记者 单×× 摄）", lead, "");
  page.push(host, "副市长、市安委会副主任　唐××", "（2024年9月11日）", "同志们：");
  page.push(
    "今天召开市安委会全体会议。首先，请市应急管理局通报前三季度情况。",
    "下面，请林××市长作重要讲话，大家欢迎。",
  );
  page.push("刚才，林××市长作了重要讲话，请大家认真抓好落实。散会。", "");
  page.push(speech, "市长、市安委会主任　林××", "同志们：", OPENING, SITUATION, CHECK, CLOSING);

  it("removes the lead, so the host's words keep their title", () => {
    const mined = mineText(page.join("\n"));
    expect(removalReason(mined.removed, lead)).toBeDefined();
    expect(mined.speeches.map((s) => s.title)).toEqual([host, speech]);
  });

  it("keeps a speech's sentence that announces results it reads out", () => {
    const own = "现将2024年度各街道安全生产目标考核结果公布如下：";
    expect(blocksOf([TITLE, "同志们：", OPENING, own, "一等：东城街道、南湖街道。", CHECK, CLOSING])).toContain(own);
  });
});
