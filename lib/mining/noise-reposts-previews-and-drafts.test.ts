import { describe, expect, it } from "vitest";
import { removalReason } from "../testing/page-noise";
import { mineText } from "./text-pipeline";
import {
  COUNTY_TITLE as TITLE,
  COUNTY_OPENING as OPENING,
  COUNTY_SITUATION as SITUATION,
  COUNTY_CHECK as CHECK,
  COUNTY_DUTY as DUTY,
  COUNTY_CLOSING as CLOSING,
} from "../testing/county-speech-lines";

// Pages written for these tests in the shapes of set 32's: a government site's page with its 相关附件 files, a 简书
// article under its author's preface, a 百家号 article with an ad card between paragraphs, a preview whose page
// numbers stand glued to a paragraph's end, a clerk's draft with its notes in brackets.
const blocksOf = (page: string[]) =>
  mineText(page.join("\n")).speeches.flatMap((s) => s.blocks.map((b) => `${b.kind[0]} ${b.text}`));
const SPEECH = [
  TITLE,
  "同志们：",
  OPENING,
  "一、认清形势",
  SITUATION,
  "二、排查隐患",
  CHECK,
  "三、压实责任",
  DUTY,
  CLOSING,
];
const WHOLE = [
  `p ${OPENING}`,
  "h 一、认清形势",
  `p ${SITUATION}`,
  "h 二、排查隐患",
  `p ${CHECK}`,
  "h 三、压实责任",
  `p ${DUTY}`,
  `p ${CLOSING}`,
];

describe("a government site's page with the speech's files listed under 相关附件：", () => {
  it("removes the label and the files", () => {
    const files = ["1.在全县安全生产工作会议上的讲话.doc", "2.××县一季度安全生产形势分析.doc"];
    const mined = mineText([...SPEECH, "【打印本页】【关闭窗口】", "相关附件：", ...files].join("\n"));
    expect(mined.speeches.flatMap((s) => s.blocks.map((b) => `${b.kind[0]} ${b.text}`))).toEqual(WHOLE);
    expect(removalReason(mined.removed, files[1]!)).toBe("附件");
  });
});

describe("a page template's 相关附件：无 above a speech", () => {
  it("removes the label alone: the speech keeps its opening", () => {
    for (const label of ["相关附件：无", "相关附件：", "附件：暂无"])
      expect(blocksOf([TITLE, "发布时间：2024-04-08", label, "", ...SPEECH.slice(2)])).toEqual(WHOLE);
  });
});

describe("a 简书 article under its author's preface", () => {
  const preface =
    "前段时间单位让我帮镇里写一篇讲话，前前后后改了四稿。现在把定稿分享出来，写材料的朋友可以参考一下框架和思路。";
  const page = [
    "首页 下载APP 会员 IT技术",
    "搜索",
    "安监老张",
    "关注",
    "2023.08.28 21:37:16 字数 3012 · 阅读 156",
    preface,
    "",
    ...SPEECH,
    "“小礼物走一走，来简书关注我”",
    "赞赏支持",
  ];
  page.push("还没有人赞赏，支持一下", "更多精彩内容，就在简书APP");

  it("reads one speech: the author's preface and the site's appeals go", () => {
    const mined = mineText(page.join("\n"));
    expect(mined.speeches.map((s) => s.title)).toEqual([TITLE]);
    expect(blocksOf(page)).toEqual(WHOLE);
    expect(removalReason(mined.removed, "更多精彩内容，就在简书APP")).toBe("网站互动提示");
  });
});

describe("an ad card between a speech's paragraphs", () => {
  it("removes 【广告】 with its advertiser's line, and the speech keeps its headings", () => {
    const ad = ["【广告】笔杆子公文写作训练营 7天学会写领导讲话稿", "××教育科技 广告 立即咨询"];
    const page = [...SPEECH.slice(0, 5), ...ad, ...SPEECH.slice(5)];
    const mined = mineText(page.join("\n"));
    expect(mined.speeches.map((s) => s.title)).toEqual([TITLE]);
    expect(blocksOf(page)).toEqual(WHOLE);
    expect(removalReason(mined.removed, ad[1]!)).toBe("广告");
  });
});

describe("a speech's own words that look like a site's", () => {
  it("keeps bracketed 广告 and 推广 items, APP and 更多精彩内容 in sentences and headings, and bracketed emphasis", () => {
    const own = [
      "【广告】查处虚假违法广告案件125件，罚没款320万元。",
      "【推广】全年推广主导品种15个，示范面积3万亩。",
      "我们推出的应急科普平台上线以来，累计访问量突破200万人次，更多精彩内容就在平台上，欢迎大家转发分享。",
      "隐患排查要坚持【应查尽查、应改尽改、待核实事项一律核实】，决不能走过场。",
      "【请各单位逐项核实】对排查出的隐患要逐一建立台账。",
    ];
    const blocks = blocksOf([
      TITLE,
      "同志们：",
      OPENING,
      "一、认清形势",
      ...own,
      "二、让安全知识就在“平安××”APP",
      CHECK,
      "三、压实责任",
      DUTY,
    ]);
    for (const line of own) expect(blocks).toContain(`p ${line}`);
    expect(blocks).toContain("h 二、让安全知识就在“平安××”APP");
    expect(blocks).toContain("h 三、压实责任");
  });

  it("keeps a short speech of a collection that says it will share the text with the room", () => {
    const training = "在全市公文写作培训班结业仪式上的讲话";
    const words = [
      "为期三天的培训今天就要结束了。这次培训时间虽短，但内容丰富、针对性强，大家学得认真、收获很大。",
      "在座的都是写材料的朋友，希望大家把学到的方法用到工作中去，多读多写多改，不断提高文字综合能力。",
      "最后，祝大家工作顺利、身体健康！",
    ];
    const mined = mineText([training, ...words, "", "", ...SPEECH].join("\n"));
    expect(mined.speeches.map((s) => s.title)).toEqual([training, TITLE]);
  });
});

describe("a preview's page number glued to the end of a paragraph", () => {
  it("cuts - 1 - after a sentence's end, and the next page's paragraph stays a paragraph of its own", () => {
    const page = [
      TITLE,
      "同志们：",
      OPENING,
      `　　${SITUATION}- 1 -`,
      "下载 · 举报 · 收藏 · 分享",
      "第 2 页 / 共 6 页",
    ];
    page.push(`　　${CHECK}`, `　　${CLOSING}`);
    expect(blocksOf(page)).toEqual([`p ${OPENING}`, `p ${SITUATION}`, `p ${CHECK}`, `p ${CLOSING}`]);
    const figures = "三个环节按1-2-3的顺序推进，分数按 5 - 3 - 1 计。";
    const text = blocksOf([TITLE, "同志们：", OPENING, figures, CLOSING]).join("\n");
    for (const kept of ["1-2-3", "5 - 3 - 1"]) expect(text).toContain(kept);
  });
});

describe("a clerk's note in brackets inside a draft's sentence", () => {
  it("cuts 【数据待安环部核实】 and keeps 【待核：1263】, which holds the figure", () => {
    const noted = "今年累计排查整改各类隐患××项，整改率达到××%【数据待安环部核实】。";
    expect(blocksOf([TITLE, "同志们：", OPENING, noted, CLOSING])).toContain(
      "p 今年累计排查整改各类隐患××项，整改率达到××%。",
    );
    const figure = "今年累计排查整改各类隐患【待核：1263】项。";
    expect(blocksOf([TITLE, "同志们：", OPENING, figure, CLOSING])).toContain(`p ${figure}`);
  });
});
