import { describe, expect, it } from "vitest";
import type { Ctx } from "./noise-fragments";
import { cutInlineButtons } from "./noise-inline-buttons";
import { DASHED_PAGE_RE } from "./noise-injections";
import { gluedHeadingEnd } from "./run-in-heading";
import { splitGluedHeadings } from "./glued-headings";
import { REASON_ADDRESS, splitLongParagraphs } from "./long-paragraphs";
import { mineText } from "./text-pipeline";
import type { InferredSplit } from "./types";

const blocks = (page: string[]) =>
  mineText(page.join("\n")).speeches.flatMap((s) => s.blocks.map((b) => [b.kind, b.level ?? null, b.text]));
const ctx = (): Ctx => ({ removed: [] }) as unknown as Ctx;

describe("a page number glued before the text at a line's start", () => {
  it("is cut, and the heading under it is read", () => {
    const page = [
      "在全镇防汛备汛工作会议上的讲话",
      "同志们：",
      "一、认清防汛形势",
      "入汛以来，全镇累计降雨量较常年偏多三成，山塘水库蓄水位普遍偏高，防汛压力明显加大。",
      "- 4 -",
      "各村要把防汛责任落实到人，做到水库有人巡、险段有人守、群众有人转。",
      "- 5 -二、落实防汛责任",
      "各村要把每一处山塘水库、每一个地质灾害点的责任人都公示出来，接受群众监督。",
    ];
    const out = blocks(page);
    expect(out).toContainEqual(["heading", 1, "二、落实防汛责任"]);
    expect(out.some(([, , t]) => String(t).includes("- 5 -"))).toBe(false);
  });

  it("leaves hyphens before a figure (a list's dash, a range) at a line's start", () => {
    for (const line of ["- 2 - 3 个工作日内完成整改", "- 12 -15℃的低温天气要做好防冻"]) {
      expect(line.replace(DASHED_PAGE_RE, "")).toBe(line);
    }
  });
});

describe("a heading glued to a body that opens with …开展以来，", () => {
  it("ends before the time clause", () => {
    const text = "一、深刻认识消防安全形势的复杂性专项行动开展以来，全县共检查单位一千余家，督促整改火灾隐患两千余处。";
    expect(text.slice(0, gluedHeadingEnd(text, 2))).toBe("一、深刻认识消防安全形势的复杂性");
  });

  it("does not end inside a heading whose words run on into 今年以来", () => {
    const text = "一、统一思想，充分认识开展“消防宣传月”活动的重要性今年以来，全县火灾起数同比下降，但形势依然严峻。";
    expect(text.slice(0, gluedHeadingEnd(text, 2))).toBe("一、统一思想，充分认识开展“消防宣传月”活动的重要性");
  });
});

describe("a glued heading cut at the length of its standalone sibling", () => {
  const para = (text: string, lineNo: number) => ({ text, lineNo });

  it("cuts （一） and （三） where （二）'s words end, between two words, before a duty's sentence", () => {
    const inferred: InferredSplit[] = [];
    const out = splitGluedHeadings(
      [
        para("（一）严格管控野外火源要对进山路口设卡检查，严禁携带火种进山，发现违规用火的一律从严查处。", 1),
        para("（二）强化林区巡查值守", 2),
        para("护林员要每天巡山，瞭望台要全天候值守，发现火情第一时间报告。", 3),
        para("（三）加强扑火力量建设县应急、林业等部门要配齐扑火机具，组织开展实战演练，提升快速处置能力。", 4),
      ],
      inferred,
    ).map((p) => p.text);
    expect(out).toEqual([
      "（一）严格管控野外火源",
      "要对进山路口设卡检查，严禁携带火种进山，发现违规用火的一律从严查处。",
      "（二）强化林区巡查值守",
      "护林员要每天巡山，瞭望台要全天候值守，发现火情第一时间报告。",
      "（三）加强扑火力量建设",
      "县应急、林业等部门要配齐扑火机具，组织开展实战演练，提升快速处置能力。",
    ]);
    expect(inferred).toHaveLength(2);
  });

  it("leaves a numbered point written as a sentence, and one whose sibling is of another length", () => {
    const sentence = "（一）各乡镇要对辖区内林区开展一次拉网式排查，发现隐患立即整改，整改不到位的不得销号。";
    const unlike = "（三）加强扑火队伍和物资保障县应急、林业等部门要配齐扑火机具，组织开展实战演练。";
    const out = splitGluedHeadings([para(sentence, 1), para("（二）强化巡查值守", 2), para(unlike, 3)]);
    expect(out.map((p) => p.text)).toEqual([sentence, "（二）强化巡查值守", unlike]);
  });
});

describe("a site's download link and editor credit in a speech's text", () => {
  it("cuts a download link out of the middle of a sentence", () => {
    const c = ctx();
    expect(cutInlineButtons("要落实林长巡林制度，点击下载完整版Word文档>>确保每片林子都有人管。", 3, c)).toBe(
      "要落实林长巡林制度，确保每片林子都有人管。",
    );
    expect(c.removed).toEqual([{ text: "点击下载完整版Word文档>>", reason: "网页下载链接", lineNo: 3 }]);
  });

  it("keeps a speaker's own words on downloading, and a banner's link at its line's end for the line rules", () => {
    const own = "请大家回去后点击下载“平安林区”APP，发现火情随手拍、随时报。";
    expect(cutInlineButtons(own, 3, ctx())).toBe(own);
    const banner = "开通会员，免费下载全文>>";
    expect(cutInlineButtons(banner, 3, ctx())).toBe(banner);
  });

  it("cuts an editor credit glued after the last sentence, not a bracket inside a sentence", () => {
    const c = ctx();
    expect(cutInlineButtons("为全县高质量发展提供坚强保障。（责任编辑：郑小林）", 9, c)).toBe(
      "为全县高质量发展提供坚强保障。",
    );
    expect(c.removed).toEqual([{ text: "（责任编辑：郑小林）", reason: "来源作者信息", lineNo: 9 }]);
    const own = "整改情况报县安委办（审核：县应急局），逾期未报的予以通报。";
    expect(cutInlineButtons(own, 9, ctx())).toBe(own);
  });

  it("cuts a credit that names only its 初审 and 终审 (the pattern's precheck once let it through)", () => {
    expect(cutInlineButtons("会议要求各单位抓好落实。（初审：张三 终审：李四）", 9, ctx())).toBe(
      "会议要求各单位抓好落实。",
    );
  });
});

describe("a 范文 page's download link and a portal's credit, mined with the speech", () => {
  it("go, and the sentences round them stay whole", () => {
    const page = [
      "在全县森林防火工作会议上的讲话",
      "同志们：",
      "要落实林长巡林制度，点击下载完整版Word文档>>确保每片林子都有人管，每个山头都有人看。",
      "护林员要每天巡山，发现火情第一时间报告，为全县森林资源安全提供坚强保障。（责任编辑：郑小林）",
    ];
    const mined = mineText(page.join("\n"));
    expect(mined.speeches.flatMap((s) => s.blocks.map((b) => b.text))).toEqual([
      "要落实林长巡林制度，确保每片林子都有人管，每个山头都有人看。",
      "护林员要每天巡山，发现火情第一时间报告，为全县森林资源安全提供坚强保障。",
    ]);
  });
});

describe("a sentence turning to the hall on a line that lost its breaks", () => {
  const tail = "同志们，森林防火责任重于泰山。希望大家守土有责、守土尽责，坚决守住不发生重大森林火灾的底线。";
  const lead = "同时，要深入开展防火宣传进村入户活动，以案说法、以案促改，提高群众防火意识和野外用火安全意识。";

  it("opens a paragraph when the line held several paragraphs", () => {
    const inferred: InferredSplit[] = [];
    const out = splitLongParagraphs(
      [
        { text: "各乡镇要落实属地责任，把防火任务分解到村、落实到人，确保责任无盲区。", lineNo: 7 },
        { text: lead + tail, lineNo: 7 },
      ],
      inferred,
    );
    expect(out.map((p) => p.text)).toEqual([
      "各乡镇要落实属地责任，把防火任务分解到村、落实到人，确保责任无盲区。",
      lead,
      tail,
    ]);
    expect(inferred).toContainEqual({ lineNo: 7, reason: REASON_ADDRESS });
  });

  it("stays in a paragraph that is a line of its own, and after a transcript's few words", () => {
    const own = [{ text: lead + tail, lineNo: 7 }];
    expect(splitLongParagraphs(own).map((p) => p.text)).toEqual([lead + tail]);
    const short = [
      { text: "各乡镇要落实属地责任。", lineNo: 7 },
      { text: "好，我就讲这些。" + tail, lineNo: 7 },
    ];
    expect(splitLongParagraphs(short)).toHaveLength(2);
  });
});
