import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_CLOSING,
  COUNTY_DUTY,
  COUNTY_OPENING,
  COUNTY_SITUATION,
  COUNTY_SPEECH,
  COUNTY_SPEECH_BLOCKS,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
  COUNTY_TITLE,
} from "../testing/county-speech-lines";
import { speechesOf, textsOf } from "../testing/mined-page";

// Pages written for these tests in the shapes of sets 72 and 73's: a 文库 view's letter codes and slogan, a
// downloaded 范文's plugs inside sentences, a course's quiz, a forum thread over floors, a 简报 with its 目录.

describe("a document site's text view", () => {
  it("cuts letter codes set into sentences (qWmzT, RbxKtv, pHodE) where the page holds three or more", () => {
    const page = [
      ...COUNTY_SPEECH_HEAD.slice(0, 3),
      "今天召开全县安全生产工作会议，主要是分析当前qWmzT形势，部署下一阶段重点工作。刚才，县应急管理局通报了有关情况，我完全同意。",
      "一、认清形势",
      "今年以来，全县安全生产形势总体平稳，但事故总量RbxKtv仍然偏大，部分企业主体责任落实不到位，安全隐患依然不少，形势不容乐观。",
      "二、抓好排查",
      COUNTY_CHECK.replace("建立隐患台账", "建立pHodE隐患台账"),
      ...COUNTY_SPEECH_REST.slice(2),
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps a name written in parts (DeepSeek, WeChat) and a lone odd word", () => {
    const own = "要用好DeepSeek等人工智能工具和WeChat工作群，提高隐患排查效率。";
    expect(textsOf([...COUNTY_SPEECH_HEAD, own, ...COUNTY_SPEECH_REST])).toContain(own);
  });

  it("cuts the site's name with its slogan where the page sets it into sentences (学海文库·海量精品文档免费看)", () => {
    const plug = "学海文库·海量精品文档免费看";
    const page = [
      "学海文库 > 党政公文 > 领导讲话",
      ...COUNTY_SPEECH_HEAD.slice(0, 3),
      COUNTY_OPENING.replace("主要是", `主要是${plug}`),
      "一、认清形势",
      COUNTY_SITUATION.replace("但事故", `但${plug}事故`),
      ...COUNTY_SPEECH_REST,
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});

describe("a 范文 downloaded with the site's plugs", () => {
  it("cuts a plug from its sentence and keeps the sentence (关注公众号“…”，免费领取海量范文; （…原创范文，未经授权禁止转载）)", () => {
    const page = [
      ...COUNTY_SPEECH_HEAD.slice(0, 3),
      COUNTY_OPENING.replace("主要是", "主要是关注公众号“公文百事通”，免费领取海量范文"),
      "一、认清形势",
      COUNTY_SITUATION.replace("但事故", "但（公文百事通原创范文，未经授权禁止转载）事故"),
      ...COUNTY_SPEECH_REST,
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});

describe("a course page's quiz", () => {
  it("drops the quiz under its label with a note, its questions asked outright and their options", () => {
    const quiz = [
      "课后测验（共2题，全部答对可获得本课学分）",
      "1.本讲提出，隐患整改应按照哪一流程开展？（单选）",
      "A. 查、改、复、销　B. 查、报、改、销　C. 排、改、验、销",
      "2.本讲要求乡镇应急管理站做到哪些“有”？（多选）",
      "A. 有人员　B. 有场所　C. 有装备　D. 有经费",
    ];
    expect(textsOf([...COUNTY_SPEECH, ...quiz])).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});

describe("a forum thread posted over floors", () => {
  it("drops the poster's note that he posts over floors, the replies' names and their button rows", () => {
    const page = [
      "老岳在基层",
      "1楼 楼主 发表于 2025-06-14 21:05:37 | 只看该作者",
      "前两天给镇长写的，会上基本照念，发出来和大家交流。字数多，分三楼发。",
      ...COUNTY_SPEECH_HEAD,
      "（未完，接3楼）",
      "回复　引用　举报　　顶 0　踩 0",
      "",
      "青山不语",
      "2楼 发表于 2025-06-14 21:16:02",
      "感谢楼主分享，先收藏了！",
      "回复　引用　举报　　顶 0　踩 0",
      "",
      "老岳在基层",
      "3楼 楼主 发表于 2025-06-14 21:20:48 | 只看该作者",
      "（接1楼）",
      ...COUNTY_SPEECH_REST,
      "回复　引用　举报　　顶 0　踩 0",
    ];
    const speeches = speechesOf(page);
    expect(speeches.map((s) => s.title)).toEqual([COUNTY_TITLE]);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});

describe("a 简报 whose 目录 lists its sections", () => {
  const contents = [
    "目录",
    "一、全县开展燃气安全专项检查",
    `二、县长在全县安全生产工作会议上的讲话`,
    "三、重大事故隐患整改任务清单",
  ];
  const news = [
    "一、全县开展燃气安全专项检查",
    "6月10日至12日，县安委办组织对全县燃气企业开展专项检查，发现隐患23项，已限期整改。",
  ];
  const tasks = [
    "三、重大事故隐患整改任务清单",
    "1.某燃气公司调压站报警仪失效。责任单位：县住建局；完成时限：7月10日。",
  ];

  it("drops the sections' heads and the sections that carry no speech", () => {
    const page = [
      "安全简报",
      "2025年第6期",
      ...contents,
      "",
      ...news,
      "",
      contents[2]!,
      ...COUNTY_SPEECH,
      "",
      ...tasks,
    ];
    const speeches = speechesOf(page);
    expect(speeches.map((s) => s.title)).toEqual([COUNTY_TITLE]);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("leaves a speech's own 提纲 and its sections alone", () => {
    const outline = ["提纲", "一、认清形势", "二、抓好排查", "三、压实责任"];
    const page = [COUNTY_TITLE, ...outline, "同志们：", COUNTY_OPENING, "一、认清形势", COUNTY_SITUATION];
    const texts = textsOf([...page, "二、抓好排查", COUNTY_CHECK, "三、压实责任", COUNTY_DUTY, COUNTY_CLOSING]);
    expect(texts).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});
