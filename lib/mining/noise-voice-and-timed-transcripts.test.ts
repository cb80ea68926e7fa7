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

  it("but keeps the times the sentences tell, on such a page too (a schedule, minutes)", () => {
    const own = [
      "演练定于周四[14:30]开始，各单位请于[14:00]前到场签到。",
      "明天上午【8:30】各组到指挥部集合，【9:00】准时出发。",
      "汛期值班人员每天[07:30]和[19:30]两次上报水情，[22:00]至[06:00]由带班领导接听电话。",
    ];
    const page = [COUNTY_TITLE, "县长　×××", "[09:30]", "同志们：", opening, "[09:36]", "一、认清形势"];
    const out = textsOf([...page, COUNTY_SITUATION, ...own, "[10:15]", "三、压实责任", COUNTY_DUTY]);
    expect(out).toContain(COUNTY_OPENING);
    for (const t of own) expect(out).toContain(t);
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

  it("nor are a talk sent as short timed messages and its 收到 / 好的 a replay's 弹幕: the talk stays", () => {
    const talk = [
      "各位组长晚上好，今晚说几句暑期防溺水的事。",
      "村里的河边、水塘，明天都要插上警示牌，拉好护栏。",
      "放学以后，各家各户要看好自家孩子，不准私自下水。",
      "巡河的人每天傍晚去转一圈，发现险情马上报村委会。",
    ];
    const chat = [
      "村防溺水工作群",
      `[19:30] 村主任老周：${talk[0]}`,
      `[19:31] 村主任老周：${talk[1]}`,
      "[19:31] 一组小马：收到",
      `[19:32] 村主任老周：${talk[2]}`,
      "[19:32] 二组阿芳：好的",
      `[19:33] 村主任老周：${talk[3]}`,
      "[19:33] 三组老钱：收到，马上办",
      "[19:34] 一组小马：明白",
      "[19:35] 二组阿芳：收到！",
    ];
    expect(showsStampedRemarks(chat)).toBe(false);
    const out = textsOf(chat).join("");
    for (const t of talk) expect(out).toContain(t);
  });

  it("nor are minutes that time each speaker's turn, their speakers named by post, however long the record", () => {
    const minutes = [
      "[14:00] 主持人：宣布会议开始。",
      "[14:05] 应急局局长张某：通报检查情况。",
      COUNTY_OPENING,
      COUNTY_SITUATION,
      "[14:20] 住建局局长李某：汇报整治进展。",
      COUNTY_CHECK,
      "[14:40] 副县长刘某：部署下步工作。",
      COUNTY_DUTY,
      COUNTY_CLOSING,
    ];
    expect(showsStampedRemarks(minutes)).toBe(false);
  });
});
