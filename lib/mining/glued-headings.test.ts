import { describe, expect, it } from "vitest";
import { REASON_GLUED_HEADING, REASON_GLUED_MARKER, splitGluedHeadings } from "./glued-headings";
import { mineText } from "./text-pipeline";
import type { InferredSplit, Paragraph } from "./types";

const split = (text: string, inferred?: InferredSplit[]) =>
  splitGluedHeadings([{ text, lineNo: 4 }], inferred).map((p) => p.text);

const BODY =
  "今年以来，全县上下认真落实安全生产责任制，扎实开展隐患排查整治，安全生产形势总体平稳，但一些行业领域风险隐患依然突出。";

describe("splitGluedHeadings", () => {
  it("cuts a heading that runs into its body without punctuation", () => {
    const inferred: InferredSplit[] = [];
    const head = "一、提高思想认识，切实增强做好安全生产工作的责任感和紧迫感";
    expect(split(head + BODY, inferred)).toEqual([head, BODY]);
    expect(inferred).toEqual([{ lineNo: 4, reason: REASON_GLUED_HEADING }]);
  });

  it("cuts a short heading sentence off its body", () => {
    const body = "各级领导干部要把安全生产放在心上、抓在手上，主动研究解决突出问题，决不能当甩手掌柜。";
    expect(split("一、提高政治站位。" + body)).toEqual(["一、提高政治站位。", body]);
  });

  it("cuts the lead-in paragraph before a glued heading inside it, for 一、 and （一）", () => {
    const lead = "刚才，几位同志作了很好的发言，我完全同意。下面，我讲三点意见：";
    const head1 = "一、认清形势，进一步增强做好道路交通安全工作的紧迫感";
    const tail = "我们必须从思想深处认识到这项工作的极端重要性，切实把排查整治工作抓在手上。";
    const head2 = "（一）以“群众利益无小事”的初心看待隐患";
    const body2 = "人民群众对美好生活的向往，最基本的就是对安全的需求，每一个隐患都可能成为威胁群众安全的定时炸弹。";
    expect(split(lead + head1 + BODY + tail + head2 + body2)).toEqual([lead, head1, BODY + tail, head2, body2]);
  });

  it("recognises a closing quote ending the heading and a date or year opening the body", () => {
    const head = "一、深刻把握隐患排查整治是守护群众福祉的“必答题”";
    const body = "安全生产是民生大事，一丝一毫不能放松，必须时刻绷紧安全生产这根弦。";
    expect(split(head + body)).toEqual([head, body]);
    const head2 = "二、认真学习贯彻上级安全生产重要指示精神";
    const body2 = "3月12日，某地一处自建房发生倒塌事故，造成重大人员伤亡，教训十分深刻。";
    expect(split(head2 + body2)).toEqual([head2, body2]);
  });

  it("leaves numbered points, 一是 run-ins and ordinary headings alone", () => {
    const inferred: InferredSplit[] = [];
    const point =
      "一、各生产企业要严格落实安全生产责任制，克服侥幸麻痹思想，对生产设施和环境进行一次全面检查，消除一切安全隐患。";
    expect(split(point, inferred)).toEqual([point]);
    const runIn = "一是矿山安全。严格落实矿山安全生产的各项规定，突出抓好通风、顶板管理和防治水等关键环节。";
    expect(split(runIn, inferred)).toEqual([runIn]);
    // 重视 does not end a heading, so 全县… stays in it.
    const heading = "一、高度重视全县安全生产工作";
    expect(split(heading, inferred)).toEqual([heading]);
    const inline = "会议提出三点要求：一、各单位要高度重视，二、各部门要加强协作，三、各乡镇要落实属地责任。";
    expect(split(inline, inferred)).toEqual([inline]);
    expect(inferred).toEqual([]);
  });

  it("cuts a heading run into the end of the paragraph above it where its series goes on", () => {
    const body = "上半年的检查暴露出不少问题，有的班组交接班流于形式，有的设备带病运行，这些都不能再拖。";
    const page = (tail: string, ...after: string[]) =>
      splitGluedHeadings([body + tail, BODY, ...after].map((text, lineNo) => ({ text, lineNo }))).map((p) => p.text);
    expect(page("（二）下半年重点盯住四个环节", "（三）责任要落到每个班组")).toEqual([
      body,
      "（二）下半年重点盯住四个环节",
      BODY,
      "（三）责任要落到每个班组",
    ]);
    const head = "三、盯紧重点部位，把好隐患整改关口";
    expect(page(head, "四、压实各级责任，确保工作落地见效")).toEqual([
      body,
      head,
      BODY,
      "四、压实各级责任，确保工作落地见效",
    ]);
    // Headings whose words start with a numeral or a year, not a series of figures.
    for (const h of ["三、一体推进隐患排查和专项整治", "二、2025年上半年重点工作安排"])
      expect(page(h, h.startsWith("三") ? "四、强化保障" : "三、强化保障")).toEqual([
        body,
        h,
        BODY,
        expect.any(String),
      ]);
  });

  it("leaves a paragraph's last inline item alone where no sibling heads a line around it", () => {
    const body = "今年的隐患整治方案已经印发，前几项任务大部分单位已经完成。";
    const after = "各车间要对照方案逐项检查，确保整改不走过场、不留死角，整改情况月底前报安全科。";
    const page = (tail: string) =>
      splitGluedHeadings([body + tail, after].map((text, lineNo) => ({ text, lineNo }))).map((p) => p.text);
    for (const tail of [
      "（一）（二）两项任务各车间要在十月底前全部完成销号",
      "一、对重大隐患实行挂牌督办，逐项明确整改责任人",
    ])
      expect(page(tail)).toEqual([body + tail, after]);
    // The last item of a list inside the paragraph, even where the outline's next number heads a line below.
    const list =
      "会上提了三点要求。一、各车间主任要亲自带队，每周检查一次。二、各班组要加强协作，交接班当面交清。三、安全员要每天巡查到位";
    const mined = splitGluedHeadings([list, after, "四、强化保障"].map((text, lineNo) => ({ text, lineNo })));
    expect(mined.map((p) => p.text)).toEqual([list, after, "四、强化保障"]);
  });

  it("leaves a paragraph's last sentence alone where its 一、 is a series, a list or an unfinished clause", () => {
    const body = "上半年的检查暴露出不少问题，有的班组交接班流于形式，有的设备带病运行。";
    for (const tail of [
      "一、二级重大危险源企业每月要开展一次全面自查",
      "三、五天内要把整改情况报到安全科",
      "一、各车间要高度重视，二、各班组要加强协作",
      "一、各车间主任要亲自带队检查，",
    ])
      expect(split(body + tail)).toEqual([body + tail]);
    // After a colon the items are the sentence's own, as they are after no stop at all.
    expect(split("会议提出三项要求：一、各车间主任要亲自带队")).toEqual(["会议提出三项要求：一、各车间主任要亲自带队"]);
  });

  it("keeps a Word heading as it is", () => {
    const p: Paragraph = { text: "一、提高政治站位。" + BODY, lineNo: 1, hint: { headingLevel: 2 } };
    expect(splitGluedHeadings([p])).toEqual([p]);
  });
});

describe("a collection's marker run into the paragraph above", () => {
  const closing = "同志们，防溺水工作一刻也不能放松。希望大家会后迅速行动，把各项措施落到实处。散会。";
  const title = "在全镇防溺水工作推进会上的讲话";
  const pair = (last: string, next: string, inferred?: InferredSplit[]) =>
    splitGluedHeadings(
      [
        { text: last, lineNo: 7 },
        { text: next, lineNo: 9 },
      ],
      inferred,
    ).map((p) => p.text);

  it("cuts 【篇二】 off the host's last sentence where the next speech's title follows", () => {
    const inferred: InferredSplit[] = [];
    expect(pair(closing + "【篇二】", title, inferred)).toEqual([closing, "【篇二】", title]);
    expect(inferred).toEqual([{ lineNo: 7, reason: REASON_GLUED_MARKER }]);
    expect(pair(closing + "第二篇", title)).toEqual([closing, "第二篇", title]);
  });

  it("leaves the paragraph whole where no title follows or the words are the sentence's own", () => {
    // prose below: no speech opens there
    const prose = "各村要立即组织力量，对辖区内的河塘、水库逐一排查，设置警示标志。";
    expect(pair(closing + "【篇二】", prose)).toEqual([closing + "【篇二】", prose]);
    // the sentence names a piece (no stop before it), or ends in a word that is no marker
    const names = "具体做法大家可以对照学习材料汇编中的【篇二】";
    expect(pair(names, title)).toEqual([names, title]);
    const word = closing + "【通知】";
    expect(pair(word, title)).toEqual([word, title]);
  });

  it("drops the marker from the host's closing in a page of a 主持词 and a 讲话", () => {
    const host = [
      "在全镇防溺水工作推进会上的主持词",
      "同志们：",
      "现在开会。今天会议的主要任务是部署今年夏季防溺水工作。",
      closing + "【篇二】",
    ];
    const speech = [
      title,
      "镇党委书记  李卫东",
      "同志们：",
      "今年入夏以来，气温持续偏高，中小学生下河游泳的情况明显增多，防溺水形势十分严峻。",
      "各村、各学校要把防溺水工作摆上重要位置，落实“河长+网格员”巡查制度。谢谢大家！",
    ];
    const { speeches, removed } = mineText([...host, ...speech].join("\n"));
    expect(speeches.map((s) => s.title)).toEqual([host[0], title]);
    expect(speeches[0]!.blocks.at(-1)!.text).toBe(closing);
    expect(removed.some((r) => r.text === "【篇二】")).toBe(true);
  });
});
