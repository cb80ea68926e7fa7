import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_SITUATION,
  COUNTY_SPEECH,
  COUNTY_SPEECH_BLOCKS,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
} from "../testing/county-speech-lines";
import { textsOf } from "../testing/mined-page";

// Set 139's platform pages: a study platform's points prompt and comments under 观点（N）, a self-media account's
// header, plug and watermark, and a Word draft's bare tracked changes and named comment — each read by the page's own
// evidence, and a speech's own lines of those shapes kept.

describe("a study platform's points prompt and its readers' comments", () => {
  const header = ["青禾学习平台　学而时习", "首页　　推荐　　我的", "我的积分：今日已累计 9 分"];

  it("drops a points prompt copied between two paragraphs on a page that counts the reader's points", () => {
    const texts = textsOf([...header, ...COUNTY_SPEECH_HEAD, "视听学习 +1分", ...COUNTY_SPEECH_REST]);
    expect(texts).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps a speech's own table of points on a page with no counter", () => {
    const own = "主动报告重大隐患+5分";
    const texts = textsOf([
      ...COUNTY_SPEECH_HEAD,
      "对举报隐患的职工，按以下标准给予奖励积分：",
      own,
      ...COUNTY_SPEECH_REST,
    ]);
    expect(texts).toContain(own);
  });

  it("drops the share bar and the comments under 观点（N） after the closing", () => {
    const texts = textsOf([
      ...header,
      ...COUNTY_SPEECH,
      "",
      "点赞 51　　收藏　　分享到：微信　QQ空间　微博",
      "观点（4）",
      "发表观点 +1分（每日上限1分）",
      "老街巡查员　04-02 19:30",
      "“排查要全覆盖”说得好，我们村马上行动。",
      "河畔小林　04-03 07:15",
      "责任压实到人，点赞！",
    ]);
    expect(texts).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps a speech's sentence about sharing, and its lines under a 观点（N） of its own text", () => {
    const share = "要把安全提示分享到微信群、朋友圈和QQ空间，扩大宣传覆盖面。";
    const heard = "网上的意见集中在排查不细、整改不实两个方面，大家要认真对照。";
    const listed = "对群众反映的问题，要逐条建立台账，限期整改销号。";
    const texts = textsOf([
      ...COUNTY_SPEECH_HEAD,
      share,
      "观点（2）",
      "老街巡查员　04-02 19:30",
      heard,
      listed,
      ...COUNTY_SPEECH_REST,
    ]);
    expect(texts).toEqual(expect.arrayContaining([share, heard, listed, ...COUNTY_SPEECH_REST]));
  });
});

describe("a self-media account's header, plug and name set into a sentence", () => {
  const watermarked = COUNTY_SITUATION.replace("部分企业", "部分安全小课堂企业");
  const page = (extra: string[]) => [
    "头条号　|　打开App",
    "安全小课堂V　粉丝数：2.4万",
    "+关注",
    ...COUNTY_SPEECH_HEAD.slice(0, 5),
    watermarked,
    "关注@安全小课堂，每周更新讲话范文，写材料不发愁！",
    ...extra,
    ...COUNTY_SPEECH_REST,
  ];

  it("drops the plug naming the page's account and cuts the account's name from the sentence", () => {
    expect(textsOf(page([]))).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps the name where the speech mentions the account as its own words", () => {
    const own = "要办好“安全小课堂”公众号，每周推送一期警示案例。";
    const texts = textsOf(page([own]));
    expect(texts).toContain(own);
  });

  it("keeps a speech's own 关注@… line on a page with no account header", () => {
    const own = "关注@县应急管理局官方微博，及时获取汛期预警信息。";
    const texts = textsOf([...COUNTY_SPEECH_HEAD, own, ...COUNTY_SPEECH_REST]);
    expect(texts).toContain(own);
  });
});

describe("a Word draft's bare tracked changes and a reviewer's named comment", () => {
  const revised = COUNTY_CHECK.replace("确保整改到位", "确保整改[删除: 基本][插入: 全部]到位");

  it("drops the comment line and keeps the accepted reading of a replacement", () => {
    const texts = textsOf([
      ...COUNTY_SPEECH_HEAD,
      "[批注 李科长: 这一段的提法再和办公室对一下]",
      "二、抓好排查",
      revised,
      ...COUNTY_SPEECH_REST.slice(2),
    ]);
    expect(texts).toEqual(COUNTY_SPEECH_BLOCKS.map((t) => t.replace("确保整改到位", "确保整改全部到位")));
  });

  it("keeps a bracketed 批注 line with no reviewer's post on a page without a draft's marks", () => {
    const own = "【批注 三条原则：先查后改、边查边改、查改结合】";
    const texts = textsOf([...COUNTY_SPEECH_HEAD, own, ...COUNTY_SPEECH_REST]);
    expect(texts.some((t) => t.includes("三条原则"))).toBe(true);
  });

  it("keeps a bracketed 插入 field on a page without a draft's marks", () => {
    const own = "各单位报送材料时，在表头[插入：单位名称及联系人]，再逐项填写隐患整改情况。";
    const texts = textsOf([...COUNTY_SPEECH_HEAD, own, ...COUNTY_SPEECH_REST]);
    expect(texts).toContain(own);
  });
});
