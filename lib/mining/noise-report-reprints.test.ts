import { describe, expect, it } from "vitest";
import {
  COUNTY_CLOSING,
  COUNTY_DUTY,
  COUNTY_SPEECH_BLOCKS,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
  COUNTY_TITLE,
} from "../testing/county-speech-lines";
import { speechesOf, textsOf } from "../testing/mined-page";
import { removalReason, removeNoiseFromPage } from "../testing/page-noise";

// Pages written for these tests in the shapes of set 65's: a portal's report reprinting the speech under its own
// headline and byline, a 政府信息公开 page's attached files, a 范文 page's link between two speeches.

const HEADLINE = "×××在县安委会全体会议上指出：织密安全责任网 守住安全发展底线";
const BYLINE = "2025-06-02 09:10:33　来源：县融媒体中心　记者 ×××　通讯员 ×××";
const FONT = "字号：大 中 小　|　打印本页";
const LEAD = "6月1日，全县召开安全生产委员会全体会议，部署当前重点工作。县长×××出席会议并讲话。现将讲话全文刊发如下。";
const PORTAL_HEAD = ["县融媒体网 | 县域新闻", "首页 > 县域要闻"];

describe("a portal's report over the speech it reprints", () => {
  it("drops the report's headline and byline above its lead, and the speech keeps its own title", () => {
    const page = [...PORTAL_HEAD, HEADLINE, BYLINE, FONT, LEAD, "", ...COUNTY_SPEECH_HEAD, ...COUNTY_SPEECH_REST];
    const speeches = speechesOf(page);
    expect(speeches.map((s) => s.title)).toEqual([COUNTY_TITLE]);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual(COUNTY_SPEECH_BLOCKS);
    const { removed } = removeNoiseFromPage(page);
    expect(removalReason(removed, HEADLINE)).toMatch(/新闻标题/);
    expect(removalReason(removed, BYLINE)).toBeDefined();
    expect(removalReason(removed, FONT)).toBeDefined();
  });

  it("drops them right above the speech's title where the report prints no lead", () => {
    const page = [...PORTAL_HEAD, HEADLINE, BYLINE, "", ...COUNTY_SPEECH_HEAD, ...COUNTY_SPEECH_REST];
    const speeches = speechesOf(page);
    expect(speeches.map((s) => s.title)).toEqual([COUNTY_TITLE]);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps the speech's main title over its own title line, below the byline", () => {
    const main = "织密安全责任网　守牢安全发展底线";
    const page = [...PORTAL_HEAD, HEADLINE, BYLINE, FONT, main, `——${COUNTY_TITLE}`, ...COUNTY_SPEECH_HEAD.slice(1)];
    const speeches = speechesOf([...page, ...COUNTY_SPEECH_REST]);
    expect(speeches).toHaveLength(1);
    expect(speeches[0]!.title).toMatch(/^织密安全责任网\s*守牢安全发展底线——在全县/);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual(COUNTY_SPEECH_BLOCKS);
    // On two lines as well: neither is taken for the byline.
    const twoLines = [HEADLINE, BYLINE, "织密安全责任网", "守牢安全发展底线", `——${COUNTY_TITLE}`];
    const { kept } = removeNoiseFromPage([...twoLines, ...COUNTY_SPEECH_HEAD.slice(1), ...COUNTY_SPEECH_REST]);
    expect(kept.join("\n")).toMatch(/^织密安全责任网\n守牢安全发展底线/);
    expect(kept).not.toContain(HEADLINE);
  });

  it("keeps a speech's wrapped line on what a leader said at a meeting, whatever line follows it", () => {
    const wrapped = [
      "前不久，市委书记在全市安全生产工作会议上强调，各地要把年初",
      "确定的目标任务写进政府工作报告",
      "逐项分解落实。我们要坚决贯彻。",
    ];
    const page = [...COUNTY_SPEECH_HEAD, ...wrapped, ...COUNTY_SPEECH_REST];
    expect(textsOf(page).join("")).toContain("前不久，市委书记在全市安全生产工作会议上强调，各地要把年初");
    // The same words with a colon, inside the speech (below its salutation): the speech's.
    const colon = "市委书记在全市安全生产工作会议上强调：各地要把年初";
    const inside = [
      ...COUNTY_SPEECH_HEAD,
      colon,
      "确定的目标任务写进政府工作报告",
      "逐项分解落实。",
      ...COUNTY_SPEECH_REST,
    ];
    expect(textsOf(inside).join("")).toContain(colon);
  });

  it("keeps a speech's sentence on what a leader said at a meeting, and a headline over prose of its own", () => {
    const quoted = "省委书记在全省安全生产电视电话会议上强调：要把安全责任落实到每一个岗位、每一个环节。";
    const inSpeech = [...COUNTY_SPEECH_HEAD, quoted, ...COUNTY_SPEECH_REST];
    expect(textsOf(inSpeech)).toContain(quoted);
    // A headline of that shape over a report's prose, with no lead or speech title below it: not this rule's.
    const report = [HEADLINE, BYLINE, COUNTY_DUTY, COUNTY_CLOSING];
    expect(removalReason(removeNoiseFromPage(report).removed, HEADLINE) ?? "").not.toMatch(/新闻标题/);
    // The speaker's line under a headline ends the byline: nothing below the headline is taken for it.
    const speaker = [HEADLINE, "县长　×××", COUNTY_TITLE, "同志们：", ...COUNTY_SPEECH_BLOCKS];
    expect(removalReason(removeNoiseFromPage(speaker).removed, "县长　×××")).toBeUndefined();
  });
});

describe("a page's attached files and its links between speeches", () => {
  it("drops every file the 附件 label lists, a name that opens with a year after its number too", () => {
    const page = [
      ...COUNTY_SPEECH_HEAD,
      ...COUNTY_SPEECH_REST,
      "",
      "附件：1.2025年全县安全生产重点任务分解表.docx",
      "2.全县事故多发路段整改责任清单.xls",
      "3.2025年第二季度检查安排.pdf",
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
    // A sentence opening 1.2025年 in the speech is no file: the label's list is what is read.
    const numbered = [...COUNTY_SPEECH_HEAD, "1.2025年以来，全县共排查整改隐患1200余处。", ...COUNTY_SPEECH_REST];
    expect(textsOf(numbered)).toContain("1.2025年以来，全县共排查整改隐患1200余处。");
    // A numbered sentence under the list that names a file is no file of it.
    const request = "2.请各乡镇于6月底前将《隐患排查台账.xlsx》报县应急管理局，逾期未报的予以通报。";
    const listed = [...COUNTY_SPEECH_HEAD, ...COUNTY_SPEECH_REST, "", "附件：1.2025年重点任务分解表.docx", request];
    expect(textsOf(listed)).toContain(request);
  });

  it("drops a 猜你感兴趣：… link between two speeches of a 范文 page", () => {
    const link = "猜你感兴趣：乡镇安全生产工作汇报范文";
    const page = [...COUNTY_SPEECH_HEAD, ...COUNTY_SPEECH_REST, link, "", ...COUNTY_SPEECH_HEAD, ...COUNTY_SPEECH_REST];
    const { removed } = removeNoiseFromPage(page);
    expect(removalReason(removed, link)).toBeDefined();
    const other = "你可能感兴趣的文章：村级安全生产例会讲话稿";
    const second = [
      ...COUNTY_SPEECH_HEAD,
      ...COUNTY_SPEECH_REST,
      other,
      "",
      ...COUNTY_SPEECH_HEAD,
      ...COUNTY_SPEECH_REST,
    ];
    expect(removalReason(removeNoiseFromPage(second).removed, other)).toBeDefined();
    // Without 猜你 or 你, no link: 可能喜欢：… may open a line of the speech.
    const line = "可能喜欢：热闹的地方，往往也是安全风险集中的地方。";
    expect(textsOf([...COUNTY_SPEECH_HEAD, line, ...COUNTY_SPEECH_REST])).toContain(line);
  });
});
