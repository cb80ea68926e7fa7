import { describe, expect, it } from "vitest";
import {
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

// Pages written for these tests in the shapes of set 54's: a 新闻发布会 transcript, a 会议程序 over a 主持词, a school's
// 国旗下讲话 and a village's 广播稿 under their own titles, a portal's breadcrumb ending 领导讲话, a blog's 按 and
// comments, an intranet's reader count.

describe("a 新闻发布会 transcript", () => {
  it("keeps the official's statement and drops the host's lead into the questions, the questions and the answers", () => {
    const page = [
      "市应急管理局举行上半年安全生产形势新闻发布会",
      "",
      COUNTY_OPENING,
      COUNTY_SITUATION,
      COUNTY_DUTY,
      "",
      "主持人：",
      "谢谢局长的介绍。下面进入提问环节，请记者朋友举手提问。",
      "某某日报记者：上半年城镇燃气领域开展了专项整治，请问取得了哪些成效？",
      "答：截至6月底，全市餐饮场所已全部完成燃气报警装置安装。",
      "某某广播电视台记者：进入汛期后，市民遇到暴雨应该注意什么？",
      "答：请市民关注预警信息，暴雨期间尽量减少外出。",
      "今天的新闻发布会到此结束，谢谢大家！",
    ];
    const texts = textsOf(page);
    expect(texts).toEqual(expect.arrayContaining([COUNTY_OPENING, COUNTY_SITUATION, COUNTY_DUTY]));
    expect(texts.join("\n")).not.toMatch(/记者|答：|主持人|提问环节|发布会到此结束/);
  });
});

describe("a 会议程序 over the meeting's 主持词", () => {
  it("drops the agenda's label and items, and a host's cue （签订责任书）", () => {
    const page = [
      "会议程序",
      "一、县应急管理局局长通报2023年全县安全生产情况",
      "二、县住建局、县交通运输局作表态发言",
      "三、县长讲话",
      "主持人：常务副县长许某",
      "",
      "在全县安全生产工作会议上的主持词",
      "同志们：",
      COUNTY_OPENING,
      "下面进行第二项，请县政府与各乡镇签订安全生产目标责任书。",
      "（签订责任书）",
      COUNTY_CLOSING,
    ];
    expect(speechesOf(page).map((s) => s.title)).toEqual(["在全县安全生产工作会议上的主持词"]);
    expect(textsOf(page)).toEqual([
      COUNTY_OPENING,
      "下面进行第二项，请县政府与各乡镇签订安全生产目标责任书。",
      COUNTY_CLOSING,
    ]);
  });
});

describe("titles of their own kinds", () => {
  it("takes a 国旗下讲话's title, and no portal's breadcrumb ending 领导讲话", () => {
    const title = "平安伴我行，安全记心间——新学期第三周国旗下讲话";
    expect(speechesOf([title, ...COUNTY_SPEECH_HEAD.slice(1), ...COUNTY_SPEECH_REST])[0]?.title).toBe(title);
    const portal = ["当前位置：首页>>领导讲话", "", ...COUNTY_SPEECH_HEAD, ...COUNTY_SPEECH_REST];
    expect(speechesOf(portal).map((s) => s.title)).toEqual([COUNTY_TITLE]);
  });
});

describe("a blog's copy and an intranet's page", () => {
  it("drops the blogger's 按, the comments under their notice, his reply and the reader count", () => {
    const page = [
      "按：这是一位在化工园区当老总的朋友发给我的讲话稿，没有套话，征得他同意后转在这里，供大家参考。",
      "阅读人数：247",
      "",
      ...COUNTY_SPEECH_HEAD,
      ...COUNTY_SPEECH_REST,
      "",
      "评论　重要提示：警惕虚假中奖信息",
      "山城老王　2024-06-04 08:12",
      "写得实在，下周我们厂也要开启动会，借鉴一下。",
      "江边的石头　2024-06-04 10:37",
      "“出了问题首先找你们”这句话说到点子上了，班组长才是关键。",
      "博主回复：是的，责任不到班组就是空的。",
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});

// Guards from the outside review of the first rules: each of these read worse under them.
describe("what the press, agenda, note and title rules leave alone", () => {
  it("keeps a speech's own quoted questions and answers (记者：… 答：…), with no 发布会's 提问环节", () => {
    const qa = [
      "前不久，省台记者采访我时问了两个问题。",
      "记者：您认为当前全市安全生产最突出的问题是什么？",
      "答：最突出的问题是责任落实不到位，一些企业主体责任悬空。",
      "记者：您对企业负责人有什么要求？",
      "答：企业负责人必须当好安全生产第一责任人，亲自抓、带头干。",
    ];
    const texts = textsOf([...COUNTY_SPEECH_HEAD, ...qa, ...COUNTY_SPEECH_REST]);
    expect(texts).toEqual(expect.arrayContaining(qa.slice(1)));
  });

  it("keeps a speech's own bare 会议程序 section under its title, and its 按：照… sentence", () => {
    const own = [
      "会议程序",
      "1.通报上阶段安全生产形势和重点工作完成情况，由市应急管理局负责准备材料。",
      "2.各成员单位汇报本行业领域隐患排查整治情况，每个单位发言不超过5分钟。",
      "按：照市里统一部署，这次大检查从5月开始，到9月底结束，各地要抓紧推进。",
    ];
    const texts = textsOf([...COUNTY_SPEECH_HEAD, ...own, ...COUNTY_SPEECH_REST]).join("\n");
    for (const line of own.slice(1)) expect(texts).toContain(line.replace(/\s/g, "").slice(2, 20));
  });

  it("does not take a wrapped line ending 广播稿 for a title", () => {
    const page = [
      ...COUNTY_SPEECH_HEAD,
      "各村要把防汛知识编成通俗易懂的广播稿",
      "每天早晚通过大喇叭播放，做到家喻户晓、人人皆知。",
      ...COUNTY_SPEECH_REST,
    ];
    expect(speechesOf(page)).toHaveLength(1);
  });
});
