import { describe, expect, it } from "vitest";
import {
  COUNTY_OPENING,
  COUNTY_SITUATION,
  COUNTY_SPEECH_BLOCKS,
  COUNTY_SPEECH_REST,
  COUNTY_TITLE,
} from "../testing/county-speech-lines";
import { speechesOf, textsOf } from "../testing/mined-page";

// Pages written for these tests in the shapes of set 53's: a 范文 site's 导读 box between the title and the
// salutation, and its credit bracketed into a sentence with a call not to copy.

describe("a 范文 site's 导读 box under the title", () => {
  it("drops the label and its paragraph, over the salutation", () => {
    const page = [
      "公文素材港 — 机关事业单位写作素材库",
      "首页 | 工作总结 | 讲话稿 | 心得体会 | 工作计划 | 会员中心",
      "当前位置：公文素材港 > 讲话稿 > 安全生产讲话",
      "",
      COUNTY_TITLE,
      "发布日期：2024-03-11　　作者：素材港编辑组　　阅读：3286次",
      "导读",
      "本篇讲话稿由素材港编辑组整理，适用于县级安全生产工作会议，供写作时参考，可结合本单位实际修改使用。",
      "",
      "同志们：",
      COUNTY_OPENING,
      "一、认清形势",
      COUNTY_SITUATION,
      ...COUNTY_SPEECH_REST,
    ];
    expect(speechesOf(page).map((s) => s.title)).toEqual([COUNTY_TITLE]);
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps a speech's own paragraph under a 导读 line when no salutation follows it", () => {
    const own = "今年以来，我们围绕重点领域开展了三轮排查，发现并整改隐患四百余处，成效明显。";
    const page = [COUNTY_TITLE, "同志们：", COUNTY_OPENING, "导读", own, ...COUNTY_SPEECH_REST];
    expect(textsOf(page).join("")).toContain(own);
  });
});

describe("a site's credit bracketed into a sentence", () => {
  it("cuts (本文由…整理，转载请注明出处) and keeps the sentence", () => {
    const sentence =
      "安全是集团的生命线，也是国有企业必须扛起的政治责任，宁可少干一点产值，也决不能拿职工的生命去冒险。";
    const injected = sentence.replace("，也是", "（本文由公文素材港整理，转载请注明出处），也是");
    const page = [COUNTY_TITLE, "同志们：", COUNTY_OPENING, injected, ...COUNTY_SPEECH_REST];
    expect(textsOf(page)).toContain(sentence);
  });
});

// A guard from the outside review of the first rule: the case's paragraph under a label inside the speech stays.
describe("a label inside the speech", () => {
  it("keeps the paragraph under 【简介】 though a 同志们！ follows it", () => {
    const story =
      "2023年6月，我市某化工企业在检修作业中违章动火，引发爆炸事故，造成3人死亡。事故调查报告已由市应急局整理成册，今天印发给大家。";
    const page = [
      COUNTY_TITLE,
      "同志们：",
      COUNTY_OPENING,
      "下面，我通报一起典型事故案例。",
      "【简介】",
      story,
      "同志们！",
      COUNTY_SITUATION,
    ];
    expect(textsOf(page)).toContain(story);
  });
});
