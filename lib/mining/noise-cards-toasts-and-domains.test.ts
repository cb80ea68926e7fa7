import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_CLOSING,
  COUNTY_OPENING,
  COUNTY_SITUATION,
  COUNTY_SPEECH_BLOCKS,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
  COUNTY_TITLE,
} from "../testing/county-speech-lines";
import { textsOf } from "../testing/mined-page";

// Pages written for these tests in the shapes of set 74's: a 视频号 card between paragraphs, a bulleted 提纲, a study
// app's reading toasts, a site's dotless domain between characters.

describe("a 公众号 article's 视频号 card", () => {
  it("drops the card's head, the video's title and its length with the views", () => {
    const card = ["▼ 视频号 · 桐溪融媒", "会议现场丨安全生产这件事，县长这样说", "▶ 02:46　　1.2万次观看"];
    expect(textsOf([...COUNTY_SPEECH_HEAD, ...card, ...COUNTY_SPEECH_REST])).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps a speech's line on a video's views where no card's head stands over it", () => {
    const own = "这条防溺水短视频播放量达到1.2万次，群众看得懂、记得住。";
    expect(textsOf([...COUNTY_SPEECH_HEAD, own, ...COUNTY_SPEECH_REST])).toContain(own);
  });
});

describe("a 提纲 whose entries are bulleted", () => {
  it("drops the head and its · 一、… entries, and the speech keeps its headings", () => {
    const outline = ["【本文提纲】", "· 一、认清形势", "· 二、抓好排查", "· 三、压实责任"];
    const page = [COUNTY_TITLE, ...outline, "", ...COUNTY_SPEECH_HEAD.slice(1), ...COUNTY_SPEECH_REST];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});

describe("a study app's reading mode", () => {
  it("drops the points toasts and the reading progress between paragraphs", () => {
    const page = [
      ...COUNTY_SPEECH_HEAD.slice(0, 4),
      "✓ 有效阅读　积分 +1",
      "本文已阅读 30%",
      ...COUNTY_SPEECH_HEAD.slice(4),
      "本文已阅读 60%",
      ...COUNTY_SPEECH_REST,
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});

describe("a site's domain set between characters without its dots", () => {
  it("cuts it from the sentences (yxfanwencom)", () => {
    const mark = "yxfanwencom";
    const page = [
      COUNTY_TITLE,
      "同志们：",
      COUNTY_OPENING.replace("主要是", `主要是${mark}`),
      "一、认清形势",
      COUNTY_SITUATION.replace("但事故", `但${mark}事故`),
      ...COUNTY_SPEECH_REST,
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps a speech's Latin words between characters (5G网络, ISO45001认证)", () => {
    const own = "要依托5G网络和物联网平台，推动企业通过ISO45001认证。";
    expect(textsOf([COUNTY_TITLE, "同志们：", COUNTY_OPENING, own, COUNTY_CHECK, COUNTY_CLOSING])).toContain(own);
  });
});
