import { describe, expect, it } from "vitest";
import {
  COUNTY_CLOSING,
  COUNTY_SPEECH,
  COUNTY_SPEECH_BLOCKS,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
  COUNTY_TITLE,
} from "../testing/county-speech-lines";
import { speechesOf, textsOf } from "../testing/mined-page";

// Pages written for these tests in the shapes of set 82's: an office system's page with its 内部资料 band, read counts
// and handling opinions; a 范文 site's 下载本文 line over each text; a forum thread whose answerer posts the speech,
// with author cards whose counts run long and his motto under each post's buttons; a reprint whose headline replaced
// the speech's title.

describe("an office system's page carrying the speech", () => {
  it("drops the 内部资料 band across it, the read counts and the readers' opinions under their label", () => {
    const page = [
      ...COUNTY_SPEECH_HEAD,
      "",
      "晟朗精密机械有限公司　内部资料　严禁外传　李婷 0604",
      "",
      ...COUNTY_SPEECH_REST,
      "阅读记录：已读 238 人　未读 61 人　[查看详情]",
      "办理意见：",
      "李婷　2024-06-04 15:06　已阅，安全环保部将组织全员学习。",
      "张国平　2024-06-04 16:31　已阅，一分厂本周内完成传达。",
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps a title marked 内部资料 and a heading on keeping papers in", () => {
    const title = "在公司2024年安全生产工作会议上的讲话（内部资料）";
    const heading = "二、严守保密纪律　严禁外传涉密资料";
    const page = [title, ...COUNTY_SPEECH.slice(1, -1), heading, COUNTY_CLOSING];
    expect(speechesOf(page).map((s) => s.title)).toEqual([title]);
    expect(textsOf(page)).toContain(heading.replace(/\u3000/g, ""));
  });

  it("keeps a speech's own sentences about internal papers and a duty log it reads out", () => {
    const own = "会议材料属于内部资料，严禁外传，会后由县政府办统一收回。";
    const log = "值班室　2024-07-21 22:30　人员已全部转移，无人员伤亡。";
    const page = [...COUNTY_SPEECH.slice(0, -1), own, log, COUNTY_CLOSING];
    // (The log's wide spaces go as the normaliser takes them out of every line.)
    expect(textsOf(page)).toEqual(expect.arrayContaining([own, log.replace(/\u3000/g, "")]));
  });
});

describe("a 范文 site's download line under each text", () => {
  it("drops 下载本文 ↓ with the file it offers, under an advert between two texts", () => {
    const host = [
      "第二篇：全县安全生产工作会议主持词",
      "同志们：",
      "现在开会。今天的会议主要有三项议程：一是县应急管理局通报情况，二是有关乡镇作表态发言，三是请县长讲话。",
      "同志们，刚才县长作了重要讲话，希望大家认真抓好贯彻落实。散会。",
    ];
    const page = [
      `第一篇：${COUNTY_TITLE}`,
      ...COUNTY_SPEECH.slice(1),
      "",
      "------ 广告 ------",
      "【笔胜VIP】5万+篇精品范文任意下载，开通即送《公文写作100例》电子书，限时19.9元/月，立即开通>>",
      `下载本文 ↓ ${COUNTY_TITLE}.docx（Word版，3页）`,
      "",
      ...host,
    ];
    expect(speechesOf(page)).toHaveLength(2);
    expect(textsOf(page).filter((t) => t.includes("下载"))).toEqual([]);
  });
});

describe("a forum thread whose answerer posts the speech", () => {
  const card = (name: string, counts: string, floor: string, time: string) => [
    "",
    name,
    counts,
    floor,
    `发表于 ${time} | 只看该作者`,
  ];
  const motto = "笔下有乾坤，案头无闲事。——个人公众号“老秘笔记”，每周更新材料干货";
  const page = [
    "[求助] 求一篇安全生产工作会议讲话",
    ...card("青衫小吏", "主题 12 | 帖子 47 | 积分 118 | 初入笔坛", "楼主", "2024-9-20 21:13:46"),
    "各位前辈好，下周一要开全县安全生产工作会议，领导让我给他写个讲话稿，求一篇参考。",
    "回复　举报",
    ...card("老秘笔记", "主题 236 | 帖子 3082 | 积分 9517 | 金牌写手", "2楼", "2024-9-20 22:05:11"),
    ...COUNTY_SPEECH_HEAD,
    "（未完，见下楼）",
    "回复　支持(12)　反对(0)　举报",
    motto,
    ...card("老秘笔记", "主题 236 | 帖子 3082 | 积分 9517 | 金牌写手", "3楼", "2024-9-20 22:09:37"),
    "（接上楼）",
    ...COUNTY_SPEECH_REST,
    "回复　支持(9)　反对(0)　举报",
    motto,
  ];

  it("drops the cards with their long rows of counts, the asker's request and the motto under each post", () => {
    expect(speechesOf(page).map((s) => s.title)).toEqual([COUNTY_TITLE]);
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps a line under a post's buttons that comes only once (a reply's own words)", () => {
    const once = [...page.slice(0, -1)];
    once.splice(page.indexOf(motto), 1, "以上是上半部分，下半部分马上发。");
    expect(textsOf(once)).toContain("以上是上半部分，下半部分马上发。");
  });
});

describe("a short talk above a speech", () => {
  it("stays a speech where it says it was told to find a 讲话稿, as no asker says", () => {
    const talk =
      "今天的班前会我不念稿子了。上面让我每次开会都找个讲话稿照着念，我看没必要，就说一件事：昨天三号线有人不戴安全帽进车间，被我撞见了，今天起谁再犯，当月安全奖全扣。";
    expect(speechesOf([talk, "", ...COUNTY_SPEECH])).toHaveLength(2);
  });
});

describe("a reprint whose headline replaced the speech's title", () => {
  it("gives the speech the title printed after 原标题：", () => {
    const page = [
      "枫源县委书记：防汛关键期，每一座水库每一段堤防都要有人盯着",
      "2024-06-13 08:45:21　　来源：枫源县融媒体中心",
      "",
      `原标题：${COUNTY_TITLE}`,
      "",
      ...COUNTY_SPEECH.slice(1),
    ];
    expect(speechesOf(page).map((s) => s.title)).toEqual([COUNTY_TITLE]);
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});

// A page written for these tests in the shape of set 142's OA text export: the speech under 【正文】, then the form's
// sections in brackets, its signed opinions under 【审批意见】 (label, opinion, signer, time on each line).
describe("an office system's text export with its 【审批意见】 after the speech", () => {
  const opinions = [
    "核稿意见：已核，格式无误。　　刘文博　　2024-06-03 17:42",
    "审核意见：同意印发，请安全环保部跟踪落实。　　周海涛　　2024-06-04 08:55",
  ];

  it("drops the bracketed label and the signed opinions under it", () => {
    const page = [
      "【正文】",
      ...COUNTY_SPEECH,
      "",
      "【审批意见】",
      ...opinions,
      "签发意见：同意。　　王建国　　2024-06-04 09:06",
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps a speech's own bracketed part on approvals, its prose under the label unsigned", () => {
    const own = "审批意见要写明同意与否和具体要求，不能只签一个“阅”字了事。";
    const page = [...COUNTY_SPEECH.slice(0, -1), "【审批意见】", own, COUNTY_CLOSING];
    expect(textsOf(page)).toContain(own);
  });
});
