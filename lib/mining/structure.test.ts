import { describe, expect, it } from "vitest";
import { candidateOf } from "./outline-parse";
import { parseStructure } from "./structure";
import type { LineHint, ParsedSpeech } from "./types";

function parse(...texts: (string | [string, LineHint])[]): ParsedSpeech {
  return parseStructure({
    paragraphs: texts.map((t, i) =>
      typeof t === "string" ? { text: t, lineNo: i + 1 } : { text: t[0], lineNo: i + 1, hint: t[1] },
    ),
  });
}
/** "h1 text" / "p text" per block. */
const outline = (s: ParsedSpeech) => s.blocks.map((b) => `${b.kind === "heading" ? `h${b.level}` : "p"} ${b.text}`);

const A = "各乡镇要压实属地责任，深入开展隐患排查整治。";
const B = "各部门要强化行业监管，严厉打击非法违法行为。";
const C = "企业要落实主体责任，加大安全投入。";

describe("parseStructure: header", () => {
  it("takes title, speaker, date and salutation out of the blocks", () => {
    const s = parse(
      "第二篇：县长在全县安全生产工作会议上的讲话",
      "在全县安全生产工作会议上的讲话（两篇）",
      "县长 王某某",
      "（2024年3月16日）",
      "同志们：",
      A,
    );
    expect(s).toMatchObject({
      title: "县长在全县安全生产工作会议上的讲话",
      speaker: "县长 王某某",
      date: "2024年3月16日",
      salutation: "同志们：",
    });
    expect(outline(s)).toEqual([`p ${A}`]);
  });

  it("splits a run-in salutation and a title run into it", () => {
    const s = parse(`在全镇防汛会议上的讲话各位领导、同志们：${A}`, B);
    expect(s.title).toBe("在全镇防汛会议上的讲话");
    expect(s.salutation).toBe("各位领导、同志们：");
    expect(outline(s)).toEqual([`p ${A}`, `p ${B}`]);
  });

  it("recognises an untyped main title above the salutation, and a closing date", () => {
    const s = parse("守牢安全底线 护航高质量发展", "同志们：", A, "谢谢大家！", "二〇二四年三月十六日");
    expect(s.title).toBe("守牢安全底线 护航高质量发展");
    expect(s.date).toBe("二〇二四年三月十六日");
    expect(outline(s)).toEqual([`p ${A}`, "p 谢谢大家！"]);
  });

  it("takes a title without 讲话 in it when a byline follows (the composer's title and speaker line)", () => {
    const s = parse("凝心聚力筑牢安全底线", "县长张三（2024年3月1日）", "同志们：", A);
    expect(s).toMatchObject({
      title: "凝心聚力筑牢安全底线",
      speaker: "县长张三",
      date: "2024年3月1日",
      salutation: "同志们：",
    });
    expect(outline(s)).toEqual([`p ${A}`]);
    const t = parse("凝心聚力筑牢安全底线", "县长张三", "同志们：", A);
    expect(t).toMatchObject({ title: "凝心聚力筑牢安全底线", speaker: "县长张三", date: null });
    // A short line before a name-like line is not a title when no salutation or date follows.
    expect(outline(parse("安全生产形势", "总体平稳", A))).toEqual(["p 安全生产形势", "p 总体平稳", `p ${A}`]);
  });
});

describe("parseStructure: headings", () => {
  it("reads every numbering style and makes levels relative to the first one seen", () => {
    for (const [one, two] of [
      ["一、", "二、"],
      ["第一，", "第二，"],
      ["一是", "二是"],
      ["一要", "二要"],
      ["（一）", "（二）"],
      ["1.", "2."],
      ["（1）", "（2）"],
    ]) {
      const s = parse(A, `${one}提高认识`, B, `${two}强化监管`, C);
      expect(outline(s)).toEqual([`p ${A}`, `h1 ${one}提高认识`, `p ${B}`, `h1 ${two}强化监管`, `p ${C}`]);
    }
  });

  it("nests a new numbering inside the first one, down to level 3", () => {
    const s = parse(
      "一、提高认识",
      "（一）认清形势",
      "1.看成绩",
      A,
      "2.看问题",
      B,
      "（二）压实责任",
      C,
      "二、强化监管",
      B,
    );
    expect(outline(s)).toEqual([
      "h1 一、提高认识",
      "h2 （一）认清形势",
      "h3 1.看成绩",
      `p ${A}`,
      "h3 2.看问题",
      `p ${B}`,
      "h2 （二）压实责任",
      `p ${C}`,
      "h1 二、强化监管",
      `p ${B}`,
    ]);
    expect(s.blocks[3]!.headingPath).toEqual(["一、提高认识", "（一）认清形势", "1.看成绩"]);
    expect(s.blocks[8]!.headingPath).toEqual([]);
  });

  it("splits run-in headings at their first sentence end, or at a colon after a long phrase", () => {
    const s = parse(`一要强化责任落实，树牢安全发展理念。${A}`, `二要强化源头治理！${B}`);
    expect(outline(s)).toEqual([
      "h1 一要强化责任落实，树牢安全发展理念。",
      `p ${A}`,
      "h1 二要强化源头治理！",
      `p ${B}`,
    ]);
    const long = "一是强化部门联动协作，各有关部门要按照职责分工密切配合形成合力，建立健全信息共享和联合执法工作机制：";
    const c = candidateOf(`${long}${A}${B}`);
    expect(c).toMatchObject({ head: long, shape: "runin" });
  });

  it("uses the same style at two depths when the outer list is still open (一要 inside 一要)", () => {
    const s = parse(
      "一要提高认识",
      A,
      "二要强本固基",
      B,
      `一要强化责任。${C}`,
      `二要强化治理。${C}`,
      "三要务实重干",
      `一要勇于担当。${A}`,
      `二要精准施策。${B}`,
    );
    expect(outline(s).filter((l) => l.startsWith("h"))).toEqual([
      "h1 一要提高认识",
      "h1 二要强本固基",
      "h2 一要强化责任。",
      "h2 二要强化治理。",
      "h1 三要务实重干",
      "h2 一要勇于担当。",
      "h2 二要精准施策。",
    ]);
  });

  it("lets the top list switch style (一是 … 二是 … 三、) and starts a sibling list after a 一是 list", () => {
    const s = parse("一是认清形势", A, "（一）看成绩。", B, "（二）看问题。", C, "二是压实责任", A, "三、强化保障", B);
    expect(outline(s).filter((l) => l.startsWith("h"))).toEqual([
      "h1 一是认清形势",
      "h2 （一）看成绩。",
      "h2 （二）看问题。",
      "h1 二是压实责任",
      "h1 三、强化保障",
    ]);
    const t = parse(
      "第一，认清形势。",
      "一是成绩明显。",
      A,
      "二是问题突出。",
      B,
      `一要加强排查。${C}`,
      `二要加强执法。${C}`,
      "第二，压实责任。",
      A,
    );
    expect(outline(t).filter((l) => l.startsWith("h"))).toEqual([
      "h1 第一，认清形势。",
      "h2 一是成绩明显。",
      "h2 二是问题突出。",
      "h2 一要加强排查。",
      "h2 二要加强执法。",
      "h1 第二，压实责任。",
    ]);
  });

  it("rejects a lone weak item and items out of sequence", () => {
    expect(outline(parse(A, `一是加强领导。${B}`, C)).every((l) => l.startsWith("p"))).toBe(true);
    expect(outline(parse("一、提高认识", A, `三是加强领导。${B}`, "二、强化监管", C))).toEqual([
      "h1 一、提高认识",
      `p ${A}`,
      "p 三是加强领导。" + B,
      "h1 二、强化监管",
      `p ${C}`,
    ]);
  });

  it("takes a run of numbered one-sentence points with nothing under them for a list, not headings", () => {
    const s = parse(
      "召开这次会议，主要有两个目的。",
      "一是传达上级会议精神。",
      "二是部署当前重点工作。",
      "一、提高认识",
      A,
      "二、强化监管",
      B,
    );
    expect(outline(s)).toEqual([
      "p 召开这次会议，主要有两个目的。",
      "p 一是传达上级会议精神。",
      "p 二是部署当前重点工作。",
      "h1 一、提高认识",
      `p ${A}`,
      "h1 二、强化监管",
      `p ${B}`,
    ]);
  });

  it("keeps an inline enumeration in its paragraph, rejoining a stray break after its first item", () => {
    const s = parse(
      "第一，认清形势。",
      "一是部分企业主体责任不落实。",
      `二是监管力量薄弱。三是执法偏软。${A}`,
      `一要加强排查。${B}`,
      `二要加强执法。${C}`,
    );
    expect(outline(s)).toEqual([
      "h1 第一，认清形势。",
      `p 一是部分企业主体责任不落实。二是监管力量薄弱。三是执法偏软。${A}`,
      "h2 一要加强排查。",
      `p ${B}`,
      "h2 二要加强执法。",
      `p ${C}`,
    ]);
  });

  it("splits out items whose line break was lost: a gap in the numbering, a lead sentence, a parallel heading", () => {
    const gap = parse(
      "一、严格责任",
      `一要严格落实责任。${A}`,
      `二要严谨工作作风。${B}三要严细安全管理。${C}`,
      `四要严厉监督执法。${A}`,
    );
    expect(outline(gap).filter((l) => l.startsWith("h"))).toEqual([
      "h1 一、严格责任",
      "h2 一要严格落实责任。",
      "h2 二要严谨工作作风。",
      "h2 三要严细安全管理。",
      "h2 四要严厉监督执法。",
    ]);
    const lead = parse("第一，深化整治。", `全市要加大整治力度。一要加强道路治理。${A}`, `二要加强车辆整治。${B}`);
    expect(outline(lead)).toEqual([
      "h1 第一，深化整治。",
      "p 全市要加大整治力度。",
      "h2 一要加强道路治理。",
      `p ${A}`,
      "h2 二要加强车辆整治。",
      `p ${B}`,
    ]);
    const parallel = parse(
      "一、提高认识",
      `一是要充分认识安全生产是发展的前提。${A}`,
      `二是要充分认识安全生产是民生的底线。${B}三是要充分认识安全生产是稳定的基础。${C}`,
    );
    expect(outline(parallel).filter((l) => l.startsWith("h"))).toEqual([
      "h1 一、提高认识",
      "h2 一是要充分认识安全生产是发展的前提。",
      "h2 二是要充分认识安全生产是民生的底线。",
      "h2 三是要充分认识安全生产是稳定的基础。",
    ]);
  });

  it("splits a paragraph whose line breaks were all lost at its 一、 and （一） items", () => {
    const s = parse(`${A}一、提高认识。${B}（一）认清形势。${C}（二）压实责任。${A}二、强化监管。${B}`);
    expect(outline(s).filter((l) => l.startsWith("h"))).toEqual([
      "h1 一、提高认识。",
      "h2 （一）认清形势。",
      "h2 （二）压实责任。",
      "h1 二、强化监管。",
    ]);
  });

  it("trusts Word heading styles, relative to the top style used", () => {
    const s = parse(
      ["安全生产工作的形势", { headingLevel: 2 }],
      A,
      ["重点任务", { headingLevel: 2 }],
      ["隐患排查", { headingLevel: 3 }],
      B,
    );
    expect(outline(s)).toEqual(["h1 安全生产工作的形势", `p ${A}`, "h1 重点任务", "h2 隐患排查", `p ${B}`]);
  });
});

describe("parseStructure: roles", () => {
  it("marks the opening before the first heading and the closing run at the end", () => {
    const s = parse(
      "同志们：",
      A,
      "一、提高认识",
      B,
      "二、强化监管",
      C,
      "总之，要守牢底线。",
      "同志们，让我们共同努力。",
      "谢谢大家！",
    );
    expect(s.blocks.map((b) => b.role)).toEqual([
      "opening",
      "body",
      "body",
      "body",
      "body",
      "closing",
      "closing",
      "closing",
    ]);
    expect(s.blocks.map((b) => b.position)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(s.blocks[5]!.headingPath).toEqual([]);
  });

  it("never makes a section's first paragraph the closing", () => {
    const s = parse(A, "一、提高认识", B, "二、总结", "总之，要守牢底线。");
    expect(s.blocks[4]!.role).toBe("body");
    expect(s.blocks[4]!.headingPath).toEqual(["二、总结"]);
  });

  it("returns no blocks for an empty speech", () => {
    expect(parse().blocks).toEqual([]);
    expect(parse("在全镇安全生产会议上的讲话", "同志们：").blocks).toEqual([]);
  });
});
