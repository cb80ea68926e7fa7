import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_CLOSING,
  COUNTY_DUTY,
  COUNTY_OPENING,
  COUNTY_SPEECH_BLOCKS,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
} from "../testing/county-speech-lines";
import { textsOf } from "../testing/mined-page";
import { mineText } from "./text-pipeline";

// Pages written for these tests in the shapes of set 40's: a 范文 site's collection numbering each speech under its
// headline, a Q&A page's other answers under the best one, and a self-media article's ad cards between paragraphs.
const HEAD = COUNTY_SPEECH_HEAD;
const REST = COUNTY_SPEECH_REST;
const BLOCKS = COUNTY_SPEECH_BLOCKS;

describe("a collection's marker under the page's headline", () => {
  const headline = "安全生产工作会议领导讲话稿";
  const second = ["在全镇安全生产例会上的讲话", "镇长　×××", "同志们：", COUNTY_OPENING, COUNTY_CHECK, COUNTY_CLOSING];

  it("removes 讲话稿 篇2 over the next speech's title, and each speech keeps its own blocks", () => {
    const page = [`${headline}（通用2篇）`, `${headline} 篇1`, ...HEAD, ...REST, `${headline} 篇2`, ...second];
    const { speeches } = mineText(page.join("\n"));
    expect(speeches.map((s) => s.title)).toEqual(["在全县安全生产工作会议上的讲话", "在全镇安全生产例会上的讲话"]);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual(BLOCKS);
    const secondText = speeches[1]!.blocks.map((b) => b.text).join("");
    expect(secondText).toContain(COUNTY_CHECK);
    expect(secondText).not.toContain(headline);
  });

  it("keeps a numbered heading ending in 第3篇 over a title it reads out, and a main title over its ——subtitle", () => {
    const heading = "一、领学《安全生产论述摘编》第3篇";
    const read = [
      heading,
      "在全国安全生产电视电话会议上的讲话",
      "这篇讲话立意高远，大家要逐段研读，深刻领会其核心要义。",
    ];
    expect(textsOf([...HEAD.slice(0, 4), ...read, COUNTY_CLOSING])).toContain(heading);
    const main = "坚定信心 真抓实干 奋力开创安全生产新局面（第2篇）";
    const { speeches } = mineText([main, "——在全县安全生产工作会议上的讲话", ...HEAD.slice(1), ...REST].join("\n"));
    expect(speeches[0]!.title).toContain("奋力开创安全生产新局面");
  });

  it("keeps a heading ending in 第3篇 that no title follows", () => {
    const line = "二、学好《安全生产读本》第3篇";
    expect(textsOf([...HEAD, line, COUNTY_CHECK, ...REST.slice(2)])).toContain(line);
  });
});

describe("a Q&A page's other answers", () => {
  const others = [
    "赞 126 踩 3 举报 收起回答",
    "其他回答（2条）",
    "匿名用户LV.2 2024-07-11 16:02",
    "这种稿子网上一搜一大把，关键是要把你们镇今年的事故数填进去。",
    "赞 8 踩 1 举报",
    "风吹麦浪LV.4 2024-07-12 08:37",
    "先去安监站要上半年的隐患台账，再照着框架写最快。",
    "赞 2 踩 0 举报",
  ];

  it("removes the answers under 其他回答（2条） and the vote buttons under the best one", () => {
    expect(textsOf([...HEAD, ...REST, ...others])).toEqual(BLOCKS);
  });

  it("keeps a speech posted in another answer when the best answer holds only advice", () => {
    const advice = [
      "最佳回答",
      "这类讲话一般按照认清形势、抓好排查、压实责任三块来写，开头要肯定成绩。",
      "下面那位网友写的框架就很好，你把本县的数据填进去就行。",
      "赞 12 踩 1 举报",
    ];
    const answer = ["其他回答（2条）", "热心网友LV.3 2024-06-11 10:02", COUNTY_CHECK, COUNTY_DUTY, COUNTY_CLOSING];
    expect(textsOf(["安全生产工作会议上县长讲话怎么写？", ...advice, ...answer])).toEqual(
      expect.arrayContaining([COUNTY_CHECK, COUNTY_DUTY]),
    );
  });

  it("keeps 赞 in the speech's own words", () => {
    const praise = "赞扬先进、鞭策后进，对排查整改成效突出的3个乡镇通报表扬。";
    expect(textsOf([...HEAD, praise, ...REST])).toContain(praise);
  });
});

describe("an article's ad cards between its paragraphs", () => {
  it("removes a card whose lines stand apart, its headline with commas, down to its button", () => {
    const card = [
      "广告",
      "",
      "安全员证报名入口开放中，零基础可报，考前集训包过班",
      "",
      "限时优惠 · 咨询免费",
      "",
      "了解详情",
      "",
    ];
    const plain = ["广告", "", "防爆对讲机 化工厂专用本安型 工厂直发", "", "¥268起 | 已售2.1万件", "", "了解详情", ""];
    expect(textsOf([...HEAD, "", ...card, ...REST])).toEqual(BLOCKS);
    expect(textsOf([...HEAD, "", ...plain, ...REST])).toEqual(BLOCKS);
  });

  it("removes a card of five lines down to its button, and one whose headline reads as a title", () => {
    const long = [
      "广告",
      "",
      "安全员证报考",
      "",
      "零基础可报 考前集训",
      "",
      "¥1980起 | 已报3.2万人",
      "",
      "限时优惠",
      "",
      "了解详情",
    ];
    expect(textsOf([...HEAD, "", ...long, "", ...REST])).toEqual(BLOCKS);
    const titled = ["广告", "", "公文写作速成班：7天学会领导讲话稿", "", "立即报名>"];
    expect(mineText([...HEAD, "", ...titled, "", ...REST].join("\n")).speeches).toHaveLength(1);
  });

  it("keeps the title, speaker and salutation, or a heading, under a labelled card without a button", () => {
    const label = "广告 · 中公教育";
    const apart = [label, "", ...HEAD.flatMap((l) => [l, ""]), ...REST];
    const { speeches } = mineText(apart.join("\n"));
    expect(speeches[0]!.title).toBe(HEAD[0]);
    expect(speeches[0]!.speaker).not.toBeNull();
    const mid = [...HEAD, label, "防爆对讲机 工厂直发", ...REST];
    expect(textsOf(mid)).toEqual(BLOCKS);
  });

  it("keeps a speech's 广告 label over its own lines, apart or not, without a button", () => {
    const lines = [
      "户外广告牌，店招店牌",
      "各区要对辖区内户外广告牌逐一登记造册，对存在锈蚀、松动的要立即拆除或加固。",
    ];
    const kept = textsOf([...HEAD, "", "广告", "", lines[0]!, "", lines[1]!, "", COUNTY_DUTY, COUNTY_CLOSING]);
    expect(kept).toEqual(expect.arrayContaining(lines));
  });
});
