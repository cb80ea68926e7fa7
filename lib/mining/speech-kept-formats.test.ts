import { describe, expect, it } from "vitest";
import { keptLines } from "../testing/page-noise";
import { htmlToText } from "./decode-html";
import { lineMarksOf } from "./noise-line-marks";
import { normaliseText } from "./normalise";
import { splitSpacedLine } from "./spaced-paragraphs";
import { mineText } from "./text-pipeline";

// Speech text that looks like what the rules for set 5 remove (a transcript's times, Markdown notes, a 通知 in
// front of a speech, an afterword, a comments list, captions): an outside review found each of these lost by a first
// version of those rules. They must all stay.
const TITLE = "在全县安全生产工作会议上的讲话";
const OPENING = "今天召开全县安全生产工作会议，主要任务是总结去年工作，分析当前形势，部署今年重点任务。";
const BODY = "各乡镇要压实属地责任，深入开展隐患排查整治，确保全镇安全形势稳定，坚决防范遏制重特大事故发生。";
const BODY2 = "各部门要强化行业监管，加大执法检查力度，严厉打击非法违法生产经营行为，对问题企业一律从严处理。";
const CLOSING = "同志们，安全生产责任重于泰山。让我们以更加务实的作风，全力以赴抓好各项工作！";
const SPEECH = [TITLE, "同志们：", OPENING, "一、提高认识", BODY, "二、压实责任", BODY2, CLOSING];
const blocksOf = (lines: string[]) => mineText(lines.join("\n")).speeches.map((s) => s.blocks.map((b) => b.text));

describe("web and file formats: the speech stays", () => {
  it("an article a script hides until loaded, a folded second half, and <pre> lines", () => {
    const html = `<html><body><div id="js_content" style="visibility: hidden;"><p>${OPENING}</p></div>
      <div id="more" style="display:none"><p>${BODY}</p></div><pre>${TITLE}\n同志们：\n\n${BODY2}</pre></body></html>`;
    expect(htmlToText(html).split("\n")).toEqual([OPENING, "", BODY, "", TITLE, "同志们：", "", BODY2]);
  });

  it("quotations set off with > in a speech written in Markdown", () => {
    const quote = "> 总书记强调：安全生产必须警钟长鸣、常抓不懈。";
    const kept = keptLines([`# ${TITLE}`, "## 一、提高认识", quote, BODY, "## 二、压实责任", BODY2]);
    expect(kept).toContain(normaliseText("总书记强调：安全生产必须警钟长鸣、常抓不懈。"));
  });

  it("an agenda and a drill script with their times, each item a sentence", () => {
    const agenda = ["会议议程如下：", ...[8, 9, 10, 11, 12].map((h) => `（${h}:30）县应急局通报第${h}项工作情况。`)];
    const drill = Array.from({ length: 12 }, (_, k) => `09:${String(10 + k)}:00 第${k + 1}组按预案完成处置。`);
    for (const lines of [agenda, drill]) {
      const kept = keptLines([TITLE, "同志们：", OPENING, ...lines, BODY]);
      expect(kept.filter((t) => /\d:\d\d/.test(t))).toHaveLength(lines.length - (lines === agenda ? 1 : 0));
    }
  });

  it("topic tags at the start of lines do not make a page Markdown", () => {
    const lines = [TITLE, "#安全生产月# 县长带队检查企业", "#森林防火# 进山不带火种", OPENING];
    expect(lineMarksOf(lines.map((text, i) => ({ text, lineNo: i + 1 }))).markdown).toBe(false);
  });

  it("a 主持词, a 表态发言 and a speech relaying a higher meeting, each under its own title, before a longer speech", () => {
    const fronts = [
      ["全县安全生产工作会议主持词", "现在开会。会后，县政府办要把县长的讲话整理印发给你们，请认真学习贯彻。"],
      ["材料之一：县应急局在全县安全生产工作会议上的表态发言", "会议要求我们压实责任，我局坚决落实。"],
      ["县长在全县安全生产专题会议上的讲话", "3月10日，市政府召开全市安全生产工作会议，我们要抓好传达落实。"],
    ];
    for (const front of fronts) expect(blocksOf([...front, ...SPEECH])).toHaveLength(2);
  });

  it("a fuller title right above the bare one keeps the speaker", () => {
    const [speech] = mineText([`县长张伟${TITLE}`, ...SPEECH].join("\n")).speeches;
    expect(speech!.title).toBe(`县长张伟${TITLE}`);
  });

  it("以上 inside a 表态发言, after an address that is not its end", () => {
    const lines = [
      "在全县安全生产工作会议上的表态发言",
      "同志们，我镇将坚决贯彻落实这次会议精神。",
      "一是压实责任。",
      BODY,
    ];
    lines.push("以上。", "我们有信心、有决心完成全年目标任务。", "谢谢大家！");
    expect(blocksOf(lines)[0]).toContain("我们有信心、有决心完成全年目标任务。");
  });

  it("a speech's ▲ points, and an opening right under a comment button", () => {
    const points = [
      "▲压实企业主体责任，把安全管理落实到生产一线和作业现场",
      "▲强化执法检查，推动监管力量下沉到施工现场",
    ];
    const kept = keptLines([TITLE, "同志们：", OPENING, ...points, BODY]);
    for (const p of points) expect(kept).toContain(normaliseText(p));
    const page = [TITLE, "2024-03-15 来源：县政府办", "我要评论", OPENING, "一、提高认识", BODY, CLOSING];
    expect(keptLines(page)).toEqual(expect.arrayContaining([OPENING, "一、提高认识", BODY]));
  });

  it("a one-line copy with a list of names is still cut into its paragraphs", () => {
    const names = "出席会议的县领导有： 王伟 李强 张敏 刘洋 陈静 杨帆 赵磊 孙丽 周杰 吴刚";
    const line = `${TITLE} 同志们： ${OPENING} ${names} 一、提高认识 ${BODY} 二、压实责任 ${BODY2}`;
    const parts = splitSpacedLine({ text: line, lineNo: 1 }).map((l) => l.text);
    expect(parts).toEqual(expect.arrayContaining(["一、提高认识", "二、压实责任"]));
  });

  it("tabs inside a speech: after outline numbers, in a table of figures, before dates", () => {
    const outline = [
      TITLE,
      "同志们：",
      OPENING,
      "一、\t提高认识",
      BODY,
      "二、\t压实责任",
      BODY2,
      "（一）\t抓好排查。",
      BODY,
    ];
    const headings = mineText(outline.join("\n")).speeches[0]!.blocks.filter((b) => b.kind === "heading");
    expect(headings.map((b) => b.text)).toEqual(["一、提高认识", "二、压实责任", "（一）抓好排查。"]);
    const table = ["乡镇\t事故起数\t死亡人数", "城关镇\t3\t2", "河口镇\t1\t0", "东风镇\t2\t1", "西山镇\t0\t0"];
    const months = [
      "1月\t城关镇一处工地发生高处坠落事故",
      "2月\t河口镇一家企业发生火灾",
      "3月\t东风镇发生道路交通事故",
    ];
    const kept = keptLines([TITLE, "同志们：", OPENING, ...table, ...months, BODY]).join("\n");
    expect(kept).toContain("城关镇");
    expect(kept).toMatch(/城关镇\s*3\s*2/);
    expect(kept).toMatch(/1月\s*城关镇/);
  });

  it("a letterhead and a date above the title, and sentences that open with a label or 前一篇", () => {
    const [speech] = mineText(["某某县安全生产委员会办公室", "2023年6月15日", ...SPEECH].join("\n")).speeches;
    expect(speech!.date).toBe("2023年6月15日");
    const lines = [
      "分类：一是对高风险企业实行重点监管，每月检查不少于一次。",
      "前一篇文章我们讲了责任，后一篇要讲措施。",
    ];
    const kept = keptLines([TITLE, "同志们：", OPENING, ...lines, BODY]);
    for (const line of lines) expect(kept).toContain(normaliseText(line));
  });

  it("a stray [ in a one-line copy does not stop its paragraph breaks", () => {
    const line = `${TITLE} 同志们： ${OPENING}见会议材料[一。 一、提高认识 ${BODY} 二、压实责任 ${BODY2}`;
    const parts = splitSpacedLine({ text: line, lineNo: 1 }).map((l) => l.text);
    expect(parts).toEqual(expect.arrayContaining(["一、提高认识", "二、压实责任"]));
  });
});
