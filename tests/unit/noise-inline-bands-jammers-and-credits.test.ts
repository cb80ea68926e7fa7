import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_CLOSING,
  COUNTY_DUTY,
  COUNTY_SITUATION,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
} from "../../lib/testing/county-speech-lines";
import { textsOf } from "../../lib/testing/mined-page";

// Chrome set into a speech's sentences or between its paragraphs, in the shapes of set 98's and 99's pages (a 范文
// mirror's credit and banner ad, a group site's signed pull quote, a study platform's tooltips, an OA system's
// watermark band, a Discuz thread's jammers and signature, a clerk's note under the speech he forwarded): the chrome
// goes, the sentences it stood in are whole again, and the speech's own words of the same kind stay.

const joined = (blocks: string[]) => blocks.join("");
const withLine = (line: string) => [...COUNTY_SPEECH_HEAD, line, ...COUNTY_SPEECH_REST];

describe("a site's credit, banner ad and pull quote", () => {
  it("cuts a credit that asks to be named when reprinted, with or without the site's name left in it", () => {
    for (const credit of ["（本文来自公文范文库gwfwk.cn，转载请注明出处）", "（本文首发于笔墨轩，转载请注明出处）"]) {
      const text = joined(textsOf(withLine(`各单位要立即行动，${credit}把排查任务落实到人。`)));
      expect(text).toContain("各单位要立即行动，把排查任务落实到人。");
    }
  });

  it("keeps a speech that quotes where its figures come from", () => {
    const own = "据统计（数据来自县应急管理局，截至11月底），全县共排查隐患一千二百余处。";
    expect(joined(textsOf(withLine(own)))).toContain(own);
  });

  it("drops a banner ad framed by triangles, and keeps a speech's triangle-marked point", () => {
    const text = joined(textsOf(withLine("▲ 广告　注册安全工程师考前冲刺班，签约保障，点击咨询 ▲")));
    expect(text).not.toContain("考前冲刺班");
    const own = "▲ 重点：各乡镇要在本月底前完成自查，点击率不是我们追求的东西。";
    expect(joined(textsOf(withLine(own)))).toContain("各乡镇要在本月底前完成自查");
  });

  it("drops a pull quote signed by the speaker over the paragraph that says it", () => {
    const said = "隐患就是事故，事故就要处理。";
    const page = withLine(`「${said}」——周海明`);
    page.splice(page.length - 1, 0, `${said}${COUNTY_SITUATION}`);
    const blocks = textsOf(page);
    expect(blocks.filter((b) => b.includes(said))).toHaveLength(1);
    expect(joined(blocks)).not.toContain("周海明");
  });

  it("keeps a quotation the speech cites once, with its author", () => {
    const own = "「安而不忘危，存而不忘亡。」——《周易》";
    expect(joined(textsOf(withLine(own)))).toContain("安而不忘危");
  });
});

describe("a study platform's tooltip links", () => {
  it("cuts [知识点] after a term and keeps the sentence", () => {
    const text = joined(textsOf(withLine("要落实“三管三必须”[知识点]的要求，建立隐患台账[知识点]，逐项销号。")));
    expect(text).toContain("要落实“三管三必须”的要求，建立隐患台账，逐项销号。");
  });

  it("keeps a speech's own bracketed label that is no tooltip", () => {
    const own = "各单位要对照[附表一]逐项填报，做到不漏一项。";
    expect(joined(textsOf(withLine(own)))).toContain(own);
  });
});

describe("an office system's watermark band", () => {
  const band = "华东电力内部资料 严禁外传 刘敏 20417";

  it("cuts the band where it crossed a sentence, and the sentence flows on across a band between its halves", () => {
    const page = [
      ...COUNTY_SPEECH_HEAD,
      band,
      `各电厂要对锅炉、汽机和升压站开展一次全面检查，${band}发现的问题要建立台账。`,
      "对重大隐患实行挂牌督办，整改期间一律不得",
      band,
      "恢复生产；整改完成后要组织专家验收。",
      band,
      ...COUNTY_SPEECH_REST,
    ];
    const blocks = textsOf(page);
    expect(joined(blocks)).not.toContain("严禁外传");
    expect(joined(blocks)).toContain("开展一次全面检查，发现的问题要建立台账。");
    expect(blocks).toContain("对重大隐患实行挂牌督办，整改期间一律不得恢复生产；整改完成后要组织专家验收。");
  });

  it("keeps a speech that speaks of classified papers", () => {
    const own = "会议材料属于内部资料，严禁外传，会后由各单位统一收回。";
    expect(joined(textsOf([...COUNTY_SPEECH_HEAD, own, band, COUNTY_CHECK, band, COUNTY_DUTY]))).toContain(own);
  });
});

describe("a Discuz thread", () => {
  it("cuts the jammer's strings and the site's credit from inside sentences without splitting them", () => {
    const page = withLine(
      "去年全县发生道路交通事故十二起。% k; Q  w! R腊月里又有两起，来源：平安论坛 bbs.pinganbbs.com损失都不小。",
    );
    const blocks = textsOf(page);
    expect(blocks).toContain("去年全县发生道路交通事故十二起。腊月里又有两起，损失都不小。");
  });

  it("keeps Latin and a formula that a speech writes inside its sentences", () => {
    const own = "PM 2.5 浓度要降到 35 以下，a + b = c 这样的算式谁都会。";
    const text = joined(textsOf(withLine(own)));
    expect(text).toContain("浓度要降到35以下，a + b = c");
  });

  it("drops the poster's slogan signature between the rule and his lone 回复 over 举报", () => {
    const post = (lines: string[]) => [
      ...lines,
      "UID 20411  帖子 302  积分 1180  注册时间 2016-5-9",
      "----------------------------",
      "安全第一，预防为主，平安是福",
      "回复",
      "举报",
      "",
    ];
    const page = [
      "老马说安全",
      "发表于 2024-4-2 09:12 | 只看该作者",
      "楼主",
      ...post([...COUNTY_SPEECH_HEAD, COUNTY_CHECK]),
      "老马说安全",
      "发表于 2024-4-2 09:15 | 只看该作者",
      "沙发",
      ...post([COUNTY_DUTY, COUNTY_CLOSING]),
    ];
    expect(joined(textsOf(page))).not.toContain("平安是福");
  });
});

describe("a clerk's note under the speech he forwarded", () => {
  it("drops 以上是…讲话全文 naming the speaker, with the request after it", () => {
    const page = [...COUNTY_SPEECH_HEAD, ...COUNTY_SPEECH_REST, "以上是王县长讲话全文。请各乡镇在周五前报送排查台账。"];
    const blocks = textsOf(page);
    expect(blocks.at(-1)).toBe(COUNTY_CLOSING);
  });

  it("keeps a closing that sums up what was said", () => {
    const own = "以上是我讲的几点意见，请大家认真抓好落实。";
    expect(textsOf([...COUNTY_SPEECH_HEAD, ...COUNTY_SPEECH_REST, own]).join("")).toContain(own);
  });
});
