import { describe, expect, it } from "vitest";
import { COUNTY_CLOSING, COUNTY_CHECK, COUNTY_SPEECH, COUNTY_TITLE } from "../testing/county-speech-lines";
import { speechesOf, textsOf } from "../testing/mined-page";

// The pages an outside review of d631acd wrote to break the rules for sets 86 and 87 (a portal's related links, a
// caption ending in （资料图）, a 推广 card, a forum's signature, a blogger's headline over a shared speech, a news lead
// over a 致辞): each line here is a speech's own and was dropped by d631acd.

/** A short speech with the line under test between its opening and its point on hazards. */
const withLines = (...lines: string[]) => [
  COUNTY_TITLE,
  "县长　王启明",
  "同志们：",
  "今天召开全县安全生产工作会议，主要是分析当前形势，部署下一阶段重点工作。",
  ...lines,
  COUNTY_CHECK,
  COUNTY_CLOSING,
];

describe("a speech's own lines that open like a portal's links", () => {
  it.each([
    "政策解读：这次出台的《澄溪县企业安全生产改造扶持办法》共十八条，核心是“三个补助、一个奖励”。",
    "相关政策：对完成自动化改造的危化品企业，县财政按设备投资额的百分之三十给予补助。",
    "相关报道：上周县融媒体中心对城南建材厂的隐患问题进行了曝光，至今仍未整改到位。",
  ])("keeps %s", (own) => {
    expect(textsOf(withLines(own))).toContain(own);
  });
});

describe("a speech's own lines that look like a page's cards", () => {
  it("keeps a speaker's words on a picture he shows (（资料图）)", () => {
    const own = "大家请看大屏幕上这张照片（资料图）";
    expect(textsOf(withLines(own)).join("")).toContain(own);
  });

  it("keeps a list under 推广 with no app's button", () => {
    // (Its last line, 职工扫码可立即报名, goes as a call to act with or without the card rule.)
    const texts = textsOf(withLines("推广", "“安全澄溪”小程序已上线", "职工扫码可立即报名")).join("");
    expect(texts).toContain("推广“安全澄溪”小程序已上线");
  });

  it("keeps a measure that opens with 个性签名： or 签名档：", () => {
    const own = [
      "个性签名：动员全县企业职工把微信个性签名统一更换为“安全生产，人人有责”。",
      "签名档：在县政府门户网站和各部门公众号文章末尾统一加注安全生产宣传口号。",
    ];
    const texts = textsOf(withLines(...own)).join("");
    for (const t of own) expect(texts).toContain(t);
  });
});

describe("a speech that relays a meeting, and two speeches on one page", () => {
  it("keeps the relayed meeting's lead inside the speech", () => {
    const own = "5月20日下午，全市安全生产电视电话会议召开，副市长周建华讲话。";
    expect(textsOf(withLines(own, "现将会议主要精神整理如下：")).join("")).toContain(own);
  });

  it("keeps a 表态发言 under a slogan title that speaks of 讲话稿", () => {
    const page = [
      "两篇文章一起做　安全发展双提升",
      "——在全县安全生产工作会议上的表态发言",
      "城关镇镇长　李向阳",
      "往年开安全会，一些村干部让文书给自己写一篇讲话稿，照本宣科，会后不抓落实。今年我们立下规矩，表态必须讲具体措施。",
      "下一步，我们将对全镇二百余家小微企业逐一上门排查，确保隐患动态清零。",
      "",
      ...COUNTY_SPEECH,
    ];
    expect(speechesOf(page)).toHaveLength(2);
  });
});
