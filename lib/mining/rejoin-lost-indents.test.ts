import { describe, expect, it } from "vitest";
import { rejoinLines } from "./rejoin-lines";

// A justified page of 20 characters a line whose paragraphs' two-character indents the copy lost (an OCR'd booklet):
// each paragraph's first line holds 18 characters, the others 20 (written for these tests).
const WRAP = 20;
const FIRST = WRAP - 2;
const printed = (p: string) => {
  const lines = [p.slice(0, FIRST)];
  for (let k = FIRST; k < p.length; k += WRAP) lines.push(p.slice(k, k + WRAP));
  return lines;
};
const join = (paragraphs: string[]) =>
  rejoinLines(paragraphs.flatMap(printed).map((text, i) => ({ text, lineNo: i + 1 }))).map((p) => p.text);

const OPENING =
  "今天召开全镇防汛工作会议，主要是分析汛期形势，部署下一阶段工作。刚才，镇水利站通报了前期准备情况，我都同意。";
/** 17 characters: a heading one short of a first line's 18, close enough to the wrap to pass for a wrapped line. */
const HEADING = "一、清醒认识今年汛期面临的严峻形势";
/** Its last sentence ends right at the margin. */
const AT_MARGIN =
  "据气象部门预测，今年主汛期降雨总体偏多，局地可能出现极端强降雨过程。全镇有小型水库九座、山塘二十六口，地质灾害隐患点较多，今年镇安全度汛的任务十分艰巨繁重。";
const FIRST_POINT =
  "一是抓紧做好汛前检查。各村要对辖区内的水库、山塘、河堤逐一开展检查，发现问题立即整改，不能拖到汛期。";
/** A sentence ends at the margin inside it: the paragraph goes on in a full line. */
const INNER_END =
  "二是落实好值班值守制度。汛期各村要严格执行领导带班制度和二十四小时值班制度。各村值班人员要保持通讯畅通，遇有险情第一时间报告，不得迟报漏报。";
const PREPARATIONS = [
  "二、扎实做好各项防汛准备",
  "镇应急办要会同水利站修订完善防汛应急预案，明确转移路线和安置地点，五月底前组织一次实战演练。",
  "各村要把抢险物资备足备齐，编织袋、救生衣、发电机等要登记造册，专人保管，确保拉得出、用得上。",
  "镇水利站要对全镇山塘逐口落实巡查责任人，雨前查、雨中巡、雨后看，发现险情立即上报。",
  "镇卫生院要提前储备好防疫药品和消杀器械，汛后及时组织医务人员深入各村开展环境消杀和饮用水质检测，做到大灾之后无大疫。",
];
/** A last line as short as a first line, after a sentence ended at the margin: it ends the paragraph. */
const SHORT_LAST =
  "镇派出所要配合做好危险区群众的转移工作，对不听劝阻、擅自返回的群众依法劝离。村干部要守在一线，确保不漏一户一人。";
const CLOSING = [
  "镇农办要指导农户抢收已成熟的作物，及时清理田间沟渠，减轻洪涝损失。",
  "同志们，防汛工作责任重大，希望大家克服麻痹思想，确保安全度汛。",
];
const PAGE = [OPENING, HEADING, AT_MARGIN, FIRST_POINT, INNER_END, ...PREPARATIONS, SHORT_LAST, ...CLOSING];

describe("a justified page whose first-line indents were lost", () => {
  it("is the shape these tests mean", () => {
    expect(AT_MARGIN.length % WRAP).toBe(FIRST % WRAP);
    expect(INNER_END.indexOf("。", 12) + 1).toBe(FIRST + WRAP);
    expect(printed(SHORT_LAST).map((l) => l.length)).toEqual([FIRST, WRAP, FIRST]);
    expect(HEADING.length).toBe(FIRST - 1);
  });

  it("starts a paragraph after one that ended at the margin, where its first line stops short by the indent", () => {
    const out = join(PAGE);
    expect(out).toContain(AT_MARGIN);
    expect(out).toContain(FIRST_POINT);
  });

  it("keeps a heading short of the first lines' width apart from the paragraph under it", () => {
    const out = join(PAGE);
    expect(out).toContain(HEADING);
    expect(out[out.indexOf(HEADING) + 1]).toBe(AT_MARGIN);
  });

  it("but runs a paragraph on across a sentence ending at the margin, and keeps a short last line in it", () => {
    const out = join(PAGE);
    expect(out).toContain(INNER_END);
    expect(out).toContain(SHORT_LAST);
    expect(out).toHaveLength(PAGE.length);
  });

  it("leaves a page whose first lines reach the margin to the wrap's rules (a full line runs on after 。)", () => {
    const full = (p: string) =>
      Array.from({ length: Math.ceil(p.length / WRAP) }, (_, k) => p.slice(k * WRAP, (k + 1) * WRAP));
    const lines = PAGE.flatMap(full).map((text, i) => ({ text, lineNo: i + 1 }));
    const out = rejoinLines(lines).map((p) => p.text);
    // AT_MARGIN's last line is full there too, and nothing on the page says where the next paragraph opens.
    expect(out.some((p) => p.includes(AT_MARGIN.slice(-10) + FIRST_POINT.slice(0, 6)))).toBe(true);
  });
});

/** Printed with full first lines, a comma or a stop that falls past the margin hanging there (one character more). */
const hung = (p: string) => {
  const lines: string[] = [];
  for (let k = 0; k < p.length;) {
    const end = k + WRAP + (/[，。、；：！？]/.test(p.charAt(k + WRAP)) ? 1 : 0);
    lines.push(p.slice(k, end));
    k = end;
  }
  return lines;
};
/** A sentence ends at the margin (its stop the twentieth character) and the paragraph goes on in a full line. */
const GOES_ON = "各村要将抢险物资备足备齐，专人登记造册。编织袋、救生衣、发电机等要专人保管，确保拉得出、用得上。";

describe("a justified page whose first lines reach the margin, punctuation hanging past it", () => {
  const lines = [...PAGE, GOES_ON].flatMap(hung);

  it("is the shape this test means", () => {
    expect(hung(GOES_ON)[0]).toMatch(/。$/);
    expect(lines.some((l) => l.length === WRAP + 1)).toBe(true);
  });

  it("is no page that lost its indents: a full line after a sentence ending at the margin goes on", () => {
    const out = rejoinLines(lines.map((text, i) => ({ text, lineNo: i + 1 }))).map((p) => p.text);
    expect(out).toContain(GOES_ON);
    expect(out).toContain(INNER_END);
  });
});

describe("a page that lost its indents, where a line as short as a first line ends its paragraph", () => {
  /** Its last line (18) ends at a colon, after a sentence ended at the margin; the next paragraph's first line
   *  stops short too. */
  const ENDS_AT_COLON = [
    "镇里组织的汛前检查已经结束，各村都能",
    "按时完成自查，整改了一批隐患，成效明显。",
    "但从检查情况看，还存在一些突出问题：",
  ];
  const SECOND_POINT = "一是思想有所松懈。个别村干部认为去年汛情平稳，今年也不会出什么问题，工作上应付了事。";
  const ENDS_AT_SEMICOLON = [
    "各村要对在建工地、学校、敬老院和养殖",
    "场等重点部位逐一排查，发现问题当场交办。",
    "对一时整改不了的隐患，要落实好措施；",
  ];
  /** A line one short of the margin, its last character carried down with the comma that may not open a line. */
  const CARRIED_DOWN = [
    "镇应急办要加强对各村值班情况的抽查，",
    "每周至少两次，抽查结果要当场登记并上墙。",
    "值班人员脱岗漏岗的，一经查实，镇里就通",
    "报，并追究村干部的责任。",
  ];
  const lines = [
    ...PAGE.slice(0, 4).flatMap(printed),
    ...ENDS_AT_COLON,
    ...printed(SECOND_POINT),
    ...CARRIED_DOWN,
    ...printed(INNER_END),
    ...ENDS_AT_SEMICOLON,
    ...PAGE.slice(5).flatMap(printed),
  ];
  const out = rejoinLines(lines.map((text, i) => ({ text, lineNo: i + 1 }))).map((p) => p.text);

  it("is the shape this test means", () => {
    expect([...ENDS_AT_COLON, ...ENDS_AT_SEMICOLON].map((l) => l.length)).toEqual([18, 20, 18, 18, 20, 18]);
    expect(CARRIED_DOWN.map((l) => l.length).slice(0, 3)).toEqual([18, 20, 19]);
  });

  it("keeps a last line ending at a colon or a semicolon in its paragraph", () => {
    expect(out).toContain(ENDS_AT_COLON.join(""));
    expect(out).toContain(SECOND_POINT);
    expect(out).toContain(ENDS_AT_SEMICOLON.join(""));
  });

  it("keeps a line one longer than a first line, with no punctuation hanging, in its paragraph", () => {
    expect(out).toContain(CARRIED_DOWN.join(""));
  });

  it("still opens the paragraphs whose first lines stop short", () => {
    expect(out).toContain(AT_MARGIN);
    expect(out).toContain(FIRST_POINT);
  });
});
