import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_CLOSING,
  COUNTY_DUTY,
  COUNTY_OPENING,
  COUNTY_SITUATION,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
  COUNTY_TITLE,
} from "../../lib/testing/county-speech-lines";
import { textsOf } from "../../lib/testing/mined-page";
import { mineText } from "../../lib/mining/text-pipeline";

// A video's AI 文字稿 loses the times into the video only on a page that shows a video (its app, its 文字稿 label, its
// AI notice), and only the times counted as its cues; a speech's own timeline or rota, a clock time wrapped to a
// line's start (8:30前必须到岗) and a platform's notice the speech quotes stay the speech's.

const joined = (page: string[]) => textsOf(page).join("\n");
const removedAs = (page: string[], reason: string) =>
  mineText(page.join("\n"))
    .removed.filter((r) => r.reason === reason)
    .map((r) => r.text.replace(/\s/g, ""));

const VIDEO_HEAD = ["青禾县应急管理", "关注", `${COUNTY_TITLE}｜完整版 #安全生产`, "1月20日 · 浙江", ""];

describe("a speech's own times", () => {
  it("keeps a drill's timeline and a night's rota, counting up from 00:00, on a page that shows no video", () => {
    const timeline = [
      "00:00 中控室DCS系统发出2号液氨储罐区可燃有毒气体报警，班长确认泄漏并启动企业预案。",
      "00:45 企业应急处置小组佩戴正压式空气呼吸器到达现场，开始关阀堵漏和设置警戒。",
      "03:20 园区应急指挥中心接到企业电话报告，值班长通知消防站和医疗救护组出动。",
      "09:10 园区消防站两台水罐消防车到达现场，架设水幕水带稀释泄漏气体。",
      "16:40 下风向300米范围内的两家企业员工疏散完毕，清点人数无遗漏。",
    ];
    const page = [...COUNTY_SPEECH_HEAD, "我把几个关键节点念一下：", ...timeline, ...COUNTY_SPEECH_REST];
    expect(removedAs(page, "字幕时间码")).toEqual([]);
    expect(joined(page)).toContain("00:45企业应急处置小组");
    const shifts = [
      "0:00—4:00 由副局长王卫东带班，重点盯住烟花爆竹燃放高峰后的火情报告和城区巡查。",
      "4:00—8:00 由执法大队长陈晓红带班，负责与气象、交通部门对接凌晨路面结冰情况。",
      "8:00—12:00 由副局长李春明带班，负责接收各乡镇的值班报告并汇总上报县政府。",
      "12:00—18:00 由局办公室主任赵飞带班，负责景区和商场等人员密集场所的情况调度。",
      "18:00—24:00 由我本人带班，负责全县安全生产情况的总调度和突发事件的先期处置。",
    ];
    expect(
      removedAs([...COUNTY_SPEECH_HEAD, "具体时段如下：", ...shifts, ...COUNTY_SPEECH_REST], "字幕时间码"),
    ).toEqual([]);
  });

  it("keeps a clock time a transcript's paragraph wrapped to its line's start", () => {
    const page = [
      ...VIDEO_HEAD,
      "文字稿",
      "以下内容由AI自动识别生成，可能存在误差",
      `00:04 ${COUNTY_OPENING}`,
      `02:26 ${COUNTY_SITUATION}`,
      "07:48 还有值班值守。节日期间全县实行领导带班和24小时值班制度，各单位值班人员每天早上",
      "8:30前必须到岗，交接班要当面交接、签字确认，任何人不得脱岗漏岗。",
      `09:35 ${COUNTY_CHECK}`,
      `11:10 ${COUNTY_CLOSING}`,
    ];
    expect(removedAs(page, "字幕时间码")).toEqual(["00:04", "02:26", "07:48", "09:35", "11:10"]);
    expect(joined(page)).toContain("每天早上8:30前必须到岗");
  });
});

describe("a video's 文字稿 in other shapes", () => {
  it("drops bracketed times, and a clip's few times from any minute under its label", () => {
    const bracketed = [
      "视频号 · 宁川安全生产",
      COUNTY_TITLE,
      "",
      "文字稿",
      `[00:02] ${COUNTY_OPENING}`,
      `[00:35] ${COUNTY_SITUATION}`,
      `[01:20] ${COUNTY_CHECK}`,
      `[02:15] ${COUNTY_DUTY}`,
      `[03:05] ${COUNTY_CLOSING}`,
    ];
    expect(joined(bracketed)).not.toMatch(/\d:\d\d/);
    const clip = [
      ...VIDEO_HEAD,
      "文字稿",
      `12:05 ${COUNTY_SITUATION}`,
      `12:48 ${COUNTY_CHECK}`,
      `13:30 ${COUNTY_DUTY}`,
    ];
    expect(removedAs(clip, "字幕时间码")).toEqual(["12:05", "12:48", "13:30"]);
  });

  it("drops the times of the text under its label, not taking the chapter list above it for its start", () => {
    const page = [
      ...VIDEO_HEAD,
      "章节",
      "00:00 开场",
      "00:32 事故教训",
      "",
      "文字稿",
      `00:03 ${COUNTY_OPENING}`,
      `00:32 ${COUNTY_SITUATION}`,
      `01:40 ${COUNTY_CHECK}`,
      `02:50 ${COUNTY_DUTY}`,
      `03:35 ${COUNTY_CLOSING}`,
    ];
    expect(joined(page)).not.toMatch(/\d:\d\d/);
  });
});

describe("an AI notice", () => {
  it("keeps the notice a speech quotes and speaks of, and drops a notice that does not name AI", () => {
    const quoted = [
      ...COUNTY_SPEECH_HEAD,
      "大家在平台上都看到过这样一句提示：",
      "由AI自动识别生成，可能存在误差，请结合现场核实。",
      "这句话不是客套话。AI给出的结果只能作为线索，不能代替现场检查，更不能代替人的判断。",
      ...COUNTY_SPEECH_REST,
    ];
    expect(joined(quoted)).toContain("由AI自动识别生成，可能存在误差，请结合现场核实。");
    const unstopped = [
      ...COUNTY_SPEECH_HEAD,
      "二、看待智能识别的局限",
      "由AI自动识别生成，可能存在误差",
      "这句话不是客套话，大家要记住。",
      ...COUNTY_SPEECH_REST,
    ];
    expect(joined(unstopped)).toContain("由AI自动识别生成，可能存在误差");
    const page = [
      ...VIDEO_HEAD,
      "文字稿（AI生成）",
      "本文字稿由智能语音识别生成，可能存在误差，请以视频为准",
      `00:03 ${COUNTY_OPENING}`,
      `00:41 ${COUNTY_SITUATION}`,
      `01:25 ${COUNTY_CHECK}`,
      `02:10 ${COUNTY_DUTY}`,
      `02:58 ${COUNTY_CLOSING}`,
    ];
    expect(textsOf(page)[0]).toBe(COUNTY_OPENING);
  });
});
