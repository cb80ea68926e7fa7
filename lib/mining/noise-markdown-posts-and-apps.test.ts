import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_CLOSING,
  COUNTY_DUTY,
  COUNTY_OPENING,
  COUNTY_SITUATION,
  COUNTY_SPEECH_BLOCKS,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
  COUNTY_TITLE,
} from "../testing/county-speech-lines";
import { speechesOf, textsOf } from "../testing/mined-page";

// Pages written for these tests in the shapes of set 49's: a self-media repost whose headings are bold Markdown
// lines, an online document exported as Markdown with its particulars and bullets, a study app's article with its
// points toast, a 范文 page cut by its paywall mid-sentence, a 微博 long post, a recording's transcript.

const blocksOf = (page: string[]) => speechesOf(page).flatMap((s) => s.blocks.map((b) => [b.kind, b.level, b.text]));

describe("Markdown shown by bold lines only", () => {
  const page = [
    "各位朋友好，今天给大家带来一篇县长的讲话，原汁原味，建议收藏后慢慢看。",
    "",
    `## ${COUNTY_TITLE}`,
    "县长　×××",
    "同志们：",
    COUNTY_OPENING,
    "",
    "**一、认清形势**",
    "",
    COUNTY_SITUATION,
    "",
    "**二、抓好排查**",
    "",
    `**（一）重点行业。**${COUNTY_CHECK}`,
    "",
    "**三、压实责任**",
    "",
    COUNTY_DUTY,
    COUNTY_CLOSING,
    "——————",
    "小编点评：这篇讲话数字具体、问题点名，这才是一把手抓安全该有的样子。",
    "你们单位的安委会是怎么开的？欢迎在评论区聊聊。",
  ];

  it("reads the ## title and the bold headings without their marks, and drops the editor's comment", () => {
    const [speech] = speechesOf(page);
    expect(speech?.title).toBe(COUNTY_TITLE);
    expect(blocksOf(page)).toEqual([
      ["paragraph", null, COUNTY_OPENING],
      ["heading", 1, "一、认清形势"],
      ["paragraph", null, COUNTY_SITUATION],
      ["heading", 1, "二、抓好排查"],
      ["heading", 2, "（一）重点行业。"],
      ["paragraph", null, COUNTY_CHECK],
      ["heading", 1, "三、压实责任"],
      ["paragraph", null, COUNTY_DUTY],
      ["paragraph", null, COUNTY_CLOSING],
    ]);
  });

  it("keeps a placeholder's stars in a speech that is no Markdown", () => {
    const plain = [...COUNTY_SPEECH_HEAD, "**同志、**同志要带队检查，对发现的问题限期整改。", ...COUNTY_SPEECH_REST];
    expect(textsOf(plain)).toContain("**同志、**同志要带队检查，对发现的问题限期整改。");
  });
});

describe("an online document exported as Markdown", () => {
  const page = [
    `# ${COUNTY_TITLE}`,
    "",
    "文档所有者：孙倩",
    "最后修改：王磊 于 2026年4月8日 18:32",
    "协作者：李主任、王磊、孙倩（3人）",
    "所在位置：我的空间 / 综合科 / 2026领导讲话",
    "",
    "---",
    "",
    "**县长  ×××**",
    "",
    "同志们：",
    "",
    COUNTY_OPENING,
    "",
    "## 一、认清形势",
    "",
    COUNTY_SITUATION,
    "",
    "## 二、抓好排查",
    "",
    "- 工贸行业：以冶金、粉尘涉爆、有限空间企业为重点，逐企逐项开展排查，6月底前完成全覆盖。",
    "- 城镇燃气：全面排查老化管网和餐饮场所用气安全，年内完成老旧管网更新改造。",
    "",
    "## 三、压实责任",
    "",
    COUNTY_DUTY,
    "",
    COUNTY_CLOSING,
  ];

  it("takes the # line as the title, drops the document's particulars and the list's bullets", () => {
    const [speech] = speechesOf(page);
    expect(speech?.title).toBe(COUNTY_TITLE);
    expect(textsOf(page)).toEqual([
      COUNTY_OPENING,
      "一、认清形势",
      COUNTY_SITUATION,
      "二、抓好排查",
      "工贸行业：以冶金、粉尘涉爆、有限空间企业为重点，逐企逐项开展排查，6月底前完成全覆盖。",
      "城镇燃气：全面排查老化管网和餐饮场所用气安全，年内完成老旧管网更新改造。",
      "三、压实责任",
      COUNTY_DUTY,
      COUNTY_CLOSING,
    ]);
  });
});

describe("a study app's article copied from a phone", () => {
  it("drops the points toast between two paragraphs", () => {
    const page = [...COUNTY_SPEECH_HEAD, "学习积分 +1", ...COUNTY_SPEECH_REST, "学习积分 +1  已阅读满30秒"];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});

describe("a 范文 page cut by its paywall", () => {
  it("keeps the last paragraph, cut mid-sentence, though it holds figures and Latin letters", () => {
    const cutOff =
      "公司今年计划投入安全改造资金680万元，重点用于DCS系统升级和可燃气体报警装置更换，财务部要保证专款专用，设备部要";
    const page = [
      ...COUNTY_SPEECH_HEAD,
      ...COUNTY_SPEECH_REST.slice(0, -1),
      cutOff,
      "……",
      "剩余1106字未显示，开通VIP即可下载完整Word文档",
      "VIP会员 ¥9.9/月  立即下载",
      "相关范文：安全生产表态发言稿精选5篇",
      "© 某某范文网 手机版 | 电脑版",
    ];
    expect(textsOf(page).at(-1)).toBe(cutOff);
  });
});

describe("a 微博 long post reposting a speech", () => {
  it("takes the speech's own title, not the post's label, and drops the post's lead pointing at it", () => {
    const page = [
      "微博  首页  发现  消息  我",
      "头条文章",
      "县委书记在全县安全生产大会上这样强调",
      "@青川融媒",
      "2026-4-8 18:32  来自 微博 weibo.com  已编辑",
      "#青川安全生产# #守护平安青川# 今天下午，全县安全生产暨防汛工作会议召开，@青川发布 @青川应急 一起来看县委书记的讲话全文↓↓",
      "",
      ...COUNTY_SPEECH_HEAD,
      ...COUNTY_SPEECH_REST,
      "阅读 3.2万",
      "转发 86    评论 47    赞 512",
    ];
    expect(speechesOf(page).map((s) => s.title)).toEqual([COUNTY_TITLE]);
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});

describe("a recording's transcript", () => {
  it("takes the file's first line, a 镇长's 讲话, as the speech's title", () => {
    const title = "石桥镇2026年第一季度安全生产例会镇长讲话";
    const page = [
      title,
      "文件名：20260312_例会录音_03.m4a",
      "时长：00:24:51",
      "转写时间：2026-03-12 16:40:07",
      "",
      "发言人2 00:00:03",
      "好，我们开会。下面请王镇长讲话。",
      "",
      "发言人1 00:00:19",
      COUNTY_OPENING,
      "",
      "发言人1 00:01:02",
      COUNTY_SITUATION,
      "",
      "发言人1 00:02:40",
      COUNTY_CHECK,
      "",
      "发言人1 00:04:05",
      COUNTY_DUTY,
      "",
      "发言人1 00:05:15",
      COUNTY_CLOSING,
    ];
    expect(speechesOf(page).map((s) => s.title)).toEqual([title]);
    expect(textsOf(page)).toEqual([COUNTY_OPENING, COUNTY_SITUATION, COUNTY_CHECK, COUNTY_DUTY, COUNTY_CLOSING]);
  });
});

// Guards from the outside review of the first rules: each of these read worse under them.
describe("what the Markdown, toast, lead, title and cut-paragraph rules leave alone", () => {
  it("finds an e-mail's thread below a speech whose headings are bold", () => {
    const page = [
      "李主任：",
      "讲话稿已按您的意见修改，请审阅。",
      "",
      COUNTY_TITLE,
      "同志们：",
      COUNTY_OPENING,
      "**一、认清形势**",
      COUNTY_SITUATION,
      "**二、抓好排查**",
      COUNTY_CHECK,
      "**三、压实责任**",
      COUNTY_DUTY,
      COUNTY_CLOSING,
      "",
      "--",
      "张三",
      "某某县应急管理局办公室",
      "电话：0839-1234567",
      "",
      "在 2026年4月8日 09:12，李主任 <li@ajj.gov.cn> 写道：",
      "> 小张：",
      "> 请把县长明天大会上的讲话稿再核一下数字，特别是事故起数和隐患整改率，",
      "> 下午三点前发我，我再送县长审阅。",
      "> 谢谢！",
    ];
    const texts = textsOf(page);
    expect(texts.at(-1)).toBe(COUNTY_CLOSING);
    expect(texts.join("\n")).not.toMatch(/张三|写道|核一下数字/);
  });

  it("keeps a template's blanks (**公司各部门、**项目部) in its title and lines", () => {
    const title = "在**公司2026年安全生产工作会议上的讲话";
    const blanks = [
      "**公司各部门、**项目部要对照职责清单，逐项落实安全生产责任，确保责任到岗到人。",
      "**项目部经理、**车间主任要每周带队检查一次，发现问题立即整改。",
      "**安全总监、**部长要加强督导，对整改不力的严肃追责。",
    ];
    const page = [title, "同志们：", COUNTY_OPENING, COUNTY_SITUATION, ...blanks, COUNTY_CLOSING];
    expect(speechesOf(page).map((s) => s.title)).toEqual([title]);
    expect(textsOf(page)).toEqual(expect.arrayContaining(blanks));
  });

  it("keeps a speech's own table of points, each line naming what earns them", () => {
    const rows = ["主动报告隐患 +5", "制止违章作业 +3"];
    const page = [
      ...COUNTY_SPEECH_HEAD,
      "今年我们在全县推行安全积分制，积分标准如下：",
      ...rows,
      ...COUNTY_SPEECH_REST,
    ];
    // Normalising drops the space between the words and the figure.
    expect(textsOf(page)).toEqual(expect.arrayContaining(["主动报告隐患+5", "制止违章作业+3"]));
  });

  it("keeps a speech's own words pointing at a text it reads from", () => {
    const line = "下面，我们学习习近平总书记关于安全生产的重要论述，请看讲话原文第二段";
    expect(textsOf([...COUNTY_SPEECH_HEAD, line, ...COUNTY_SPEECH_REST]).join("\n")).toContain(line);
  });

  it("keeps a host's cue (下面请王镇长讲话) inside his 主持词", () => {
    const page = [
      "在全镇安全生产工作会议上的主持词",
      "同志们：",
      "今天我们召开全镇安全生产工作会议。会议共有三项议程。",
      "首先，请镇应急办主任通报一季度安全生产情况。",
      "下面请王镇长讲话",
      "刚才，王镇长对全镇安全生产工作作了全面部署，讲得很具体，请大家认真抓好落实。",
      "最后，请书记讲话",
      COUNTY_CLOSING,
    ];
    expect(speechesOf(page).map((s) => s.title)).toEqual(["在全镇安全生产工作会议上的主持词"]);
  });

  it("drops a footer line with a year in it below the page's links", () => {
    const page = [
      ...COUNTY_SPEECH_HEAD,
      ...COUNTY_SPEECH_REST,
      "首页 | 联系我们 | 网站地图",
      "更多精彩内容，请关注某某县融媒体中心2026年安全生产专题报道",
      "Copyright © 2026 某某县人民政府 版权所有",
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});
