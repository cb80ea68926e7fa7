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
  COUNTY_TITLE,
} from "../testing/county-speech-lines";
import { textsOf } from "../testing/mined-page";
import { showsStampedRemarks } from "./noise-live-pages";
import { VOICE_LABEL, widgetLineReason } from "./noise-widget-lines";

// Pages written for these tests in the shapes of set 135b's: a chat app's label over a voice message turned into
// text, a stenographer's transcript with its recording's time points alone on lines and inside sentences, and a
// replay's transcript with the viewers' timed 弹幕 between its lines.

describe("a chat app's label over a voice message turned into text", () => {
  it("is the app's, with or without the message's length", () => {
    for (const t of ["〔语音转文字 · 1分07秒〕", "[语音转文字 0:52]", "【转文字】", "（转文字 36″）"])
      expect(widgetLineReason(t)).toBe(VOICE_LABEL);
  });

  it("but a speech's line on a voice system stays", () => {
    for (const t of ["〔语音转文字〕功能要在全镇推广", "【语音转文字功能使用说明】"])
      expect(widgetLineReason(t)).toBeNull();
  });
});

describe("a stenographer's transcript with its recording's time points", () => {
  const cut = COUNTY_CHECK.indexOf("建立隐患台账");
  const timed = COUNTY_CHECK.slice(0, cut) + "[10:12] " + COUNTY_CHECK.slice(cut);
  const opening = COUNTY_OPENING.replace("刚才，", "刚才，[09:31] ");

  it("cuts the time points inside sentences where the page sets them alone on lines too", () => {
    const page = [COUNTY_TITLE, "县长　×××", "[09:30]", "同志们：", opening, "[09:36]", "一、认清形势"];
    const out = textsOf([...page, COUNTY_SITUATION, "二、抓好排查", timed, "[10:15]", "三、压实责任", COUNTY_DUTY]);
    expect(out).toContain(COUNTY_OPENING);
    expect(out).toContain(COUNTY_CHECK);
  });

  it("keeps a time in brackets inside a sentence on a page that sets no time points alone", () => {
    const own = "明天上午[09:30]各乡镇主要负责同志到县应急指挥中心集中，参加视频调度会。";
    const out = textsOf([COUNTY_TITLE, "县长　×××", "同志们：", COUNTY_OPENING, own, COUNTY_CLOSING]);
    expect(out).toContain(own);
  });
});

describe("a replay's transcript with the viewers' timed 弹幕 between its lines", () => {
  const cut = COUNTY_CHECK.indexOf("建立隐患台账");
  const page = [
    ...COUNTY_SPEECH_HEAD,
    "[12:05] 青石坝老杨：开始了开始了",
    "[12:09] 网友3391：认真学习",
    "二、抓好排查",
    COUNTY_CHECK.slice(0, cut),
    "[14:40] 河湾小秦：我们厂上周刚查过，消防通道全清出来了",
    COUNTY_CHECK.slice(cut),
    ...COUNTY_SPEECH_REST.slice(2),
  ];

  it("drops each 弹幕 whole and runs the sentence it cut on across it", () => {
    expect(showsStampedRemarks(page)).toBe(true);
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("but a chat export's poster's timed messages carry the speech: only the time and the name go", () => {
    const chat = [
      "[09:14] 镇应急办王某：" + COUNTY_TITLE,
      "[09:14] 镇应急办王某：" + COUNTY_OPENING,
      "[09:15] 石桥村李某：收到",
      "[09:16] 镇应急办王某：" + COUNTY_SITUATION,
      "[09:17] 柳湾村赵某：收到，马上落实",
      "[09:18] 镇应急办王某：" + COUNTY_CLOSING,
    ];
    expect(showsStampedRemarks(chat)).toBe(false);
    const out = textsOf(chat);
    for (const t of [COUNTY_OPENING, COUNTY_SITUATION]) expect(out.join("")).toContain(t);
  });
});
