import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_CLOSING,
  COUNTY_OPENING,
  COUNTY_SITUATION,
  COUNTY_SPEECH_BLOCKS,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
  COUNTY_TITLE,
} from "../testing/county-speech-lines";
import { speechesOf, textsOf } from "../testing/mined-page";

// Pages written for these tests in the shapes of set 74's: a 视频号 card between paragraphs, a bulleted 提纲, a study
// app's reading toasts, a site's dotless domain between characters.

describe("a 公众号 article's 视频号 card", () => {
  it("drops the card's head, the video's title and its length with the views", () => {
    const card = ["▼ 视频号 · 桐溪融媒", "会议现场丨安全生产这件事，县长这样说", "▶ 02:46　　1.2万次观看"];
    expect(textsOf([...COUNTY_SPEECH_HEAD, ...card, ...COUNTY_SPEECH_REST])).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps a speech's line on a video's views where no card's head stands over it", () => {
    const own = "这条防溺水短视频播放量达到1.2万次，群众看得懂、记得住。";
    expect(textsOf([...COUNTY_SPEECH_HEAD, own, ...COUNTY_SPEECH_REST])).toContain(own);
  });
});

describe("a 提纲 whose entries are bulleted", () => {
  it("drops the head and its · 一、… entries, and the speech keeps its headings", () => {
    const outline = ["【本文提纲】", "· 一、认清形势", "· 二、抓好排查", "· 三、压实责任"];
    const page = [COUNTY_TITLE, ...outline, "", ...COUNTY_SPEECH_HEAD.slice(1), ...COUNTY_SPEECH_REST];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});

describe("a study app's reading mode", () => {
  it("drops the points toasts and the reading progress between paragraphs", () => {
    const page = [
      ...COUNTY_SPEECH_HEAD.slice(0, 4),
      "✓ 有效阅读　积分 +1",
      "本文已阅读 30%",
      ...COUNTY_SPEECH_HEAD.slice(4),
      "本文已阅读 60%",
      ...COUNTY_SPEECH_REST,
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  // Set 81/05's platform: its progress and its toast worded otherwise.
  it("drops 已学习 72% and 有效阅读满1分钟　学习积分 +1", () => {
    const page = [
      ...COUNTY_SPEECH_HEAD.slice(0, 4),
      "已学习 30%",
      "有效阅读满1分钟　学习积分 +1",
      ...COUNTY_SPEECH_HEAD.slice(4),
      "已学习 72%",
      ...COUNTY_SPEECH_REST,
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});

describe("a site's domain set between characters without its dots", () => {
  it("cuts it from the sentences (yxfanwencom)", () => {
    const mark = "yxfanwencom";
    const page = [
      COUNTY_TITLE,
      "同志们：",
      COUNTY_OPENING.replace("主要是", `主要是${mark}`),
      "一、认清形势",
      COUNTY_SITUATION.replace("但事故", `但${mark}事故`),
      ...COUNTY_SPEECH_REST,
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps a speech's Latin words between characters (5G网络, ISO45001认证)", () => {
    const own = "要依托5G网络和物联网平台，推动企业通过ISO45001认证。";
    expect(textsOf([COUNTY_TITLE, "同志们：", COUNTY_OPENING, own, COUNTY_CHECK, COUNTY_CLOSING])).toContain(own);
  });
});

// Guards written after an outside review of 63ed239 (each test fails on that commit); the pages are the reviewer's,
// written for these tests.
describe("what the review of set 74's rules found", () => {
  it("keeps English words ending in net or com inside sentences (工业internet平台, chinanet专线)", () => {
    const page = [
      "在全县工业internet+安全生产行动推进会上的讲话",
      "副县长　李明",
      "同志们：",
      "今天召开全县工业internet+安全生产行动推进会，主要是总结前期试点经验，部署全面推开工作。",
      "一、认清形势",
      "今年以来，全县已有42家重点企业接入工业internet安全监测平台，实现了风险在线监测、隐患自动预警，但中小企业接入率仍然偏低，数据应用还不够深入。",
      "二、抓好推广",
      "各乡镇要加大对中小企业的帮扶力度，年底前规上企业全部接入平台，确保风险早发现、早处置。",
      "同志们，安全生产责任重于泰山。希望大家扎实抓好各项工作。谢谢大家！",
    ];
    expect(textsOf(page).join("\n")).toContain("接入工业internet安全监测平台");
  });

  it("keeps the speech's first heading under a bulleted 提纲 with no salutation between", () => {
    const page = [
      "在全县安全生产工作会议上的讲话",
      "县长　王建国",
      "提纲：",
      "· 一、认清形势",
      "· 二、抓好排查",
      "· 三、压实责任",
      "一、认清形势",
      "今年以来，全县安全生产形势总体平稳，但事故总量仍然偏大，部分企业主体责任落实不到位，安全隐患依然不少，形势不容乐观。",
      "二、抓好排查",
      "各乡镇要对辖区内危险化学品、建筑施工、消防等重点行业领域开展一次全覆盖排查，建立隐患台账，实行闭环管理，确保整改到位。",
      "三、压实责任",
      "各乡镇党政主要负责同志是本辖区安全生产第一责任人，要严格落实党政同责、一岗双责，对责任不落实导致事故的，严肃追究责任。",
      "同志们，安全生产责任重于泰山。希望大家以高度负责的态度，扎实抓好各项工作。谢谢大家！",
    ];
    const speech = speechesOf(page)[0]!;
    expect(speech.blocks.filter((b) => b.kind === "heading").map((b) => b.text)).toEqual([
      "一、认清形势",
      "二、抓好排查",
      "三、压实责任",
    ]);
  });

  it("joins a wrapped sentence's last piece 积分+1 to its line", () => {
    const page = [
      "在全县安全生产隐患排查治理工作推进会上的讲话",
      "副县长　李明",
      "同志们：",
      "今天召开这次推进会，主要是总结前一阶段隐患排查治理工作，安排部署下一步任务。下面，我讲三点意见。",
      "一、推行隐患举报积分制",
      "为调动一线职工发现隐患、报告隐患的积极性，县应急管理局研究制定了职工隐患举报积分办法，按照隐患等级分档计分。今年上半年，全县共有1200多名职工参与举报，累计报告隐患3600余条。下一步，各企业要把积分结果与评先评优、岗位津贴挂钩，职工每报告一条一般隐患，记安全",
      "积分+1",
      "每报告一条较大隐患，记安全",
      "积分+5",
      "二、抓好整改闭环",
      "各乡镇、各部门要对排查出的隐患建立台账，明确整改责任人、整改时限和整改措施，做到整改一处、销号一处，坚决防止隐患反弹回潮。",
      "三、严格责任追究",
      "对隐患排查走过场、整改不到位导致事故发生的，要依法依规严肃追究有关单位和人员的责任，绝不姑息迁就。",
      "同志们，安全生产没有休止符。希望大家以更加扎实的作风，抓好各项工作落实。谢谢大家！",
    ];
    expect(textsOf(page).join("\n")).toContain("记安全积分+1");
  });
});

describe("a site's notice under the speech it carried", () => {
  it("drops a labelled notice below the closing, with its paragraph", () => {
    const notice = [
      "【通知公告】关于举办2025年员工安全知识竞赛的通知",
      "为巩固“安全生产月”活动成果，公司定于6月20日举办安全知识竞赛，各分厂以3人为一队报名参赛。",
    ];
    expect(textsOf([...COUNTY_SPEECH_HEAD, ...COUNTY_SPEECH_REST, "", ...notice])).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps a speech's own 【通知】 line above its closing", () => {
    const own = "【通知】会后请各乡镇把排查台账报县安委办。";
    const page = [...COUNTY_SPEECH_HEAD, ...COUNTY_SPEECH_REST.slice(0, 4), own, COUNTY_CLOSING];
    expect(textsOf(page)).toContain(own);
  });
});
