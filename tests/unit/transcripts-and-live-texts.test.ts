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
} from "../../lib/testing/county-speech-lines";
import { speechesOf, textsOf } from "../../lib/testing/mined-page";
import { mineText } from "../../lib/mining/text-pipeline";
import { isTitleLine } from "../../lib/mining/outline-patterns";

// Pages in the shapes of set 117's transcripts and live texts (a 视频号 post's AI 文字稿 with the time into the video
// before each paragraph, a 图文直播's 文字实录 with the host's timed posts between two speeches, a recorder app's
// export with its 全文概要, a phone copy's app prompt where a picture was): the page's lines go, the speech's own
// lines that look like them stay.

const joined = (page: string[]) => textsOf(page).join("\n");
const removedAs = (page: string[], reason: string) =>
  mineText(page.join("\n"))
    .removed.filter((r) => r.reason === reason)
    .map((r) => r.text.replace(/\s/g, ""));

describe("a 视频号 post's AI 文字稿", () => {
  const page = [
    "安平化工",
    "关注",
    `${COUNTY_TITLE}｜完整版 #安全生产月 #安平化工`,
    "6月3日 · 浙江",
    "",
    "文字稿",
    "以下内容由AI自动识别生成，可能存在误差",
    `00:03 ${COUNTY_OPENING}`,
    `00:21 ${COUNTY_SITUATION}`,
    "00:44 各乡镇要对辖区内重点行业领域开展一次全覆盖排查，",
    "00:52 建立隐患台账，实行闭环管理，确保整改到位。",
    `01:10 ${COUNTY_DUTY}`,
    `01:36 ${COUNTY_CLOSING}`,
    "",
    "全部评论（12）",
  ];

  it("takes the times, the label and the AI's notice off, and the caption's topics off the title", () => {
    const r = mineText(page.join("\n"));
    expect(r.speeches).toHaveLength(1);
    expect(r.speeches[0]!.title).toBe(COUNTY_TITLE);
    const texts = r.speeches[0]!.blocks.map((b) => b.text);
    expect(texts).toEqual([
      COUNTY_OPENING,
      COUNTY_SITUATION,
      "各乡镇要对辖区内重点行业领域开展一次全覆盖排查，建立隐患台账，实行闭环管理，确保整改到位。",
      COUNTY_DUTY,
      COUNTY_CLOSING,
    ]);
    expect(removedAs(page, "字幕时间码")).toEqual(["00:03", "00:21", "00:44", "00:52", "01:10", "01:36"]);
  });

  it("keeps a clock's times before an agenda's items, which count from the morning, not from a video's start", () => {
    const agenda = [
      "08:30 各单位负责人到县应急管理局三楼会议室签到领取会议材料",
      "09:00 县应急管理局局长通报今年以来全县安全生产形势和事故情况",
      "09:20 各乡镇和重点行业部门负责人依次汇报隐患排查整治工作进展",
      "10:00 县长作全县安全生产工作会议讲话并部署下一阶段重点工作任务",
      "10:40 与会人员分组讨论并形成隐患排查整治工作的具体责任清单",
    ];
    expect(
      removedAs([...COUNTY_SPEECH_HEAD, "会议安排如下：", ...agenda, ...COUNTY_SPEECH_REST], "字幕时间码"),
    ).toEqual([]);
  });

  it("keeps the times of a chapter list, whose lines are no paragraphs", () => {
    const chapters = ["00:00 会议开场", "00:40 认清形势", "01:30 抓好排查", "02:10 压实责任", "03:00 结束语"];
    expect(removedAs([...chapters, "", ...COUNTY_SPEECH_HEAD, ...COUNTY_SPEECH_REST], "字幕时间码")).toEqual([]);
  });

  it("keeps a speaker's sentence on what AI made and a title line's own # (1#高炉)", () => {
    const own = "以下内容由AI辅助生成的巡检报告，各厂要逐条核对，可能存在误差的地方要人工复核。";
    expect(joined([...COUNTY_SPEECH_HEAD, own, ...COUNTY_SPEECH_REST])).toContain(own);
    expect(speechesOf(["在1#高炉大修安全工作会议上的讲话", "同志们：", ...COUNTY_SPEECH_BLOCKS])[0]!.title).toBe(
      "在1#高炉大修安全工作会议上的讲话",
    );
  });
});

describe("a 图文直播's 文字实录 of two speeches", () => {
  const page = [
    "【图文直播】全县安全生产工作会议",
    "刷新　｜　正序　｜　倒序",
    "09:00　主持人：同志们，现在开会。今天会议有两项议程。",
    "09:03　主持人：下面，请县委常委、常务副县长周立新同志讲话。",
    "【县委常委、常务副县长周立新讲话】",
    `周立新：同志们，${COUNTY_OPENING}`,
    "一、认清形势",
    COUNTY_SITUATION,
    "二、抓好排查",
    COUNTY_CHECK,
    "同志们，做好今年的安全生产工作，任务艰巨。希望大家真抓实干，确保全县安全形势稳定。",
    "09:40　主持人：下面，请县委副书记、县长林海同志讲话，大家欢迎！",
    "【县委副书记、县长林海讲话】",
    "林海：同志们，这次会议很重要。刚才，立新同志作了全面部署，讲得很具体，我都赞同。下面，我再强调两点。",
    "一、压实责任",
    COUNTY_DUTY,
    COUNTY_CLOSING,
    "10:10　主持人：同志们，会议到此结束，散会。",
  ];

  it("splits the two speeches at their heads and drops the host's posts, the buttons and the names' labels", () => {
    const speeches = speechesOf(page);
    expect(speeches.map((s) => s.title)).toEqual(["县委常委、常务副县长周立新讲话", "县委副书记、县长林海讲话"]);
    expect(speeches[0]!.blocks[0]!.text).toBe(`同志们，${COUNTY_OPENING}`);
    expect(speeches[1]!.blocks[0]!.text).toMatch(/^同志们，这次会议很重要。/);
    const text = joined(page);
    for (const chrome of ["主持人", "正序", "周立新：", "林海："]) expect(text).not.toContain(chrome);
  });

  it("keeps a host's own script with its times, a colon after another name, and an agenda's item", () => {
    const script = [
      "全县安全生产工作会议主持词",
      "09:00　主持人：同志们，现在开会。今天会议有两项议程。",
      "09:03　主持人：下面，请县长作重要讲话，大家欢迎！",
      "09:40　主持人：同志们，刚才县长作了重要讲话，请大家抓好落实。散会。",
    ];
    expect(joined(script)).toContain("下面，请县长作重要讲话");
    const other = ["【县委副书记、县长林海讲话】", `张强：${COUNTY_OPENING}`, ...COUNTY_SPEECH_REST];
    expect(textsOf(other)).toContain(`张强：${COUNTY_OPENING}`);
    expect(isTitleLine("县委副书记、县长×××讲话")).toBe(false);
  });
});

describe("a recorder app's export with its summary on its label's line", () => {
  const chunk = (label: string, text: string) => [label, text, ""];
  const page = [
    "王县长在全县安全生产工作会议上的讲话",
    "2024-05-20 09:12 ｜ 时长 00:06:09 ｜ 发言人 2",
    "全文概要：县长部署全县安全生产工作，要求各乡镇开展隐患排查，压实党政领导责任。",
    "",
    ...chunk("发言人2 00:00:03", "好，大家安静一下，我们开会了。"),
    ...chunk("发言人1 00:00:18", COUNTY_OPENING),
    ...chunk("发言人1 00:01:10", "总结：去年全县事故起数下降了，但是形势不容乐观，隐患依然不少，大家要心里有数。"),
    ...chunk("发言人1 00:02:40", COUNTY_DUTY),
    ...chunk("发言人1 00:04:02", COUNTY_CLOSING),
  ];

  it("drops the app's summary above the text and keeps the speaker's own 总结：", () => {
    const text = joined(page);
    expect(text).not.toContain("全文概要");
    expect(text).toContain("总结：去年全县事故起数下降了");
    expect(text).toContain(COUNTY_DUTY);
  });
});

describe("a phone copy's app prompt where a picture was", () => {
  it("drops 打开××APP，查看高清大图 between two paragraphs", () => {
    const page = [...COUNTY_SPEECH_HEAD, "打开新岚看点APP，查看高清大图", ...COUNTY_SPEECH_REST];
    expect(speechesOf(page)[0]!.blocks.map((b) => b.text)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps a speaker's step that opens an app to see pictures", () => {
    const own = "打开“安全随手拍”APP，查看隐患整改前后的图片。";
    expect(joined([...COUNTY_SPEECH_HEAD, own, ...COUNTY_SPEECH_REST])).toContain(own);
  });
});
