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
import { docxBodyLines, wParagraph as p, wRow as row, wTable as table } from "../testing/docx-body";
import { speechesOf, textsOf } from "../testing/mined-page";
import { mineLines } from "./text-pipeline";

// Word files written for these tests in the shapes of set 67's: a 发言材料汇编 of units' statements, a picture's
// caption, a school's layout table with its 签批 row, a pull-quote in a text box.

const blocksOf = (body: string[]) =>
  mineLines(docxBodyLines(body)).speeches.flatMap((s) => s.blocks.map((b) => b.text));

describe("a 发言材料汇编 of units' statements", () => {
  it("reads each statement under its unit's line and its slogan title as a speech of its own, the unit its speaker", () => {
    const statement = (unit: string, title: string, body: string[]) => [`${unit}：`, title, ...body].map(p);
    const body = [
      p("县安全生产委员会全体会议发言材料汇编"),
      ...statement("县住建局", "压实监管责任　守牢建筑施工安全底线", [
        COUNTY_OPENING,
        COUNTY_SITUATION + COUNTY_CHECK,
        COUNTY_DUTY + COUNTY_CLOSING,
        "我们一定不辜负县委、县政府的信任。",
      ]),
      ...statement("县交通运输局", "织密道路运输安全网　保障群众平安出行", [
        COUNTY_CHECK,
        COUNTY_DUTY + COUNTY_SITUATION,
        COUNTY_OPENING + COUNTY_CLOSING,
        "请县委、县政府检验。",
      ]),
      ...statement("溪口镇", "扛牢属地管理责任　筑牢基层安全防线", [
        COUNTY_DUTY,
        COUNTY_OPENING + COUNTY_CLOSING,
        COUNTY_SITUATION + COUNTY_CHECK,
        "以上表态，请批评指正。",
      ]),
    ];
    const speeches = mineLines(docxBodyLines(body)).speeches;
    expect(speeches.map((s) => s.title?.replace(/\s+/g, ""))).toEqual([
      "压实监管责任守牢建筑施工安全底线",
      "织密道路运输安全网保障群众平安出行",
      "扛牢属地管理责任筑牢基层安全防线",
    ]);
    expect(speeches.map((s) => s.speaker)).toEqual(["县住建局", "县交通运输局", "溪口镇"]);
    expect(speeches[1]!.blocks[0]!.text).toBe(COUNTY_CHECK);
    // A chair's remark on each unit (县住建局： / 亮点突出　成效明显 / a sentence) is no collection of statements.
    const remarks = [
      COUNTY_TITLE,
      "同志们：",
      COUNTY_OPENING,
      "县住建局：",
      "亮点突出　成效明显",
      "全年开展危大工程专项检查四百余次，整改隐患一千二百余处，工作扎实有效。",
      "县交通运输局：",
      "思路清晰　措施有力",
      "“两客一危”车辆动态监控全覆盖，农村客运安全管理有了新的提升。",
      COUNTY_CLOSING,
    ];
    expect(speechesOf(remarks)).toHaveLength(1);
    // One unit's line alone is a speech's own line (a 主持词's 县住建局：), no collection.
    const one = [...COUNTY_SPEECH_HEAD, "县住建局：", "压实监管责任　守牢建筑施工安全底线", ...COUNTY_SPEECH_REST];
    expect(speechesOf(one)).toHaveLength(1);
  });
});

describe("a Word file's furniture inside the speech", () => {
  it("drops a picture's caption under it (图1　…), and keeps a sentence on the figure", () => {
    const page = [...COUNTY_SPEECH_HEAD, "", "图1　2024年各乡镇隐患整改完成情况", ...COUNTY_SPEECH_REST];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
    const sentence = "图1显示，各乡镇的隐患整改率都在九成以上，但仍有少数重大隐患没有销号。";
    expect(textsOf([...COUNTY_SPEECH_HEAD, sentence, ...COUNTY_SPEECH_REST])).toContain(sentence);
  });

  it("keeps a speech's own table of a procedure, whose rows are headed 审核意见 and 审批意见, and the tables after it", () => {
    const body = [
      p(COUNTY_TITLE),
      p("同志们："),
      p(COUNTY_OPENING),
      table(
        row("环节", "内容", "时限"),
        row("审核意见", "业务科室提出审核意见", "3个工作日"),
        row("审批意见", "分管领导签署审批意见", "2个工作日"),
      ),
      p(COUNTY_SITUATION),
      table(row("类别", "2023年", "2024年"), row("事故起数", "12", "9")),
      p(COUNTY_CLOSING),
    ];
    const blocks = blocksOf(body).join("\n");
    expect(blocks).toMatch(/审核意见/);
    expect(blocks).toMatch(/类别/);
  });

  it("drops a layout table's 领导签批意见 row, and keeps the speech in its cell", () => {
    const body = [
      table(row(COUNTY_TITLE), row(COUNTY_OPENING), row(COUNTY_SITUATION), row(COUNTY_CLOSING)),
      table(row("领导签批意见", "同意，请办公室排版后印发。")),
    ];
    const blocks = blocksOf(body);
    expect(blocks).toEqual([COUNTY_OPENING, COUNTY_SITUATION, COUNTY_CLOSING]);
  });

  it("drops a pull-quote's text box between the speech's paragraphs, and keeps a title set in a text box", () => {
    const box = (...lines: string[]) =>
      `<w:p><w:r><w:pict><w:txbxContent>${lines.map(p).join("")}</w:txbxContent></w:pict></w:r></w:p>`;
    const quote = "安全不是喊出来的口号，而是一次次规范操作换来的结果。";
    const body = [
      p(COUNTY_TITLE),
      p("同志们："),
      p(COUNTY_OPENING),
      p(COUNTY_SITUATION),
      box(quote),
      p(COUNTY_CHECK),
      p(COUNTY_CLOSING),
    ];
    expect(blocksOf(body)).toEqual([COUNTY_OPENING, COUNTY_SITUATION, COUNTY_CHECK, COUNTY_CLOSING]);
    // A notice's prose, then the speech's title in a box over two lines, then the speech.
    const notice = "现将县长同志在全县安全生产工作会议上的讲话印发给你们，请认真学习贯彻落实。";
    const titled = [
      p(notice),
      box("在全县安全生产工作会议", "上的讲话"),
      p("同志们："),
      p(COUNTY_OPENING),
      p(COUNTY_SITUATION),
    ];
    expect(mineLines(docxBodyLines(titled)).speeches.map((s) => s.title)).toContain(COUNTY_TITLE);
    // A speech laid out in text boxes, a paragraph a box, keeps every paragraph; so does a numbered heading in a box.
    const laidOut = [
      COUNTY_TITLE,
      "同志们：",
      COUNTY_OPENING,
      "下面，我讲两点意见。",
      COUNTY_SITUATION,
      COUNTY_CHECK,
      COUNTY_CLOSING,
    ];
    expect(blocksOf(laidOut.map((t) => box(t)))).toEqual(laidOut.slice(2));
    const heading = "一、提高政治站位，切实增强做好安全生产工作的责任感。";
    const headed = [
      p(COUNTY_TITLE),
      p("同志们："),
      p(COUNTY_OPENING),
      box(heading),
      p(COUNTY_SITUATION),
      p(COUNTY_CLOSING),
    ];
    expect(blocksOf(headed).join("\n")).toContain("一、提高政治站位，切实增强做好安全生产工作的责任感");
  });
});
