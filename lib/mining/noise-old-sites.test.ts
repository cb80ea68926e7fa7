import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_CLOSING,
  COUNTY_DUTY,
  COUNTY_SITUATION,
  COUNTY_SPEECH,
  COUNTY_SPEECH_BLOCKS,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
  COUNTY_TITLE,
} from "../testing/county-speech-lines";
import { speechesOf, textsOf } from "../testing/mined-page";

// Pages written for these tests in the shapes of set 60's, sites as they were built around 2010: a 文秘 site's
// anonymous comments under a notice, a blog's numbered comments and its poster's notes, a Discuz thread with its
// anti-scraping codes, a personal library's buttons, a 公众号's 导读, a watermark that names where the text came from.

describe("an old site's comments under the speech", () => {
  it("drops anonymous comments under a header with its notice in brackets, and the comment box's notice", () => {
    const page = [
      ...COUNTY_SPEECH,
      "",
      "网友评论：（只显示最新5条。评论内容只代表网友观点，与本站立场无关！）",
      "匿名　　评论时间：2010-4-2 9:15:37",
      "稿子不错，拿去改改就能用，感谢分享！",
      "匿名　　评论时间：2010-4-3 21:06:10",
      "能不能发个完整版的？第二部分好像少了一段。",
      "发表评论：　　用户名：　　　密码：　　　□匿名发表　　[提交]",
      "请遵守《互联网电子公告服务管理规定》及中华人民共和国其他有关法律法规。",
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("drops a blog's numbered comments, each under its commenter's name and time", () => {
    const page = [
      ...COUNTY_SPEECH,
      "",
      "评论　重要提示：警惕虚假中奖信息　[发评论]",
      "1. 河畔柳　2011-05-20 10:14:33　[举报]",
      "写得很实，特别是排查那一段。收藏了。",
      "2. 博主回复：老秘书　2011-05-20 12:02:10",
      "谢谢，都是平时攒下的。",
      "3. 新浪网友　2011-05-21 08:47:19　[举报]",
      "借用一下，我们镇下周也要开会。",
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps the messages a speech quotes under its own 网友留言（节选）", () => {
    const quoted = [
      "我们村旁边的采石场天天放炮，房子都震裂了，希望政府管一管。",
      "镇上加油站旁边有人私自卖散装汽油，太危险了。",
    ];
    const texts = textsOf([...COUNTY_SPEECH_HEAD, "网友留言（节选）", ...quoted, ...COUNTY_SPEECH_REST]);
    for (const line of quoted) expect(texts).toContain(line);
  });

  it("keeps the speech under comments a page prints above it", () => {
    const page = [
      "网友评论：（只显示最新2条）",
      "匿名　　评论时间：2010-4-2 9:15:37",
      "好文，收藏了。",
      "",
      ...COUNTY_SPEECH,
    ];
    expect(speechesOf(page).map((s) => s.title)).toEqual([COUNTY_TITLE]);
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});

describe("a Discuz thread of 2008", () => {
  const TITLE = "在县安委会第四次全体会议上的讲话";
  const thread = (body: string[]) => [
    "某某论坛 > 某某新闻 > 时政要闻 > [转帖]县长在全县安全生产工作会议上的讲话",
    "",
    "标题: [转帖]县长在全县安全生产工作会议上的讲话 [复制链接]",
    "打印 | 推荐 | 订阅 | 收藏",
    "",
    "河边老李",
    "UID 2731",
    "帖子 518",
    "积分 1206",
    "注册时间 2006-8-12",
    "楼主　大 中 小 发表于 2008-10-6 09:47　只看该作者",
    "转自县政府网，原文较长，排版是我自己调的，供各位同行参考。",
    "",
    TITLE,
    "县委书记　韩××",
    "（2008年10月31日）",
    ...body,
    "",
    "回复 | 引用 | TOP",
  ];
  const SPEECH_BODY = [...COUNTY_SPEECH_HEAD.slice(2), ...COUNTY_SPEECH_REST];

  it("drops the first floor's card and the poster's note: one speech, whose speaker is no poster", () => {
    const speeches = speechesOf(thread(SPEECH_BODY));
    expect(speeches.map((s) => [s.title, s.speaker])).toEqual([[TITLE, "县委书记韩××"]]);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("cuts the forum's anti-scraping codes out of the sentences, and keeps a road, a formula, a phone and a virus", () => {
    const jammed = [COUNTY_SITUATION, COUNTY_CHECK, COUNTY_DUTY].map((t, i) =>
      t.replace("，", `，${["6a3Tq", "Kd8w", "p2Xm9"][i]}`),
    );
    const own = "省道S213线、含KMnO4的仓库、iPhone15手机和H7N9防控都要纳入排查。";
    const body = [...COUNTY_SPEECH_HEAD.slice(2, 5), jammed[0]!, own, "二、抓好排查", jammed[1]!];
    const texts = textsOf(thread([...body, "三、压实责任", jammed[2]!, COUNTY_CLOSING]));
    expect(texts).toEqual([...COUNTY_SPEECH_BLOCKS.slice(0, 3), own, ...COUNTY_SPEECH_REST]);
  });

  it("keeps a speech's formulas, alloys and units of one digit, which have a code's shape", () => {
    const own =
      "其中游离SiO2含量超标的有6处，负压达到5kPa、剂量超过1mSv的，电石CaC2、Al2O3粉尘、1Cr5Mo管线和WiFi6监测都要查。";
    expect(textsOf([...COUNTY_SPEECH_HEAD, own, ...COUNTY_SPEECH_REST])).toContain(own);
  });
});

describe("a blog's and a library's notes around the speech", () => {
  it("drops a poster's note signed in brackets inside the speech, and his line over the next speech he shares", () => {
    const second = [
      "在全镇汛期安全生产工作会议上的讲话",
      "同志们：",
      "一、抓好排查",
      COUNTY_CHECK,
      "二、压实责任",
      COUNTY_DUTY,
    ];
    const note = "（念到这里，书记又脱稿讲了几句，这里就不记了。——老周注）";
    const page = [...COUNTY_SPEECH_HEAD, note, ...COUNTY_SPEECH_REST, "", "下面这篇是给我们镇长写的：", "", ...second];
    const speeches = speechesOf(page);
    expect(speeches.map((s) => s.title)).toEqual([COUNTY_TITLE, second[0]]);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual(COUNTY_SPEECH_BLOCKS);
    expect(speeches[1]!.blocks.map((b) => b.text)).toEqual(second.slice(2));
  });

  it("keeps an author's and a quoter's notes, a bracket ending in 关注 and a host's line over a bulletin", () => {
    const own = [
      "新建项目的安全设施必须与主体工程同时设计、同时施工、同时投入生产和使用（即“三同时”制度——作者注）。",
      "企业主要负责人要每月带班下井（指煤矿、非煤矿山企业——引者注），这是硬要求。",
      "对全市重大危险源实行分级管理（A类-重点关注），由市应急管理局直接监管。",
      "接下来的一篇是省安委会关于近期几起较大事故的通报，请大家认真听：",
    ];
    const texts = textsOf([...COUNTY_SPEECH_HEAD, ...own, ...COUNTY_SPEECH_REST]);
    for (const line of own) expect(texts).toContain(line);
  });

  it("drops a personal library's row of buttons under the title, and a 公众号's 导读 above the speech", () => {
    const lead = "导读：3月2日上午，县政府召开全县安全生产工作会议，县长出席并讲话。现将讲话全文刊发，请认真学习。";
    const page = [COUNTY_TITLE, "转藏到我的图书馆　　献花(0)　　+1", "", lead, "", ...COUNTY_SPEECH.slice(1)];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("cuts the words that named the site a watermark stood for, the sentence left whole", () => {
    const marked = COUNTY_DUTY.replace("，", "，本文来自墨香文秘网 www.moxiangws.com");
    const footer = ["", "Copyright (C) 2006-2010 www.moxiangws.com 墨香文秘网 版权所有"];
    const page = [...COUNTY_SPEECH_HEAD, ...COUNTY_SPEECH_REST.slice(0, 3), marked, COUNTY_CLOSING, ...footer];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});
