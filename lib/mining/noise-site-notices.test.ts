import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_CLOSING,
  COUNTY_DUTY,
  COUNTY_OPENING,
  COUNTY_SPEECH_BLOCKS,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
  COUNTY_TITLE,
} from "../testing/county-speech-lines";
import { speechesOf, textsOf } from "../testing/mined-page";

// Pages written for these tests in the shapes of set 75's: a site's 政策解读 and 媒体聚焦 under the speech, a file's
// 注释 block, a course handout's 【评析】.

const SPEECH = [...COUNTY_SPEECH_HEAD, ...COUNTY_SPEECH_REST];

describe("a site's section under the speech", () => {
  it("drops a 政策解读 with its questions and answers", () => {
    const reading = [
      "政策解读",
      `《${COUNTY_TITLE}》政策解读`,
      "解读机关：县应急管理局　　发布时间：2025-02-21",
      "一、会议召开的背景是什么？",
      "2月18日，县政府召开全县安全生产工作会议，对今年安全生产工作作出全面部署。",
      "二、今年重点抓哪些工作？",
      "会议明确，今年上半年集中开展安全生产治本攻坚行动，聚焦燃气、道路交通等重点领域。",
    ];
    const speeches = speechesOf([...SPEECH, "", ...reading]);
    expect(speeches.map((s) => s.title)).toEqual([COUNTY_TITLE]);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("drops a 媒体聚焦 of other papers' headlines and leads", () => {
    const focus = [
      "媒体聚焦",
      "滨江日报：老旧小区换管忙 居民用气更安心",
      "记者走访发现，城东片区的燃气管道改造已完工过半。",
    ];
    expect(textsOf([...SPEECH, "", ...focus])).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps a second speech that follows such a section", () => {
    const second = [
      "在全县燃气安全专项整治会议上的讲话",
      "同志们：",
      COUNTY_OPENING,
      COUNTY_CHECK,
      COUNTY_DUTY,
      COUNTY_CLOSING,
    ];
    const speeches = speechesOf([...SPEECH, "", "相关报道", "全县部署燃气安全专项整治", "", ...second]);
    expect(speeches.map((s) => s.title)).toEqual([COUNTY_TITLE, "在全县燃气安全专项整治会议上的讲话"]);
  });
});

describe("a file's notes after the speech", () => {
  it("drops the 注释 block whose marks the text dropped", () => {
    const notes = [
      "注释：",
      "①“三管三必须”：管行业必须管安全、管业务必须管安全、管生产经营必须管安全。",
      "②治本攻坚三年行动：指2024—2026年的三年行动。",
    ];
    expect(textsOf([...SPEECH, "", ...notes])).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});

describe("a course handout's 【评析】", () => {
  it("drops the analysis under its label, its 一是…二是… read as no headings", () => {
    const handout = [
      "【例文】",
      ...SPEECH,
      "【评析】",
      "一是结构清晰。全文三个部分层层递进。",
      "二是数据具体。用数字说话，增强说服力。",
    ];
    expect(textsOf(handout)).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});
