import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_CLOSING,
  COUNTY_DUTY,
  COUNTY_OPENING,
  COUNTY_SITUATION,
} from "../testing/county-speech-lines";
import { speechesOf, textsOf } from "../testing/mined-page";

// Pages written for these tests in the shapes of set 58's, pages of many speeches: a portal's 专题 reprinting a
// meeting's speeches each under its one-line lead, a 范文 site's notes and VIP button between them, a 公众号's main
// titles with a quoted phrase, a 文秘 site's 主持词 after a speech.

const BODY = [COUNTY_OPENING, COUNTY_SITUATION, COUNTY_CHECK, COUNTY_DUTY];

describe("a portal's 专题 of a meeting's speeches", () => {
  it("drops each speech's lead over its 【讲话全文】 or its title, and keeps an opening that names who spoke", () => {
    const opening = "刚才，周市长的讲话站位高远、要求明确，李副市长作了具体部署。下面，我代表区委、区政府作表态发言。";
    const page = [
      "在全市安全生产工作会议上的讲话",
      "同志们：",
      ...BODY,
      COUNTY_CLOSING,
      "",
      "泓安区区长陈某代表区委、区政府作表态发言，表示将开展“百日攻坚”隐患清零行动。",
      "",
      "【讲话全文】",
      "泓安区在全市安全生产工作会议上的表态发言",
      opening,
      ...BODY,
      "",
      "市交通运输局局长郑某围绕“两客一危”车辆和公路水路安全，代表行业部门作表态发言。",
      "市交通运输局在全市安全生产工作会议上的表态发言",
      ...BODY,
    ];
    const speeches = speechesOf(page);
    expect(speeches.map((s) => s.title)).toEqual([
      "在全市安全生产工作会议上的讲话",
      "泓安区在全市安全生产工作会议上的表态发言",
      "市交通运输局在全市安全生产工作会议上的表态发言",
    ]);
    expect(speeches[0]!.blocks.at(-1)!.text).toBe(COUNTY_CLOSING);
    expect(speeches[1]!.blocks[0]!.text).toBe(opening);
    expect(textsOf(page).join("\n")).not.toMatch(/陈某|郑某/);
  });
});

describe("a 范文 site's collection", () => {
  it("drops the site's upload notice and its VIP button between two speeches", () => {
    const page = [
      "范文一",
      "在全县安全生产工作会议上的讲话",
      ...BODY,
      COUNTY_CLOSING,
      "此范文由用户上传，本站不保证其内容的准确性，请结合实际修改使用。",
      "开通VIP会员，全站8万余篇范文无限下载，每天不到1毛钱",
      "立即开通 >>",
      "范文二",
      "在全镇安全生产工作会议上的表态发言",
      ...BODY,
    ];
    expect(speechesOf(page)).toHaveLength(2);
    expect(textsOf(page).join("\n")).not.toMatch(/用户上传|立即开通/);
  });

  it("joins a main title with a quoted phrase to its ——subtitle, and keeps a 主持词's 参加会议的有… after a speech", () => {
    const attendance =
      "今天，我们召开全市第二季度安全生产例会。参加会议的有市安委会成员单位分管负责同志、各区县应急管理局局长。";
    const page = [
      "以“时时放心不下”的责任感抓好安全生产",
      "——在县安委会全体会议暨防汛工作部署会上的讲话",
      "同志们：",
      ...BODY,
      "同志们，安全生产工作只有进行时，没有完成时。今天的会议就到这里，散会。",
      "",
      "【篇二】在全市第二季度安全生产例会上的主持词",
      "各位领导、同志们：",
      attendance,
      COUNTY_SITUATION,
    ];
    const speeches = speechesOf(page);
    expect(speeches.map((s) => s.title)).toEqual([
      "以“时时放心不下”的责任感抓好安全生产——在县安委会全体会议暨防汛工作部署会上的讲话",
      "在全市第二季度安全生产例会上的主持词",
    ]);
    expect(speeches[1]!.blocks.map((b) => b.text)).toContain(attendance);
  });
});
