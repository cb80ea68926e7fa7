import { describe, expect, it } from "vitest";
import { speechesOf, textsOf } from "../testing/mined-page";
import {
  CASE_COMMENTS,
  GRID_UNITS,
  HUMAN_ERROR_METHOD,
  LIBRARY_NOTE,
  LISTED_NOTES,
  REPORTING_COUNTS,
  RULES_IN_DRAFT,
  SPEAKERS_NOTES,
  TRAFFIC_STEPS,
} from "../testing/review-91-94-inline-pages";
import {
  EMPHATIC_LINE,
  HOST_AGENDA_BETWEEN_ADS,
  HOST_REMINDERS,
  LIST_UNDER_CAPTIONS,
  PAGED_TEXT_CLOSING,
  SLOGANS_AFTER_COLONS,
} from "../testing/review-91-94-line-pages";
import { MEMBER_SPEECH, READING_SESSION, SCHOOL_STEPS } from "../testing/review-91-94-more-pages";

// Guards from the outside review of the fixes for sets 91–94: each page's own text that those fixes took, cut,
// joined or made a heading of, and that the miner keeps as it was before them.

const lines = (page: string) => page.split("\n");
const joined = (page: string) => textsOf(lines(page)).join("\n");
const headings = (page: string) =>
  speechesOf(lines(page)).flatMap((s) => s.blocks.filter((b) => b.kind === "heading").map((b) => b.text));

describe("a speech's own lines beside the new line rules", () => {
  it("keeps a host's agenda between two bare 广告 slots (a framed card holds an offer)", () => {
    const text = joined(HOST_AGENDA_BETWEEN_ADS);
    expect(text).toContain("下面进行第一项议程：请县应急管理局局长王××同志宣读活动方案。");
    expect(text).toContain("下面进行第三项议程：请县委常委、副县长李××同志讲话，大家欢迎。");
  });

  it("keeps a list's paragraphs apart across a caption after their semicolons", () => {
    expect(textsOf(lines(LIST_UNDER_CAPTIONS))).toContain(
      "对进山入林人员，要做到逐一登记、逐一宣传、逐一检查，严防火种进山；",
    );
    expect(headings(SCHOOL_STEPS)).toEqual(["把握形势，绷紧校园安全这根弦", "压实责任，织密校园安全防护网"]);
  });

  it("keeps a closing and a paragraph apart after a page number, indented or not", () => {
    const texts = textsOf(lines(PAGED_TEXT_CLOSING));
    expect(texts.some((t) => t.startsWith("同志们，危化品安全责任重大。"))).toBe(true);
    expect(texts.some((t) => t.startsWith("各县区、各有关部门要按照本次会议部署"))).toBe(true);
  });

  it("makes no heading of slogans read out after a colon, nor of an emphatic line inside a section", () => {
    expect(headings(SLOGANS_AFTER_COLONS)).toEqual([]);
    expect(headings(EMPHATIC_LINE)).not.toContain("这根弦一刻也不能松");
  });

  it("keeps a host's reminders, a company's review steps, a step to open a platform and a speaker's remarks", () => {
    expect(joined(HOST_REMINDERS)).toContain(
      "1.本次会议材料的电子文档已上传至县政府协同办公平台，请各单位会后自行下载学习。",
    );
    const member = joined(MEMBER_SPEECH);
    expect(member).toContain("初审：班组安全员现场确认");
    expect(member).toContain("[图像识别]智能巡检系统");
    expect(joined(SCHOOL_STEPS)).toContain("打开安全教育平台查看视频");
    const reading = joined(READING_SESSION);
    expect(reading).toContain("读后的三点体会");
    expect(reading).toContain("以上是我的几点粗浅体会，不当之处请大家批评指正。谢谢大家！");
  });
});

describe("a speech's own brackets and figures beside the new inline cuts", () => {
  it("keeps steps and a method listed in brackets", () => {
    const steps = joined(TRAFFIC_STEPS);
    expect(steps).toContain("（环视、鸣笛、起步）");
    expect(steps).toContain("（提高音量、放慢语速）");
    expect(joined(HUMAN_ERROR_METHOD)).toContain("【停顿、思考、行动、检查】");
  });

  it("keeps a figure with its unit beside the company's own name, and after an address", () => {
    expect(joined(GRID_UNITS)).toContain("国网青山供电公司10kV线路");
    expect(joined(REPORTING_COUNTS)).toContain("24h在线举报");
  });

  it("keeps counts of people, a phrase before （编辑中） and a library page's 〔注：…〕", () => {
    expect(joined(REPORTING_COUNTS)).toContain("（216人标记）");
    expect(joined(RULES_IN_DRAFT)).toContain("操作规程（编辑中）");
    expect(joined(LIBRARY_NOTE)).toContain("〔注：数据来源于");
  });

  it("keeps a speaker's own 【注：…】, though he says he added them, and his 【我的点评】", () => {
    expect(joined(SPEAKERS_NOTES)).toContain("【注：专项奖励额度另行发文明确。】");
    expect(joined(LISTED_NOTES)).toContain("【注：监测数据超过预警值的");
    expect(joined(CASE_COMMENTS)).toContain("【我的点评】这个事故最让人痛心的是");
  });
});
