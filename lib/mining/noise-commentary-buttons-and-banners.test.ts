import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_SITUATION,
  COUNTY_SPEECH,
  COUNTY_SPEECH_BLOCKS,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
  COUNTY_TITLE,
} from "../testing/county-speech-lines";
import { speechesOf, textsOf } from "../testing/mined-page";

// Pages written for these tests in the shapes of set 80's: a 头条-style author's comment above the speech, a 文库
// preview's bracketed buttons and 相关搜索, a 范文 site's 复制全文, a forum post's signature in a poster's words and a
// 纪委 site's 廉政提醒 banner between paragraphs.

describe("an author's comment above the speech he gives", () => {
  it("drops the headline, his card and his paragraphs about the speech", () => {
    const page = [
      "县长这篇讲话被转疯了：安全生产最怕“差不多”",
      "",
      "安监老杨说事",
      "2.7万粉丝 · 安全生产领域创作者　　[+ 关注]",
      "",
      "这两天，好几个安全群都在转一篇讲话稿。讲话的是我们县分管安全的副县长，他没有念一句套话，开口就点了两起险情。",
      "我干了二十多年安全监管，看过的讲话稿不下几百篇，这一篇值得每个基层安全干部收藏。",
      "",
      ...COUNTY_SPEECH,
    ];
    expect(speechesOf(page).map((s) => s.title)).toEqual([COUNTY_TITLE]);
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});

describe("a preview's and a 范文 site's buttons", () => {
  it("drops [继续阅读] [立即下载] inside the text, 相关搜索 over its tags and 复制全文 under the text", () => {
    const page = [
      ...COUNTY_SPEECH_HEAD,
      "阅读已结束，剩余 3 页未读",
      "[继续阅读]　　[立即下载]",
      ...COUNTY_SPEECH_REST,
      "复制全文",
      "",
      "相关搜索",
      "乡镇安全生产会议讲话　　安全月活动方案　　消防安全讲话稿",
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});

describe("a forum post's signature", () => {
  it("drops two sentences in a poster's words between the rule and the post's buttons set apart by a space", () => {
    const page = [
      "笔杆子老周",
      "发表于 2024-4-22 09:31 | 只看该作者",
      ...COUNTY_SPEECH,
      "",
      "--------------------------------",
      "文章千古事，得失寸心知。欢迎交流公文写作，私信请注明来意。",
      "回复　举报",
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});

describe("a 纪委 site's banner", () => {
  it("drops a 廉政提醒 line between two paragraphs and joins nothing across it", () => {
    const banner = "廉政提醒：暑期将至，严禁违规组织公款旅游，监督举报电话：12388";
    const page = [
      ...COUNTY_SPEECH_HEAD.slice(0, -1),
      COUNTY_SITUATION,
      banner,
      COUNTY_CHECK,
      ...COUNTY_SPEECH_REST.slice(2),
    ];
    const texts = textsOf(page);
    expect(texts).not.toContain(banner);
    expect(texts).toEqual(expect.arrayContaining([COUNTY_SITUATION, COUNTY_CHECK]));
  });
});

// An outside review's cases (of 7dbf6e6): a short talk that speaks of its own 讲话稿, a speech's own 廉洁提醒.
describe("the speech's own lines beside those rules", () => {
  it("keeps a short untitled talk that addresses its hearers and mentions the 讲话稿 it does not read", () => {
    const talk = [
      "范文1",
      "工友们，今天开个简短的班前会。本来安全科给我准备了一篇讲话稿，我就不照着念了，只讲三句话。",
      "第一句，进车间必须戴好安全帽，系好安全带，谁不戴谁就别上岗。",
      "第二句，设备检修必须挂牌上锁，今天就讲这些，大家上岗吧。",
      "范文2",
    ];
    expect(textsOf([...talk, ...COUNTY_SPEECH])).toContain(talk[1]);
  });

  it("keeps a 廉洁提醒 point of a speech that gives no hotline", () => {
    const point = "廉洁提醒：严禁收受企业礼品礼金，严禁公车私用，严禁违规吃喝。";
    expect(
      textsOf([...COUNTY_SPEECH_HEAD, "安全提醒：节日期间外出要遵守交通规则。", point, ...COUNTY_SPEECH_REST]),
    ).toContain(point);
  });
});

// Set 81/08's shape: a 笔杆子's tips after the speech he shares, under a bare 写在最后.
describe("a poster's tips under 写在最后", () => {
  it("drops the label and what follows it where the next paragraph speaks of the speech as a text", () => {
    const tips = ["写在最后", "这篇稿子我给打85分，说几点体会：", "1. 开头不绕弯子。", "2. 形势部分一定要有数字。"];
    expect(
      textsOf([...COUNTY_SPEECH.slice(0, -1), "同志们，安全生产责任重于泰山，大家要扎实抓好各项工作。", ...tips]),
    ).toEqual([...COUNTY_SPEECH_BLOCKS.slice(0, -1), "同志们，安全生产责任重于泰山，大家要扎实抓好各项工作。"]);
  });

  it("keeps a speech's own last part under 写在最后 where nothing speaks of the speech as a text", () => {
    const own = ["写在最后", "希望大家把今天的部署落到实处，确保全县安全生产形势持续稳定。"];
    const texts = textsOf([
      ...COUNTY_SPEECH.slice(0, -1),
      "同志们，安全生产责任重于泰山，大家要扎实抓好各项工作。",
      ...own,
    ]);
    expect(texts).toContain(own[1]);
  });
});

// Set 81/04's shape: a news app's head over the speech, and its box that sums the speech up.
describe("a news app's head and its 【30秒速览】 box", () => {
  it("drops the app's name, the headline, the byline and the box's bullets; the speech keeps its title", () => {
    const page = [
      "潮声新闻",
      "打开潮声新闻APP，阅读体验更佳",
      "",
      "××县县长：6月底前重点行业领域隐患排查全覆盖，瞒报谎报事故一律从严追责",
      "2024-06-12 · 来源：××日报融媒体中心",
      "记者 沈一帆　通讯员 何蕾",
      "",
      "【30秒速览】",
      "· 前5个月全县事故起数和死亡人数“双下降”，但6月初接连两起事故敲响警钟。",
      "· 燃气、建筑施工等领域6月30日前完成一轮排查，整改情况纳入年度考核。",
      "",
      ...COUNTY_SPEECH,
    ];
    expect(speechesOf(page).map((s) => s.title)).toEqual([COUNTY_TITLE]);
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});

// An outside review's cases (of 7518586): a speech's own 学习积分+1, its own last part about its 讲话稿, a speaker's line
// under a 【30秒速览】 box.
describe("the speech's own lines beside set 81's rules", () => {
  it("keeps a sentence that announces 学习积分+1", () => {
    const line = "今年起推行安全培训积分管理，每参加一次班组安全活动学习积分+1，年底积分不足的不得评先评优。";
    expect(textsOf([...COUNTY_SPEECH_HEAD, line, ...COUNTY_SPEECH_REST])).toContain(line);
  });

  it("keeps the speaker's own last part under 写在最后 that speaks of his 讲话稿", () => {
    const own = ["写在最后", "这篇讲话稿，我前后改了三遍，每一遍都想起去年那起事故，希望大家回去后认真对照检查。"];
    const closing = "同志们，安全生产责任重于泰山，希望大家把会议精神带回去，抓好贯彻落实。";
    expect(textsOf([...COUNTY_SPEECH.slice(0, -1), closing, ...own])).toContain(own[1]);
  });

  it("keeps the speaker's line under a 【30秒速览】 box", () => {
    const page = [
      COUNTY_TITLE,
      "【30秒速览】",
      "· 上半年事故起数同比下降",
      "· 下半年开展拉网式排查",
      "县长　李明",
      ...COUNTY_SPEECH.slice(2),
    ];
    expect(speechesOf(page)[0]!.speaker).toBe("县长李明");
  });
});
