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
  it("takes a 国旗下讲话's and a 广播稿's titles, and no portal's breadcrumb ending 领导讲话", () => {
    for (const title of ["平安伴我行，安全记心间——新学期第三周国旗下讲话", "桃溪村防汛和安全生产“大喇叭”广播稿"])
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
