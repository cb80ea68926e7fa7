import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_CLOSING,
  COUNTY_OPENING,
  COUNTY_SITUATION,
  COUNTY_TITLE,
} from "../testing/county-speech-lines";
import { textsOf } from "../testing/mined-page";
import { ruleVerdicts } from "./noise-rule-verdicts";
import { splitSpacedLine } from "./spaced-paragraphs";

// The speech's own words the rules for a mirror's labelled ad, an inline caption, a transcriber's note, a 发文稿纸's
// sign-off row and a one-line page's info line must leave alone: written for these tests, each a sentence a speech may
// say (its labelled work items, a scam text it quotes, an award list, a bracket about hearing or records, a 公文
// course's sign-off flow, a form's labels it explains).

const speech = (...lines: string[]) => [COUNTY_TITLE, "县长　×××", "同志们：", ...lines];
const kept = (line: string) => expect(textsOf(speech(COUNTY_OPENING, line, COUNTY_CLOSING))).toContain(line);

describe("a 【推广】 or 【广告】 label in the speech's own words", () => {
  it("keeps a labelled work item after a colon, a quoted scam text, and 「推广」 used as a quotation", () => {
    kept(
      "今年的安全宣传分三项：【推广】组织各企业员工下载安装“安全通”App，年底前注册率达到九成；【培训】每季度办一期班。",
    );
    kept("有一类诈骗短信是这样写的：【推广】您有一笔补贴待领取，点击链接立即下载领取，过期作废。");
    kept("还有冒充客服的：【广告】您的包裹已丢失，添加客服查看详情，三倍赔付。");
    kept("对这一经验要大力「推广」，引导各小区居民下载“平安社区”App，随时上报身边的隐患。");
  });

  it("leaves an ad that runs on after its call whole to the app rule, no tail of it in the text", () => {
    const page = speech(
      COUNTY_OPENING,
      "一、认清当前安全形势【推广】下载县城通App看更多本地新闻",
      COUNTY_SITUATION,
      COUNTY_CLOSING,
    );
    expect(textsOf(page).join("\n")).not.toContain("看更多本地新闻");
  });
});

describe("a credit in brackets the speech says itself", () => {
  it("keeps an award list's credits, who takes the pictures, and a form's （摄影：姓名）", () => {
    kept("一等奖作品《守望》（摄影：周明）记录了一名老电工登杆前检查安全带的瞬间，令人动容。");
    kept("宣传组（摄影：孙浩、林静）要提前半小时到场，把各个环节的画面都记录下来。");
    kept("每幅参赛作品下方要注明（摄影：姓名）和拍摄地点，没有注明的不予评选。");
  });
});

describe("a bracket about hearing or records in the speech's own words", () => {
  it("keeps a gloss on workers who cannot hear and on a record that breaks off", () => {
    kept("去年体检有26名职工出现听力下降（听不清对方说话），这个数字必须引起高度重视。");
    kept("车间噪声大到什么程度？打电话都要喊（听不见），大家想想这对身体伤害有多大。");
    kept("井下应急广播还有盲区（听不见、看不到），一旦出事人员撤不出来，后果不堪设想。");
    kept("执法过程中严禁出现（录音录像中断）又说不清原因的情况，发现一起查处一起。");
    kept("今后凡是（录音缺失的）执法案卷，一律退回重新办理，不得归档。");
  });
});

describe("a 公文 course's sign-off flow on the speech's own lines", () => {
  it("keeps 拟稿/核稿/签发 and 印发/份数 rows set between the speech's paragraphs", () => {
    const rows = ["拟稿：业务科室　核稿：办公室　签发：局主要负责人", "印发：各乡镇、各有关单位　份数：按实际需要"];
    const page = speech(
      COUNTY_OPENING,
      "一份规范的公文，稿纸上的签发流程要这样写：",
      ...rows,
      COUNTY_CHECK,
      COUNTY_CLOSING,
    );
    const { verdict } = ruleVerdicts(page.map((text, i) => ({ text, lineNo: i + 1 })));
    expect(verdict.slice(5, 7)).toEqual([null, null]);
  });
});

describe("a one-line page's sentence that lists the info labels", () => {
  it("does not break off a segment that opens with the speech's words", () => {
    const line = `${COUNTY_OPENING}  每张报表都要写明三项：来源：填报单位全称　作者：填报人姓名  各单位填报时，要把这三项逐一核对清楚，不能漏项。`;
    const parts = splitSpacedLine({ text: line, lineNo: 1 }).map((l) => l.text);
    expect(parts.some((p) => p.startsWith("每张报表") && p.includes("各单位填报时"))).toBe(true);
  });
});
