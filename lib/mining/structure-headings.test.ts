import { describe, expect, it } from "vitest";
import { A, B, C, outline, parse } from "./structure-test-support";
import { candidateOf } from "./outline-parse";

describe("parseStructure: headings", () => {
  it("reads 第一件事，… as a talk's outline, and a 第一， under it one level down (not its sibling)", () => {
    const s = parse(
      A,
      "第一件事，把形势看清楚。",
      B,
      "第一，要认清形势。",
      C,
      "第二，要压实责任。",
      B,
      "第二件事，回去就查。",
      C,
    );
    expect(outline(s)).toEqual([
      `p ${A}`,
      "h1 第一件事，把形势看清楚。",
      `p ${B}`,
      "h2 第一，要认清形势。",
      `p ${C}`,
      "h2 第二，要压实责任。",
      `p ${B}`,
      "h1 第二件事，回去就查。",
      `p ${C}`,
    ]);
    // Items glued across lines stay one list in a paragraph, as 第一，…第二，… do.
    const glued = parse(A, "今天我讲三件事。第一件事，讲形势。", "第二件事，讲任务。第三件事，讲责任。", B);
    expect(outline(glued)).toEqual([
      `p ${A}`,
      "p 今天我讲三件事。",
      "p 第一件事，讲形势。第二件事，讲任务。第三件事，讲责任。",
      `p ${B}`,
    ]);
    // An inline 第一，…第二，… inside a paragraph under it stays the paragraph's.
    const inline = parse(A, "第一件事，把形势看清楚。", "第一，事故总量仍然偏大。第二，企业主体责任落实不到位。", B);
    expect(outline(inline)).toEqual([
      `p ${A}`,
      "h1 第一件事，把形势看清楚。",
      "p 第一，事故总量仍然偏大。第二，企业主体责任落实不到位。",
      `p ${B}`,
    ]);
  });

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
  it("reads 一、…。 二、…。 as numbered points when the next number opens a paragraph too long for a heading", () => {
    const p1 = "一、各级干部要牢固树立安全第一的思想，落实好安全生产责任制，科学安排好节日期间的安全监管工作。";
    const p2 = "二、各生产企业要严格落实安全生产责任制，克服侥幸麻痹思想，对生产设施和环境进行一次全面检查。";
    const p3 =
      "三、各乡镇、各有关部门要按照谁主管谁负责的原则，认真履行安全生产监督管理职责，加强对车站、商场、宾馆、歌舞厅、影剧院、网吧等人员聚集场所和文化娱乐场所的安全监督管理，落实各项措施，及时消除各类隐患。";
    expect(outline(parse(A, p1, p2, p3))).toEqual([`p ${A}`, `p ${p1}`, `p ${p2}`, `p ${p3}`]);
    // Short heading sentences followed by a run-in item stay headings.
    const s = parse(A, "一、敢于担当。", B, "二、勇于创新。", C, "三、善于落实。" + B);
    expect(outline(s).filter((x) => x.startsWith("h"))).toEqual([
      "h1 一、敢于担当。",
      "h1 二、勇于创新。",
      "h1 三、善于落实。",
    ]);
  });
});
