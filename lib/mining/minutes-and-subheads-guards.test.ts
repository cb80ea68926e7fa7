import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_CLOSING,
  COUNTY_DUTY,
  COUNTY_OPENING,
  COUNTY_SITUATION,
  COUNTY_SPEECH,
  COUNTY_TITLE,
} from "../testing/county-speech-lines";
import { speechesOf, textsOf } from "../testing/mined-page";

// An outside review's probes of set 138's rules (a 纪要's bare fields and numbered decisions, bracketed subheads, a
// recording's length, a dashed ad label): a speech's own lines of those shapes stay its text.

const LAST_YEAR = COUNTY_SITUATION.replace("今年以来", "去年");
const head = [COUNTY_TITLE, "县长　×××", "同志们：", COUNTY_OPENING, "一、认清形势", COUNTY_SITUATION];
const arrangement = [
  "为推动排查工作落地见效，县里决定召开现场推进会，具体安排如下：",
  "时间：3月20日上午9时",
  "地点：县应急管理局三楼会议室",
  "参会人员：各乡镇分管负责同志、县安委会成员单位负责同志",
];

describe("a speech's own meeting fields, decisions and headings beside the 纪要 rules", () => {
  it("keeps a meeting's time, place and attendees the speech announces under its salutation", () => {
    const texts = textsOf([
      ...head,
      "二、抓好排查",
      COUNTY_CHECK,
      ...arrangement,
      "三、压实责任",
      COUNTY_DUTY,
      COUNTY_CLOSING,
    ]);
    for (const line of arrangement.slice(1)) expect(texts).toContain(line);
  });

  it("keeps a speech's own 二、会议决定事项 section with its items, and the outline after it", () => {
    const items = [
      "1.各乡镇要在3月底前完成辖区内所有危化品企业的全覆盖检查。",
      "2.县应急管理局要牵头组织专家组开展指导服务。",
    ];
    const blocks = speechesOf([
      ...head,
      ...arrangement,
      "二、会议决定事项",
      ...items,
      "三、压实责任",
      COUNTY_DUTY,
      COUNTY_CLOSING,
    ])[0]!.blocks;
    const headings = blocks.filter((b) => b.kind === "heading").map((b) => b.text);
    expect(headings).toEqual(["一、认清形势", "二、会议决定事项", "三、压实责任"]);
    expect(blocks.map((b) => b.text)).toEqual(expect.arrayContaining(items));
  });

  it("keeps a speech's heading ending in 会议记录 under a real 纪要's header", () => {
    const minutes = [
      "青山镇安全生产委员会2025年第一次全体会议纪要",
      "时间：2025年3月6日上午9:00",
      "地点：镇政府二楼会议室",
      "主持人：镇党委副书记　何平",
      "参会人员：镇安委会全体成员",
      "一、镇长讲话（录音整理稿）",
    ];
    const own = "二、规范班组安全生产会议记录";
    const rule =
      "班组每周召开一次安全例会，会议记录要写明时间、地点、参加人员和议定事项，由班组长签字确认，做到有据可查。";
    const speech = [...head, own, rule, "三、压实责任", COUNTY_DUTY, COUNTY_CLOSING];
    const found = speechesOf([...minutes, ...speech]);
    expect(found).toHaveLength(1);
    const headings = found[0]!.blocks.filter((b) => b.kind === "heading").map((b) => b.text);
    expect(headings).toEqual(["一、认清形势", own, "三、压实责任"]);
  });
});

describe("bracketed lines, a recording's length and a dashed label that are a speech's own", () => {
  it("leaves 【…】 lines in a section numbered into （一）, （二） as they were, its （二） a heading", () => {
    const section = [
      "二、抓好排查",
      "（一）突出重点领域",
      "【盯紧危险化学品】",
      COUNTY_CHECK,
      "【盯紧建筑施工】",
      COUNTY_DUTY,
    ];
    const speech = speechesOf([...head, ...section, "（二）强化执法检查", LAST_YEAR, COUNTY_CLOSING])[0]!;
    const headings = speech.blocks.filter((b) => b.kind === "heading").map((b) => [b.level, b.text]);
    expect(headings).toContainEqual([2, "（二）强化执法检查"]);
    expect(headings.map((h) => h[1])).not.toContain("【盯紧危险化学品】");
  });

  it("keeps a record's （录音中断约10秒） the speech cites, and a line opening ——推广——", () => {
    const cited = "调度室通话记录（录音中断约10秒）与井下人员定位数据对不上，说明有人在关键时段脱离了监管。";
    const promoted = "——推广——“机械化换人、自动化减人”，具体做法见附件 >>";
    const texts = textsOf([...COUNTY_SPEECH.slice(0, 7), cited, promoted, ...COUNTY_SPEECH.slice(7)]);
    expect(texts).toContain(cited);
    expect(texts.join("")).toContain("机械化换人");
  });
});
