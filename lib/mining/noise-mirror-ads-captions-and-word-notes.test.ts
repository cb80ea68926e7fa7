import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_CLOSING,
  COUNTY_DUTY,
  COUNTY_OPENING,
  COUNTY_TITLE,
} from "../testing/county-speech-lines";
import { textsOf } from "../testing/mined-page";
import { ruleVerdicts } from "./noise-rule-verdicts";
import { splitSpacedLine } from "./spaced-paragraphs";

// Pages written for these tests in the shapes of set 131's damaged copies: a mirror's labelled ad inside a sentence, a
// picture's caption inside a sentence of a page copied onto one line (and its info line glued to the first paragraph),
// a transcriber's note where the recording failed, a Word file's [注N] footnote and its mark, and a 发文稿纸's sign-off
// rows saved as text. Guards for the speech's own words beside each are in the -guards file.

const speech = (...lines: string[]) => [COUNTY_TITLE, "县长　×××", "同志们：", ...lines];

describe("a mirror's labelled ad inside a sentence", () => {
  it("cuts 【广告】… up to its call to get the app, and the sentence runs on", () => {
    const adInside =
      "今年上半年，全县共排查各类隐患1260处，【广告】看更多本地资讯，请安装城事通App已整改1198处，整改率95.1%。";
    const page = speech(COUNTY_OPENING, adInside, COUNTY_CHECK, COUNTY_CLOSING);
    expect(textsOf(page)).toEqual([
      COUNTY_OPENING,
      "今年上半年，全县共排查各类隐患1260处，已整改1198处，整改率95.1%。",
      COUNTY_CHECK,
      COUNTY_CLOSING,
    ]);
  });
});

describe("a picture's caption inside a sentence", () => {
  it("cuts （scene　摄影：name） where the sentence runs on after it", () => {
    const captioned = "有的工地脚手架搭设不规范；（检查现场　摄影：宋立）部分塔吊限位装置失灵，存在较大隐患。";
    const page = speech(COUNTY_OPENING, captioned, COUNTY_DUTY, COUNTY_CLOSING);
    expect(textsOf(page)).toEqual([
      COUNTY_OPENING,
      "有的工地脚手架搭设不规范；部分塔吊限位装置失灵，存在较大隐患。",
      COUNTY_DUTY,
      COUNTY_CLOSING,
    ]);
  });
});

describe("a page copied onto one line", () => {
  it("breaks after the page's info line, before the first paragraph", () => {
    const info = "发布时间：2024-05-10　来源：县应急管理局　点击数：312";
    const line = `首页　新闻中心　领导讲话  ${COUNTY_TITLE}  ${info}  ${COUNTY_OPENING}  一、认清形势  ${COUNTY_CHECK}`;
    const parts = splitSpacedLine({ text: line, lineNo: 1 }).map((l) => l.text);
    expect(parts).toContain(info);
    expect(parts).toContain(COUNTY_OPENING);
  });
});

describe("a transcriber's note where the recording failed", () => {
  it("cuts （这里录音听不清） and [录音听不清] inside a sentence", () => {
    const noted = "二号车间的除尘设备上个月就坏了，（这里录音听不清）维修的人到现在还没来，这样拖下去迟早要出事。";
    const bracketed = "各班组长每天要把岗位巡一遍，[录音听不清]发现问题当班就报上来，不能压到第二天。";
    const page = speech(COUNTY_OPENING, noted, bracketed, COUNTY_CLOSING);
    expect(textsOf(page)).toEqual([
      COUNTY_OPENING,
      "二号车间的除尘设备上个月就坏了，维修的人到现在还没来，这样拖下去迟早要出事。",
      "各班组长每天要把岗位巡一遍，发现问题当班就报上来，不能压到第二天。",
      COUNTY_CLOSING,
    ]);
  });
});

describe("a Word file's [注N] footnote saved as text", () => {
  it("removes the note below the speech and its mark inside the sentence, with a table after the note", () => {
    const cited = "去年全县未发生较大以上生产安全事故[注2]，事故起数和死亡人数同比分别下降12%和9%。";
    const page = [
      ...speech(COUNTY_OPENING, cited, COUNTY_CHECK, COUNTY_CLOSING),
      "",
      "[注2] 数据截至2024年12月31日，来源：县应急管理局安全生产统计月报。",
      "附表\t全县安全生产主要指标对照",
      "指标\t今年\t去年\t增减",
      "较大以上事故（起）\t0\t1\t-1",
    ];
    const texts = textsOf(page);
    expect(texts).toContain("去年全县未发生较大以上生产安全事故，事故起数和死亡人数同比分别下降12%和9%。");
    expect(texts.join("\n")).not.toContain("注2");
  });
});

describe("a 发文稿纸's sign-off rows saved as text", () => {
  it("marks 签发/核稿 and 印发/份数 rows between the speaker line and the salutation as the form's, by rule", () => {
    const rows = ["签发：\t韩某某\t核稿：\t刘某", "印发：\t各乡镇、县直各部门\t份数：\t45"];
    const page = [
      COUNTY_TITLE,
      "县长　×××",
      "（2024年3月6日）",
      ...rows,
      "",
      "同志们：",
      COUNTY_OPENING,
      COUNTY_CLOSING,
    ];
    const { verdict } = ruleVerdicts(page.map((text, i) => ({ text, lineNo: i + 1 })));
    expect(verdict.slice(3, 5).every(Boolean)).toBe(true);
    expect(verdict.slice(0, 3)).toEqual([null, null, null]);
  });
});
