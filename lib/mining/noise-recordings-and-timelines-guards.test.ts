import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_CLOSING,
  COUNTY_OPENING,
  COUNTY_SPEECH,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
} from "../testing/county-speech-lines";
import { speechesOf, textsOf } from "../testing/mined-page";
import { markChapterLists } from "./noise-chapter-lists";

// Guards written for these tests: a speech's own lines that the rules for recordings, clips, captions, platforms and
// chapter lists could take (a reported paragraph in a taped speech, a sentence with a photo credit glued after it, a
// watermark glued after 平台, a speaker's aside on a clip, a speech's own timelines).

describe("a speech written up from its tape, with no meeting's fields", () => {
  it("keeps its paragraphs that report what others said: the recording's fields make no minutes", () => {
    const reported = [
      "前不久省安委办通报了邻县的一起较大事故，暴露出的问题非常典型，我们要引以为戒。",
      "县交通运输局汇报了道路运输领域的排查情况，从反馈看，超限超载问题仍然比较突出。",
    ];
    const page = [
      "县长在安全生产调度会上的讲话录音整理稿",
      "录音时间：2024年6月3日下午",
      "录音时长：26分钟",
      "整理人：县政府办　周某",
      "校对人：吴某",
      "同志们，今天这个调度会时间不长，我讲几点。",
      ...reported,
      COUNTY_CHECK,
      COUNTY_CLOSING,
    ];
    const blocks = textsOf(page);
    for (const t of reported) expect(blocks).toContain(t);
    expect(blocks.join("\n")).not.toContain("录音时长");
  });

  it("reads a tagged speaker line as the speaker's when the copy has no title", () => {
    const page = [
      "整理人：县应急局　钱某",
      "校对人：孙某",
      "录音文件：调度会0603.m4a",
      "【讲话人】县安委会主任、县长　韩立新",
      ...COUNTY_SPEECH.slice(2),
    ];
    const [speech] = speechesOf(page);
    expect(speech!.title).toBeNull();
    expect(speech!.speaker).toBe("县安委会主任、县长韩立新");
  });
});

describe("lines of a speech that look like a page's notes", () => {
  it("keeps a first-person sentence with an outlet's photo credit glued after it, cutting the credit", () => {
    const sentence = "前几天我们到城关镇检查了三家液化气站，站长们主动亮出台账，整改落实得很扎实。";
    const blocks = textsOf([...COUNTY_SPEECH_HEAD, `${sentence}（某某县融媒 王一 摄）`, ...COUNTY_SPEECH_REST]);
    expect(blocks).toContain(sentence);
    expect(blocks.join("")).not.toContain("王一");
  });

  it("cuts a site's address glued after 平台, and keeps an office's official one in brackets", () => {
    const glued = "各企业要登录安全生产信息平台www.fanwen-ku.com，每月填报自查情况，做到底数清、情况明。";
    const official = "各企业要登录安全生产信息平台（aqxx.mouxian.gov.cn），每月填报自查情况，做到底数清、情况明。";
    expect(textsOf([...COUNTY_SPEECH_HEAD, glued, ...COUNTY_SPEECH_REST])).toContain(
      "各企业要登录安全生产信息平台，每月填报自查情况，做到底数清、情况明。",
    );
    expect(textsOf([...COUNTY_SPEECH_HEAD, official, ...COUNTY_SPEECH_REST])).toContain(official);
  });

  it("keeps a speaker's bracketed aside on the clip he shows (以视频为准, 大家…)", () => {
    const aside = "（这段是加油站的监控录像，具体经过以视频为准，请大家留意卸油口旁边的那个烟头。）";
    expect(textsOf([...COUNTY_SPEECH_HEAD, "下面请大家看一段视频。", aside, ...COUNTY_SPEECH_REST])).toContain(aside);
  });

  it("keeps a speech's line under a clip label that names no clip's time and speaks as the speaker", () => {
    const line = "【视频片段】大家刚才看到的，是前年我县一处在建工地脚手架坍塌的画面，教训极其深刻";
    const blocks = textsOf([...COUNTY_SPEECH_HEAD, line, ...COUNTY_SPEECH_REST]).join("\n");
    expect(blocks).toContain("大家刚才看到的，是前年我县一处在建工地脚手架坍塌的画面");
  });
});

describe("a speech's own timelines are no chapter lists", () => {
  const marked = (lines: string[]) => {
    const verdict: (string | null)[] = lines.map(() => null);
    markChapterLists(lines, verdict);
    return verdict.filter(Boolean).length;
  };

  it("leaves a timeline under its 时间线 label inside the speech", () => {
    const lines = [
      ...COUNTY_SPEECH_HEAD.slice(0, 4),
      "时间线：",
      "01:05 仓库值班员发现冒烟",
      "01:20 值班员自行扑救未果",
      "01:48 拨打119报警",
      "02:10 消防车到场",
      "从发现冒烟到报警，整整过去了四十三分钟，这就是没有按规定第一时间报警的后果。",
      COUNTY_CLOSING,
    ];
    expect(marked(lines)).toBe(0);
  });

  it("leaves an unlabelled timeline from 00:00 under the salutation, on a page with no player", () => {
    const lines = [
      ...COUNTY_SPEECH_HEAD.slice(0, 3),
      "那天晚上的经过是这样的：",
      "00:00 交接班完成",
      "00:40 巡检发现压力异常",
      "01:15 下令紧急泄压",
      "01:50 压力恢复正常",
      COUNTY_OPENING,
      COUNTY_CLOSING,
    ];
    expect(marked(lines)).toBe(0);
  });

  it("still marks a player's chapter list above the speech", () => {
    const lines = [
      "▶ 播放　00:00 / 19:40",
      "00:00 开场",
      "02:30 第一部分",
      "09:10 第二部分",
      "17:45 结束语",
      ...COUNTY_SPEECH,
    ];
    expect(marked(lines)).toBe(4);
  });
});
