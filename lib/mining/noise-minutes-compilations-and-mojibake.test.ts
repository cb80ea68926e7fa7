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
} from "../testing/county-speech-lines";
import { speechesOf, textsOf } from "../testing/mined-page";
import { restoreUtf8ReadAsGbk } from "./decode-mojibake";

// Pages written for these tests in the shapes of set 52's: a page of UTF-8 read as GBK and saved again, a speech
// with another leader's interjections, a 座谈会纪要 around the speech, a 发言材料汇编 whose unit's title wraps, a 范文
// collection whose next 篇 follows a bulleted list of links.

/** What a GBK reader makes of UTF-8 text (each two bytes one character), as a page saved after it shows it. */
function readAsGbk(text: string): string {
  return new TextDecoder("gbk").decode(new TextEncoder().encode(text));
}

describe("a page of UTF-8 read as GBK and saved again", () => {
  it("gives each line back as it was written, and leaves ordinary lines alone", () => {
    expect(restoreUtf8ReadAsGbk(readAsGbk("院长 林岚"))).toBe("院长 林岚");
    expect(restoreUtf8ReadAsGbk(COUNTY_OPENING)).toBeNull();
    // Lines of an even count of UTF-8 bytes, which a GBK reader turns into characters without losing a byte.
    const title = "在全院安全生产工作会上的讲话";
    const text = [
      "今年以来全县安全生产形势总体平稳但事故总量仍然偏大形势不容乐观",
      "各乡镇要对辖区内危险化学品开展一次全覆盖排查",
      "同志们，安全生产责任重于泰山",
    ];
    const page = [title, "院长 林岚", "同志们好", ...text].map(readAsGbk);
    const [speech] = speechesOf(page);
    expect([speech?.title, speech?.speaker]).toEqual([title, "院长林岚"]);
    expect(textsOf(page)).toContain(text[0]);
    expect(textsOf(page).join("")).not.toMatch(/鍦|鍏|浠/);
  });
});

describe("another leader's interjections in a recorded speech", () => {
  it("drops （插话：…） on its own line and inside a sentence", () => {
    const page = [
      ...COUNTY_SPEECH_HEAD,
      "（插话：这一条我再补充一句。哪个乡镇出了问题，乡镇党委书记直接到县委来说明情况。）",
      "二、抓好排查",
      "年底考核，安全生产这一项要动真格的，（插话：对，考核要硬起来。）哪里出了事，就在哪里扣分、在哪里问责。",
      ...COUNTY_SPEECH_REST.slice(2),
    ];
    expect(textsOf(page)).toEqual([
      ...COUNTY_SPEECH_BLOCKS.slice(0, 3),
      "二、抓好排查",
      "年底考核，安全生产这一项要动真格的，哪里出了事，就在哪里扣分、在哪里问责。",
      ...COUNTY_SPEECH_REST.slice(2),
    ]);
  });
});

describe("a 座谈会纪要 around the leader's speech", () => {
  it("drops the 纪要's fields, its lead and its 会议要求 with their numbered items", () => {
    const page = [
      "某某镇重点企业安全生产座谈会纪要",
      "会议时间：2024年5月16日下午3:00",
      "会议地点：镇政府四楼会议室",
      "主 持 人：镇长　陈某某",
      "参会人员：镇党委书记王某某，辖区18家重点企业主要负责人",
      "记　　录：党政办　吴某",
      "",
      "5月16日下午，镇党委、镇政府召开重点企业安全生产座谈会，研究部署下一阶段工作。现将会议主要精神纪要如下：",
      COUNTY_OPENING,
      "一、认清形势",
      COUNTY_SITUATION,
      "二、抓好排查",
      COUNTY_CHECK,
      COUNTY_DUTY,
      "",
      "会议要求：",
      "一、各企业于5月31日前完成一轮全面自查，自查报告加盖公章后报镇安监站。",
      "二、镇安监站牵头，6月10日前对18家重点企业逐一开展复查。",
    ];
    expect(textsOf(page)).toEqual([
      COUNTY_OPENING,
      "一、认清形势",
      COUNTY_SITUATION,
      "二、抓好排查",
      COUNTY_CHECK,
      COUNTY_DUTY,
    ]);
  });
});

describe("a 发言材料汇编 of units' 表态发言", () => {
  it("joins a unit's title wrapped onto two lines", () => {
    const title = "县城乡建设投资集团有限公司在全县安全生产工作会议上的表态发言";
    const page = [
      "县住建局在全县安全生产工作会议上的表态发言",
      "各位领导，同志们：",
      COUNTY_SITUATION,
      COUNTY_CHECK,
      "",
      "县城乡建设投资集团有限公司在全县安全生产",
      "工作会议上的表态发言",
      "各位领导，同志们：",
      COUNTY_DUTY,
      COUNTY_CLOSING,
    ];
    expect(speechesOf(page).map((s) => s.title)).toEqual(["县住建局在全县安全生产工作会议上的表态发言", title]);
  });
});

describe("a 范文 collection whose next 篇 follows a bulleted list of links", () => {
  it("ends the list at the 篇's title, which has no bullet", () => {
    const second = "篇2：在某某经济开发区“安全生产月”活动启动仪式上的讲话";
    const page = [
      ...COUNTY_SPEECH_HEAD,
      ...COUNTY_SPEECH_REST,
      "相关推荐",
      "· 安全生产月活动方案（通用12篇）",
      "· 安全生产表态发言稿精选5篇",
      "",
      second,
      "各位企业家朋友，同志们：",
      COUNTY_SITUATION,
      COUNTY_CLOSING,
    ];
    expect(speechesOf(page)).toHaveLength(2);
    expect(speechesOf(page)[1]?.title).toContain("在某某经济开发区");
  });
});

// Guards from the outside review of the first rules: each of these read worse under them.
describe("what the minutes, interjection and related-list rules leave alone", () => {
  const minutesHead = [
    "理论学习中心组学习记录",
    "学习时间：2024年5月16日",
    "学习地点：局会议室",
    "主持人：局长　张某",
    "参加人员：局领导班子成员",
  ];

  it("keeps a speech's 一、 headings under a 学习内容： or 会议要求： label", () => {
    const sections = ["一、深刻认识安全生产的极端重要性", COUNTY_SITUATION, "二、全面开展隐患排查", COUNTY_CHECK];
    for (const label of ["学习内容：", "会议要求："])
      expect(textsOf([...minutesHead, label, ...sections])).toEqual(sections);
  });

  it("keeps a speech's own 记录： sentence and its …记录如下：", () => {
    const own = ["记录：每次检查都要有记录，没有记录就等于没有检查。", "关于今年的排查情况，我把检查组的记录如下："];
    expect(textsOf([...minutesHead, COUNTY_OPENING, ...own, COUNTY_CHECK])).toEqual(expect.arrayContaining(own));
  });

  it("keeps a rule in brackets that speaks of interrupting", () => {
    const line = "会议期间请大家遵守会场纪律（不随意插话：确需发言的请举手示意），会后统一交流。";
    expect(
      textsOf(["在全县安全生产工作会议上的讲话", "同志们：", COUNTY_OPENING, line, COUNTY_DUTY, COUNTY_CLOSING]),
    ).toContain(line);
  });

  it("reads a related box inside the speech as links, an unbulleted one among them", () => {
    const page = [
      ...COUNTY_SPEECH_HEAD,
      "相关推荐",
      "· 安全生产月活动方案（通用12篇）",
      "· 安全生产表态发言稿精选5篇",
      "在全市安全生产工作会议上的讲话",
      "· 2024年安全生产工作总结",
      ...COUNTY_SPEECH_REST,
    ];
    expect(speechesOf(page)).toHaveLength(1);
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});
