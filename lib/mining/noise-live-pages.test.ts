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
import { speechesOf, textsOf } from "../testing/mined-page";
import { LIVE_COMMENT, liveLineReason } from "./noise-live-pages";
import { mineText } from "./text-pipeline";

// Pages written for these tests in the shapes of set 109's live pages: a meeting's livestream replay with the room's
// notices and the viewers' 弹幕 between the paragraphs, and a 图文直播 whose updates carry the speech.

describe("a livestream replay with the room's lines between the paragraphs", () => {
  const page = [
    "某某直播 · 回放",
    `【回放】全县安全生产工作会议`,
    "直播时间 2024-10-08 09:00 | 时长 00:48:10 | 1.6万次观看",
    "弹幕",
    "弹幕已开启 · 理性发言",
    "【系统】欢迎进入直播间！本场直播仅供学习交流。",
    ...COUNTY_SPEECH_HEAD.slice(0, 4),
    "应急小王：会议开始了，认真听",
    "签到",
    "🎁 青山镇老刘 送出 “灯牌” ×2",
    ...COUNTY_SPEECH_HEAD.slice(4),
    "👍 点赞数突破 5000！谢谢大家",
    "当前 1,208 人正在观看",
    "老安监：“全覆盖排查”这个要求我们乡上周就开始了",
    ...COUNTY_SPEECH_REST.slice(0, 2),
    "666",
    "👍 东坝村小李 为主播点了赞",
    ...COUNTY_SPEECH_REST.slice(2),
    "🎁 县应急局 送出 鲜花 ×20",
    "直播已结束",
  ];

  it("keeps the one speech and drops the notices, gifts, likes, viewer counts and the viewers' 弹幕", () => {
    const speeches = speechesOf(page);
    expect(speeches).toHaveLength(1);
    expect(speeches[0]!.title).toBe(COUNTY_TITLE);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps a speech's own labelled lines and its words on gifts and viewers on such a page", () => {
    const own = [
      "重点：各村要在10月底前完成自建房排查，做到不漏一户。",
      "县融媒体中心：负责做好会议宣传报道和舆论引导",
      "去年“安全生产月”期间，全县警示教育片累计1.2万人次观看，企业职工送出安全承诺书3000余份。",
    ];
    const blocks = textsOf([...page.slice(0, 10), ...own, ...page.slice(10)]);
    for (const t of own) expect(blocks).toContain(t);
  });

  it("reads no room into a speech that names one count: its labelled line stays", () => {
    const own = "值班组：24小时值守，确保信息畅通";
    const blocks = textsOf([...COUNTY_SPEECH_HEAD, own, "当前 1,208 人正在观看", ...COUNTY_SPEECH_REST]);
    expect(blocks).toContain(own);
  });
});

describe("a 图文直播 whose updates carry the speech", () => {
  const update = (time: string, ...lines: string[]) => [time, "主持人", ...lines, "👍2千", ""];
  const page = [
    "某某发布 · 图文直播",
    ...update("08:50", "各位网友，早上好！全县安全生产工作会议即将开始。", "[图片] 会场一角。（某某融媒 王一 摄）"),
    ...update("09:02", "会议开始。副县长×××主持会议。"),
    ...update("09:20", "下面，县长×××讲话。以下为讲话全文：", ...COUNTY_SPEECH_HEAD, ...COUNTY_SPEECH_REST),
    ...update("10:05", "会议在热烈的掌声中结束。本场图文直播到此结束，感谢网友们的关注！"),
    "本场直播累计 1.2万 人次观看",
  ];

  it("drops the update heads, the like counts and the host's update after the speech has closed", () => {
    const speeches = speechesOf(page);
    expect(speeches).toHaveLength(1);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps a second speech posted in a later update", () => {
    const second = [
      "在全县消防安全工作会议上的讲话",
      "副县长　×××",
      "同志们：",
      COUNTY_CHECK,
      COUNTY_DUTY,
      COUNTY_CLOSING,
    ];
    const speeches = speechesOf([...page.slice(0, -1), ...update("10:30", "下面，副县长×××讲话。", ...second)]);
    expect(speeches.map((s) => s.title)).toEqual([COUNTY_TITLE, second[0]]);
    const text = speeches[1]!.blocks.map((b) => b.text).join("");
    for (const t of [COUNTY_CHECK, COUNTY_DUTY, COUNTY_CLOSING]) expect(text).toContain(t);
  });

  it("keeps a speech posted across updates after a paragraph that opens as a closing", () => {
    const aside = "同志们，这里我再强调一句：安全生产没有局外人，每个人都要扛起自己的那份责任。";
    const spread = [
      ...update("09:20", ...COUNTY_SPEECH_HEAD),
      ...update("09:31", aside),
      ...update("09:40", COUNTY_CHECK),
      ...update("09:52", COUNTY_DUTY),
    ];
    expect(textsOf(spread)).toEqual([
      COUNTY_OPENING,
      "一、认清形势",
      COUNTY_SITUATION,
      aside,
      COUNTY_CHECK,
      COUNTY_DUTY,
    ]);
  });
});

describe("a video export's labelled 弹幕 between the subtitles", () => {
  const danmaku = ["〔弹幕〕00:01:05 我们乡也在排查", "【弹幕】老李：说得实在", "弹幕 03:12 有没有文字版？"];
  const page = [
    "某某视频 · 字幕导出",
    ...COUNTY_SPEECH_HEAD.slice(0, 4),
    danmaku[0]!,
    ...COUNTY_SPEECH_HEAD.slice(4),
    "各乡镇要对辖区内危险化学品、建筑施工、消防等重点行业领域开展一次全覆盖排查，",
    danmaku[1]!,
    "建立隐患台账，实行闭环管理，确保整改到位。",
    "三、压实责任",
    COUNTY_DUTY,
    danmaku[2]!,
    COUNTY_CLOSING,
  ];

  it("drops each one, under its label, and runs a sentence on across one", () => {
    const mined = mineText(page.join("\n"));
    const blocks = mined.speeches.flatMap((s) => s.blocks.map((b) => b.text));
    expect(blocks).toEqual([
      ...COUNTY_SPEECH_BLOCKS.slice(0, 3),
      COUNTY_CHECK,
      "三、压实责任",
      COUNTY_DUTY,
      COUNTY_CLOSING,
    ]);
    expect(mined.removed.filter((r) => r.reason === LIVE_COMMENT)).toHaveLength(3);
  });

  it("reads the label only at the line's head: a speech's sentence on 弹幕 stays", () => {
    for (const t of danmaku) expect(liveLineReason(t)).toBe(LIVE_COMMENT);
    const own = [
      "弹幕里有群众反映，个别小区消防通道长期被占用，这个问题要马上解决。",
      "弹幕互动要有人值守，发现安全隐患线索的，及时转交属地核查。",
      "弹幕：群众的意见我们都要认真听。",
    ];
    for (const t of own) expect(liveLineReason(t)).toBeNull();
    expect(textsOf([...COUNTY_SPEECH_HEAD, ...own, ...COUNTY_SPEECH_REST])).toEqual(expect.arrayContaining(own));
  });
});
