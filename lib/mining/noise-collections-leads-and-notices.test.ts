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
const SECOND_SPEECH = [
  "在全镇安全生产工作会议上的讲话",
  "同志们：",
  "今天召开全镇安全生产工作会议，主要是贯彻落实全县会议精神，安排部署全镇下一阶段工作。",
  "全镇有小作坊四十余家、自建房出租户二百余户，消防隐患不容忽视，各村要逐户排查，建立台账。",
  "各村党支部书记是本村安全生产第一责任人，要把责任落实到每一个网格、每一户人家。",
];

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

describe("lines that report or cue a speech but are a speech's or a host's own", () => {
  it("keeps a main title naming 工作部署, a title over 【讲话全文】, and a speech's last words before the next title", () => {
    const subtitled = [
      "压紧压实安全责任 确保各项工作部署落地见效",
      "——在全县安全生产工作会议上的讲话",
      "同志们：",
      ...BODY,
    ];
    expect(speechesOf(subtitled).map((s) => s.title)).toEqual([
      "压紧压实安全责任确保各项工作部署落地见效——在全县安全生产工作会议上的讲话",
    ]);
    const marked = ["企业代表在全市安全生产工作会议上的表态发言", "【讲话全文】", ...BODY];
    expect(speechesOf(marked).map((s) => s.title)).toEqual(["企业代表在全市安全生产工作会议上的表态发言"]);
    for (const last of [
      "各乡镇、各部门要迅速传达贯彻本次会议精神，结合实际抓好各项工作部署的落实，确保全县安全生产形势持续稳定。",
      "在此，代表全镇干部群众郑重表态：坚决完成全年安全生产目标任务！",
      "这次会议开得很好，县委书记李某作了重要讲话，大家要认真抓好贯彻落实。散会！",
      "首先，请县应急管理局局长王某通报一季度全县安全生产情况并作具体部署。",
    ]) {
      const page = ["在全县安全生产工作会议上的讲话", "同志们：", ...BODY, last, ...SECOND_SPEECH];
      expect(textsOf(page)).toContain(last);
    }
  });

  it("keeps a speech's sentences on a station's guarantees and on documents users upload", () => {
    const own = [
      "凡是本站不保证安全条件的作业，一律不准开工；凡是隐患没有整改到位的设备，一律不准使用。",
      "一些文库类网站上的文档由用户上传，审核把关不严，有的干部把工作文件随手上传，造成泄密。",
    ];
    const texts = textsOf(["在全县保密和安全生产工作会议上的讲话", "同志们：", COUNTY_OPENING, ...own, COUNTY_DUTY]);
    expect(texts).toEqual(expect.arrayContaining(own));
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
