import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_CLOSING,
  COUNTY_DUTY,
  COUNTY_OPENING,
  COUNTY_SITUATION,
  COUNTY_TITLE,
} from "../testing/county-speech-lines";
import { speechesOf, textsOf } from "../testing/mined-page";
import { markChapterLists } from "./noise-chapter-lists";
import { RECORDED_NOTE, widgetLineReason } from "./noise-widget-lines";
import { withoutCover } from "./speech-covers";
import type { Removed } from "./types";

// A page written for these tests in the shape of set 109's podcast page: the show's headline, its player, its
// 时间轴 whose chapters repeat the speech's headings after their times, and the 文稿 under its transcriber's note.

describe("a podcast's page with a chapter list over the speech's transcript", () => {
  const HEADS = [
    "第一，要清醒认识当前安全生产面临的形势",
    "第二，要扎扎实实抓好隐患排查整治",
    "第三，要层层压实安全生产责任",
  ];
  const page = [
    "某某之声｜县应急管理局播客",
    "第12期｜安全生产不松劲——县长×××在全县安全生产工作会议上的讲话（录音）",
    "主播：小安　|　时长 18:20　|　2024-05-06 发布",
    "简介",
    "本期节目收录了县长在全县安全生产工作会议上的讲话录音，讲话从形势、排查、责任三个方面作了部署。",
    "时间轴",
    "00:00 开场：今天这个会为什么要开",
    `02:10 ${HEADS[0]}`,
    `07:45 ${HEADS[1]}`,
    `12:30 ${HEADS[2]}`,
    "16:55 结束语：安全生产责任重于泰山",
    "文稿",
    "（本文稿由语音识别生成并经人工校对，如有出入，以音频为准。）",
    ...[COUNTY_TITLE, "县长　×××", "同志们：", COUNTY_OPENING],
    ...["[02:10]", HEADS[0], COUNTY_SITUATION, "[07:45]", HEADS[1], COUNTY_CHECK, "[12:30]", HEADS[2], COUNTY_DUTY],
    COUNTY_CLOSING,
    "（完）",
  ];
  const blocks = [
    COUNTY_OPENING,
    HEADS[0],
    COUNTY_SITUATION,
    HEADS[1],
    COUNTY_CHECK,
    HEADS[2],
    COUNTY_DUTY,
    COUNTY_CLOSING,
  ];

  it("drops the chapter list and the transcriber's note, and keeps one speech under its own title", () => {
    const speeches = speechesOf(page);
    expect(speeches).toHaveLength(1);
    expect(speeches[0]!.title).toBe(COUNTY_TITLE);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual(blocks);
  });

  it("drops a list without its label that starts at 00:00 and runs minutes apart", () => {
    const unlabelled = page.filter((t) => t !== "时间轴");
    expect(speechesOf(unlabelled)).toHaveLength(1);
    expect(textsOf(unlabelled)).toEqual(blocks);
  });
});

describe("a speech's own times stay", () => {
  const marked = (texts: string[]) => {
    const verdict = texts.map(() => null as string | null);
    markChapterLists(texts, verdict);
    return verdict.filter(Boolean).length;
  };

  it("leaves an agenda's times of day, which start at no 00:00 and stand under no chapter label", () => {
    expect(marked(["会议议程：", "9:00 全体人员签到入场", "9:30 观看警示教育片", "10:10 各乡镇负责人签订责任书"])).toBe(
      0,
    );
  });

  it("leaves a transcript's lines set seconds apart from 00:00, and times that run back", () => {
    expect(marked(["00:00 同志们好", "00:04 今天这个会很重要", "00:09 我讲三点意见"])).toBe(0);
    expect(marked(["时间轴", "05:00 开场", "03:10 第一部分", "01:20 第二部分"])).toBe(0);
  });

  it("leaves timed lines that are sentences", () => {
    expect(marked(["时间轴", "00:00 会议开始。", "02:10 县长讲话。", "07:45 签订责任书。"])).toBe(0);
  });
});

describe("the show's page around the transcript", () => {
  it("takes a show's long headline and the player's words above the title as the page's, not the speech's title", () => {
    const lines = [
      "安全之声第12期｜安全生产一刻也不能松劲——县长×××在全县安全生产工作会议上的讲话（录音）",
      "播放",
      "订阅",
      "文稿",
      COUNTY_TITLE,
      "县长　×××",
      "同志们：",
      COUNTY_OPENING,
    ];
    const removed: Removed[] = [];
    const raw = withoutCover({ paragraphs: lines.map((text, k) => ({ text, lineNo: k + 1 })) }, removed);
    expect(raw.paragraphs.map((p) => p.text)).toEqual(lines.slice(4));
    expect(removed.map((r) => r.text)).toEqual(lines.slice(0, 4));
  });

  it("keeps a long title right over the speech's own, with nothing between them", () => {
    const lines = [
      "县委副书记县长×××在2024年全县安全生产暨森林防灭火和消防安全工作会议上的讲话（摘要）",
      COUNTY_TITLE,
      COUNTY_OPENING,
    ];
    const raw = withoutCover({ paragraphs: lines.map((text, k) => ({ text, lineNo: k + 1 })) }, []);
    expect(raw.paragraphs).toHaveLength(3);
  });

  it("reads a transcriber's note over the 文稿 as the page's, and leaves a speech's own bracket on its figures", () => {
    expect(widgetLineReason("（本文稿由语音识别生成并经人工校对，如有出入，以音频为准。）")).toBe(RECORDED_NOTE);
    expect(widgetLineReason("（以上数据以县统计局最终核定数为准）")).toBeNull();
  });
});
