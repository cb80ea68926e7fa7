import { describe, expect, it } from "vitest";
import { mineText } from "./text-pipeline";
import { parseStructure } from "./structure";

// Speeches written for these tests in the shapes of set 10's pages 03 and 04.
const HEAD = ["在全镇安全生产工作会议上的讲话", "镇党委书记　×××", "同志们："];
const OPENING = "春节刚过，我们就召开全镇安全生产工作会议，目的就是把安全生产的弦绷得更紧，把各项措施抓得更实。";
const P1 = "去年，全镇没有发生较大以上生产安全事故，安全形势总体平稳。但我们也要清醒看到，隐患依然不少。";
const P2 = "首先，要全面开展隐患排查，对辖区内的企业、学校、集贸市场逐一过筛子，建立台账，限时整改到位。";
const P3 = "其次，要压实各方责任，村（社区）书记是本辖区安全生产第一责任人，要亲自抓、带头管，不能当甩手掌柜。";
const CLOSING = "同志们，安全生产没有旁观者，希望大家守土有责、守土尽责，为全镇发展创造安全稳定的环境。";

const outline = (lines: string[]) =>
  mineText(lines.join("\n")).speeches[0]!.blocks.map((b) => (b.kind === "heading" ? `H${b.level} ${b.text}` : "P"));

describe("section headings without numbers", () => {
  it("reads two short lines standing alone between paragraphs as the outline", () => {
    const a = "认清形势，绷紧安全生产这根弦";
    const b = "压实各方责任，形成齐抓共管合力";
    expect(outline([...HEAD, OPENING, a, P1, P2, b, P3, CLOSING])).toEqual([
      "P",
      `H1 ${a}`,
      "P",
      "P",
      `H1 ${b}`,
      "P",
      "P",
    ]);
  });

  it("leaves a single short line, a slogan with marks, and a speech numbered elsewhere alone", () => {
    expect(outline([...HEAD, OPENING, "认清形势，绷紧安全生产这根弦", P1, P2, CLOSING])).not.toContain(
      "H1 认清形势，绷紧安全生产这根弦",
    );
    const slogans = [...HEAD, OPENING, "“人民至上、生命至上”", P1, "“安全第一、预防为主”", P2, CLOSING];
    expect(outline(slogans).filter((b) => b.startsWith("H"))).toEqual([]);
    const numbered = [
      ...HEAD,
      OPENING,
      "一、认清形势",
      P1,
      "守牢底线不放松",
      P2,
      "二、压实责任",
      P3,
      "决不能掉以轻心",
      CLOSING,
    ];
    expect(outline(numbered).filter((b) => b.startsWith("H"))).toEqual(["H1 一、认清形势", "H1 二、压实责任"]);
  });
});

describe("what an outside review found the first version of this rule did wrong", () => {
  it("reads slogans and a running header the noise rules missed as paragraphs", () => {
    const slogans = [...HEAD, OPENING, "安全生产重于泰山", P1, "生命至上 安全第一", P2, P3, CLOSING];
    expect(outline(slogans).filter((b) => b.startsWith("H"))).toEqual([]);
    const header = "全县安全生产工作会议材料，内部资料注意保存";
    const running = [...HEAD, OPENING, header, P1, P2, header, P3, CLOSING];
    expect(outline(running).filter((b) => b.startsWith("H"))).toEqual([]);
  });
});

describe("第一个方面： as the outline's first level", () => {
  it("nests 一要… under 第一个方面：…", () => {
    const lines = [...HEAD, OPENING, "第一个方面：一季度全县安全生产形势总体平稳", P1];
    lines.push("第二个方面：扎实做好二季度安全生产重点工作", "一要紧盯重点时段，严防事故反弹。", P2);
    lines.push("二要压实工作责任，严格考核问责。", P3, CLOSING);
    expect(outline(lines).filter((b) => b.startsWith("H"))).toEqual([
      "H1 第一个方面：一季度全县安全生产形势总体平稳",
      "H1 第二个方面：扎实做好二季度安全生产重点工作",
      "H2 一要紧盯重点时段，严防事故反弹。",
      "H2 二要压实工作责任，严格考核问责。",
    ]);
  });
});

describe("headings of one phrase (set 19: an e-paper's 进一步提高思想认识 …)", () => {
  const P4 = "要健全隐患排查治理长效机制，推行企业自查自报、部门督查检查、社会监督举报相结合的工作方式。";
  it("reads three lines opening with a section's verb as the outline", () => {
    const heads = ["进一步提高思想认识", "扎实推进隐患排查整治", "压紧压实安全生产责任"];
    const lines = [...HEAD, OPENING, heads[0]!, P1, heads[1]!, P2, P4, heads[2]!, P3, CLOSING];
    expect(outline(lines).filter((b) => b.startsWith("H"))).toEqual(heads.map((h) => `H1 ${h}`));
  });

  it("needs three of them, or two-phrase headings beside them, and never takes a slogan", () => {
    const two = [...HEAD, OPENING, "进一步提高思想认识", P1, P2, "扎实推进隐患排查整治", P3, CLOSING];
    expect(outline(two).filter((b) => b.startsWith("H"))).toEqual([]);
    const mixed = [...HEAD, OPENING, "认清形势，绷紧安全生产这根弦", P1, "扎实推进隐患排查整治", P2];
    mixed.push("压实各方责任，形成齐抓共管合力", P3, CLOSING);
    expect(outline(mixed).filter((b) => b.startsWith("H"))).toHaveLength(3);
    const slogans = [...HEAD, OPENING, "安全生产重于泰山", P1, "生命至上安全第一", P2, "隐患险于明火", P3, CLOSING];
    expect(outline(slogans).filter((b) => b.startsWith("H"))).toEqual([]);
  });
});

describe("headings of two phrases over run-in items (set 34's 03)", () => {
  const ITEM1 = "一是抓好水库堤防隐患排查。对全镇山塘、涵闸逐一开展拉网式排查，对发现的隐患建立台账、限期整改到位。";
  const ITEM2 =
    "二是抓好地质灾害隐患整治。对已查明的隐患点逐一落实监测责任人，汛期实行每日巡查，发现险情立即转移群众。";

  it("reads the phrases, parted by a space, as level 1 and the 一是 items under them as level 2", () => {
    const a = "把握形势 守住安全底线";
    const b = "聚焦重点 全面整治隐患";
    const c = "强化应急 确保拉得出、冲得上";
    const lines = [...HEAD, OPENING, a, P1, b, ITEM1, ITEM2, c, P3, CLOSING];
    expect(outline(lines).filter((x) => x.startsWith("H"))).toEqual([
      "H1 把握形势守住安全底线",
      "H1 聚焦重点全面整治隐患",
      "H2 一是抓好水库堤防隐患排查。",
      "H2 二是抓好地质灾害隐患整治。",
      "H1 强化应急确保拉得出、冲得上",
    ]);
  });

  it("keeps an outline numbered 一要 / 二要 as it is: a numbered line is never an unnumbered heading", () => {
    const lines = [
      ...HEAD,
      OPENING,
      "一要提高认识，全面适应安全生产新要求",
      P1,
      "二要强本固基，努力构建安全生产长效机制",
      P2,
      P3,
      CLOSING,
    ];
    expect(outline(lines).filter((x) => x.startsWith("H"))).toEqual([
      "H1 一要提高认识，全面适应安全生产新要求",
      "H1 二要强本固基，努力构建安全生产长效机制",
    ]);
  });
});

describe("what an outside review found the run-in version of this rule did wrong", () => {
  const ITEM = (n: string) =>
    `${n}要压实企业主体责任。各企业主要负责人要切实履行第一责任人职责，做到责任到岗、责任到人。`;

  it("leaves slogans of two phrases beside 一是 items as paragraphs", () => {
    const lines = [
      ...HEAD,
      OPENING,
      "隐患险于明火，防范胜于救灾",
      P1,
      ITEM("一"),
      ITEM("二"),
      "宁防十次空，不放一次松",
      P3,
    ];
    lines.push(CLOSING);
    expect(outline(lines).filter((x) => x.startsWith("H1 隐") || x.startsWith("H1 宁"))).toEqual([]);
  });

  it("leaves one-phrase slogans between items that count on (一要 … slogan … 二要) as paragraphs", () => {
    const lines = [...HEAD, OPENING, "坚决守牢安全生产底线", P1, ITEM("一"), "切实筑牢安全生产防线", ITEM("二")];
    lines.push("全面提升本质安全水平", P3, CLOSING);
    expect(outline(lines).filter((x) => x.startsWith("H"))).toEqual([
      "H1 一要压实企业主体责任。",
      "H1 二要压实企业主体责任。",
    ]);
  });
});

describe("the closing section's unnumbered heading", () => {
  it("reads 结语 alone between prose after a numbered outline as a level-1 heading", () => {
    const body = [...HEAD, OPENING, "一、认清形势", P1, "二、抓好排查", P2, "三、压实责任", P3, "结语", CLOSING];
    expect(outline(body)).toEqual([
      "P",
      "H1 一、认清形势",
      "P",
      "H1 二、抓好排查",
      "P",
      "H1 三、压实责任",
      "P",
      "H1 结语",
      "P",
    ]);
  });

  it("leaves 结语 alone in a speech without numbers, and a word of a sentence", () => {
    expect(outline([...HEAD, OPENING, P1, "结语", CLOSING])).not.toContain("H1 结语");
    const inSentence = "结语：安全生产没有旁观者。";
    expect(outline([...HEAD, OPENING, "一、认清形势", P1, inSentence, CLOSING])).toEqual([
      "P",
      "H1 一、认清形势",
      "P",
      "P",
      "P",
    ]);
  });
});

describe("a body that opens on its first section's heading (a digest under a report's lead)", () => {
  const [a, b, c] = ["认清形势，绷紧安全生产这根弦", "压实各方责任，形成齐抓共管合力", "守住值班值守，关键时刻顶得上"];
  // Read by the structure parser (a page's line model may take a line right under a bare title for the site's).
  const parsed = (lines: string[]) =>
    parseStructure({ paragraphs: lines.map((text, i) => ({ text, lineNo: i + 1 })) }).blocks.map((b) =>
      b.kind === "heading" ? `H${b.level} ${b.text}` : "P",
    );
  const TITLE = "在全镇安全生产工作会议上的讲话";

  it("reads the first line as a heading when its siblings below are found", () => {
    expect(parsed([TITLE, a, P1, OPENING, b, P2, P3, c, CLOSING])).toEqual([
      `H1 ${a}`,
      "P",
      "P",
      `H1 ${b}`,
      "P",
      "P",
      `H1 ${c}`,
      "P",
    ]);
  });

  it("leaves it a paragraph when no siblings are found, or over the opening under a salutation", () => {
    // One more such line only: a line and a slogan, not an outline (the first line does not make up the count).
    expect(parsed([TITLE, a, P1, OPENING, b, P2, P3, CLOSING]).filter((x) => x.startsWith("H"))).toEqual([]);
    // A slogan under the salutation, over the opening, then headings: only the lines between prose are read.
    const slogan = "安全生产是底线，也是不可触碰的高压线";
    expect(parsed([...HEAD, slogan, OPENING, b, P2, c, CLOSING]).filter((x) => x.startsWith("H"))).toEqual([
      `H1 ${b}`,
      `H1 ${c}`,
    ]);
  });
});
