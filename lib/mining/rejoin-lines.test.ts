import { describe, expect, it } from "vitest";
import { rejoinLines } from "./rejoin-lines";
import { wrapWidth } from "./rejoin-modes";
import type { SourceLine } from "./types";

const src = (...texts: string[]): SourceLine[] => texts.map((text, i) => ({ text, lineNo: i + 1 }));
const texts = (lines: SourceLine[]) => rejoinLines(lines).map((p) => p.text);

/** Wraps at a fixed number of characters, as a PDF copy does. */
function wrap(p: string, chars: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < p.length; i += chars) out.push(p.slice(i, i + chars));
  return out;
}

const P1 =
  "今年以来，全镇上下认真落实安全生产责任制，扎实开展隐患排查整治，安全生产形势总体平稳。但是也要清醒看到，部分企业主体责任落实不到位，监管力量依然薄弱，一些行业领域风险隐患交织叠加，稍有松懈就可能酿成大祸。";
const P2 =
  "各部门要按照管行业必须管安全、管业务必须管安全、管生产经营必须管安全的要求，切实履行监管职责，把各项措施落到实处，确保不发生较大以上生产安全事故。同时要加强值班值守，严格执行领导带班制度。";

describe("rejoinLines", () => {
  it("treats blank lines and sentence ends as paragraph breaks", () => {
    expect(texts(src("第一段。", "", "第二段。", "第三段！"))).toEqual(["第一段。", "第二段。", "第三段！"]);
  });

  it("joins a line cut mid-sentence, and keeps the first line's number and hint", () => {
    const lines = src(P1.slice(0, 60), P1.slice(60));
    lines[0]!.hint = { listLevel: 1 };
    const out = rejoinLines(lines);
    expect(out).toEqual([{ text: P1, lineNo: 1, hint: { listLevel: 1 } }]);
  });

  it("joins after a comma or semicolon, and before a line that opens with closing punctuation", () => {
    expect(texts(src("各单位要提高认识；", "切实加强领导。"))).toEqual(["各单位要提高认识；切实加强领导。"]);
    expect(texts(src("落实“管行业必须管安全", "”的要求。"))).toEqual(["落实“管行业必须管安全”的要求。"]);
  });

  it("does not join a short unpunctuated line (a title or heading) with what follows", () => {
    expect(texts(src("在全镇安全生产会议上的讲话", "同志们：", "今天召开会议。"))).toEqual([
      "在全镇安全生产会议上的讲话",
      "同志们：",
      "今天召开会议。",
    ]);
    expect(texts(src("一、提高认识，压实责任", "各单位要切实加强领导。"))).toEqual([
      "一、提高认识，压实责任",
      "各单位要切实加强领导。",
    ]);
  });

  it("never joins a line with a following heading, but joins a heading wrapped after a comma", () => {
    expect(texts(src(P1.slice(0, 70), "二、强化监管"))).toEqual([P1.slice(0, 70), "二、强化监管"]);
    expect(texts(src("一、坚持问题导向，", "强化源头治理"))).toEqual(["一、坚持问题导向，强化源头治理"]);
  });

  it("does not join lines that carry a Word heading hint", () => {
    const lines = src("安全生产工作的总体要求", "各单位要切实加强领导。");
    lines[0]!.hint = { headingLevel: 1 };
    expect(texts(lines)).toEqual(["安全生产工作的总体要求", "各单位要切实加强领导。"]);
  });

  it("rebuilds paragraphs of a fixed-width copy, including lines that end in 。 at the margin", () => {
    const lines = src(...wrap(P1, 30), ...wrap(P2, 30));
    expect(texts(lines)).toEqual([P1, P2]);
  });

  it("uses first-line indentation when the copy has it", () => {
    const lines = src(...[P1, P2].flatMap((p) => wrap(p, 28).map((l, i) => (i === 0 ? "    " + l : l))));
    expect(texts(lines)).toEqual([P1, P2]);
  });

  it("joins a wrap that lands before an inline 一是, but not before a short heading line", () => {
    const para =
      "要突出抓好以下三个方面的重点工作和任务。一是抓好隐患排查，做到全覆盖、零容忍、严执法、重实效，不留死角盲区，确保隐患动态清零。二是抓好执法。";
    const lines = wrap(para, 20);
    expect(lines[1]!.startsWith("一是")).toBe(true);
    expect(texts(src(...lines, ...wrap(P2, 20)))).toEqual([para, P2]);
    expect(texts(src(P1, "一是抓好排查。", P2))).toEqual([P1, "一是抓好排查。", P2]);
  });

  it("joins an indented page's full line ending in its colon with the unindented 一是 it wrapped into", () => {
    // The lead-in fills its line (indent included) and the series runs on below it without an indent.
    // Thirty columns a line: a first line holds 28 characters after its indent of two.
    const indented = (p: string) => ["    " + p.slice(0, 28), ...wrap(p.slice(28), 30)];
    const lead = "但是也要看到，全镇安全基础依然薄弱，问题集中在几个方面：";
    const series =
      "一是农村自建房底数不清，有的私自加层，有的改作经营场所；二是农村道路安全设施跟不上，三轮车违法载人屡禁不止。";
    const page = [P1, P2, lead + series, P1].flatMap(indented);
    expect(page[page.indexOf("    " + lead) + 1]!.startsWith("一是")).toBe(true);
    expect(texts(src(...page))).toEqual([P1, P2, lead + series, P1]);
    // Where the lead-in stops short of the margin, the 一是 line is an item of its own.
    expect(texts(src(...[P1, P2].flatMap(indented), "    我强调三点：", "一是抓好排查。"))).toEqual([
      P1,
      P2,
      "我强调三点：",
      "一是抓好排查。",
    ]);
  });

  it("does not take short headings between blank lines for a narrow phone wrap", () => {
    // One paragraph a line under 第一章/第一节 headings, in runs parted by blank lines: the headings are short by
    // nature, and the paragraphs, each a line of its own, stay apart.
    const run = ["第一章　认清形势", "第一节　进展", "第二节　问题", P1, P2, ""];
    expect(texts(src(...run, ...run, ...run, ...run))).toEqual(
      Array(4).fill(["第一章　认清形势", "第一节　进展", "第二节　问题", P1, P2]).flat(),
    );
  });

  it("joins a line cut mid-sentence a few columns short of the margin (half-width digits)", () => {
    const para =
      "2月18日至20日，全县各乡镇召开了安全生产现场推进会，对下一步加强全县道路交通安全工作提出了明确要求和具体措施，会后各地迅速行动，层层抓好贯彻落实，确保各项措施落到实处。";
    const lines = wrap(para, 26);
    expect(lines[0]).toBe("2月18日至20日，全县各乡镇召开了安全生产现场推进");
    expect(texts(src(...lines, ...wrap(P2, 26)))).toEqual([para, P2]);
  });

  it("keeps the lead-in line above an outline number as its own paragraph after a full line ending in 。", () => {
    // P1 is 6 lines of 17 characters, its last one full and ending in 。.
    const lead = "我重点讲两个问题：";
    const lines = src(...wrap(P1, 17), lead, "一、提高认识", ...wrap(P2, 17));
    expect(texts(lines)).toEqual([P1, lead, "一、提高认识", P2]);
  });

  it("puts a space between Latin words that were split over two lines", () => {
    expect(texts(src("the quick brown fox jumps over the lazy dog and", "keeps running"))).toEqual([
      "the quick brown fox jumps over the lazy dog and keeps running",
    ]);
  });

  it("finds the wrap width only when most lines stop at the same column", () => {
    expect(wrapWidth([60, 60, 58, 60, 31, 60, 59, 44])).toBe(60);
    expect(wrapWidth([60, 60, 60, 31])).toBe(0); // too few lines to tell
    expect(wrapWidth([40, 120, 300, 80, 200, 64])).toBe(0);
  });

  it("runs a sentence stopped at a comma on across one stray blank line of a page parted by blank lines", () => {
    // set140/04's shape: an app's copy with a blank line after every paragraph, and one blank astray in a sentence.
    const head = "四、要强化保障，提升学校安全防范能力。各学校要配齐专职保安，完善“一键报警”系统，";
    const rest = "确保与公安机关联网。要依托全县学校安全管理信息平台，把隐患整改全过程纳入网上管理。";
    const done = "开学期间，各学校要严格执行24小时值班和领导带班制度。";
    const lines = src(P1, "", head, "", rest, "", done, "", P2);
    expect(texts(lines)).toEqual([P1, head + rest, done, P2]);
    // Two blank lines, or a finished sentence above, part paragraphs as written.
    expect(texts(src(P1, "", head, "", "", rest))).toEqual([P1, head, rest]);
    expect(texts(src(P1, "", done, "", rest))).toEqual([P1, done, rest]);
    // A vocative or a lead the speaker set alone as a paragraph (各位同志，/ 第一个方面，/ 最后，) is no cut prose.
    for (const lead of ["各位领导、各位同志，", "第一个方面，", "最后，"])
      expect(texts(src(P1, "", lead, "", rest, "", done, "", P2))).toEqual([P1, lead, rest, done, P2]);
  });

  it("handles empty input", () => {
    expect(rejoinLines([])).toEqual([]);
    expect(rejoinLines(src("", "  "))).toEqual([]);
  });
});
