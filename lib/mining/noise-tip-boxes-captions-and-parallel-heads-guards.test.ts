import { describe, expect, it } from "vitest";
import { removalReason } from "../testing/page-noise";
import { mineText } from "./text-pipeline";

// Guards from an outside review of the set-127 fixes: a speech's own text in the shapes those rules took — outline
// sentences whose verb's object opens like a body (各项…, 全县…, 开发区…), a speech quoting its staff under 职工评论,
// its own points under a label printed twice (温馨提示 / …小知识), a host's notices, a saying beside ▍ headings, a
// ▲ point wrapped at a space, a table's 图丨表 caption. Inputs written for these tests.

const mined = (page: string[]) => mineText(page.join("\n"));
const texts = (page: string[]) => mined(page).speeches.flatMap((s) => s.blocks.map((b) => b.text));
const heads = (page: string[]) =>
  mined(page).speeches.flatMap((s) => s.blocks.flatMap((b) => (b.kind === "heading" ? [`H${b.level} ${b.text}`] : [])));

const TITLE = "在全县秋冬季安全防范工作会议上的讲话";
const SPEAKER = "县应急管理局局长　许明";
const OPENING = "今天召开这次会议，主要是分析秋冬季安全形势，对下一阶段的安全防范工作作出安排。下面，我讲几点意见。";
const P1 = "入秋以来，全县共发生各类生产安全事故3起，死亡2人，其中一起是企业检修时违章动火引发的，教训十分深刻。";
const P2 = "从暗访情况看，部分企业主体责任悬在半空，隐患排查走过场，有的问题上次指出了这次还在，整改没有真正闭环。";
const CLOSING = "同志们，秋冬季安全防范任务艰巨。希望大家守土有责、守土尽责，确保全县安全形势持续稳定。谢谢大家！";

describe("a speech's outline sentences, their verb's object opening like a body", () => {
  it("keeps standalone heading sentences that end in 。 whole", () => {
    const h1 = "一、全面加强全县冬季火灾风险研判，切实增强做好防火工作的紧迫感。";
    const h2 = "二、全面落实各方防火安全责任，推动各项措施落地见效。";
    expect(heads([TITLE, SPEAKER, "同志们：", OPENING, h1, P1, h2, P2, CLOSING])).toEqual([`H1 ${h1}`, `H1 ${h2}`]);
  });

  it("keeps one-sentence numbered points whose first clause closes at a comma", () => {
    const points = [
      "（一）严格落实各项冬季防火措施，消防部门要对人员密集场所开展一轮全覆盖检查。",
      "（二）严格执行县里的用火用电管理规定，各乡镇要加强对农村自建房的巡查。",
      "（三）加快推进区域消防站建设，年底前完成主体工程。",
      "（四）加快推进县城老旧燃气管网改造，住建部门要倒排工期。",
    ];
    const out = texts([TITLE, SPEAKER, "同志们：", OPENING, "一、突出重点抓防范", ...points, CLOSING]);
    for (const p of points) expect(out.some((t) => t.startsWith(p.slice(0, 12)) && t.endsWith("。"))).toBe(true);
    expect(out).not.toContain("（一）严格落实");
    expect(out).not.toContain("（三）加快推进");
  });

  it("keeps a development zone's points whose verb takes 开发区… as its object", () => {
    const points = [
      "（一）全面落实开发区内企业安全生产主体责任，各企业要配齐专职安全管理人员。",
      "（二）严格落实开发区有关危险废物管理的规定，环保部门要加强日常检查。",
    ];
    const out = texts([TITLE, SPEAKER, "同志们：", OPENING, "一、压实责任", ...points, P1, CLOSING]);
    expect(out).toEqual(expect.arrayContaining(points));
  });
});

describe("a speech quoting its staff under 职工评论 / 员工评论（共N条）", () => {
  const quotes = [
    "锅炉房老周：夜班巡检的人手太紧，一个人要看三台炉子。",
    "仓储部小林：叉车通道经常被货物占着，来回都要绕。",
  ];
  const after = [
    "这些意见说得很实在，问题就在我们身边，安环部要逐条梳理，能马上改的马上改。",
    "下一步，各部门要把职工反映的隐患纳入月度考核，整改情况在厂务公开栏公示，接受大家监督。",
  ];

  it("keeps the header, the quotes and the paragraphs after them (a header alone)", () => {
    const out = texts([TITLE, SPEAKER, "同志们：", OPENING, P1, "职工评论：", ...quotes, ...after, CLOSING]);
    expect(out).toEqual(expect.arrayContaining([...quotes, ...after, CLOSING]));
  });

  it("keeps them under a header with a count", () => {
    const out = texts([TITLE, SPEAKER, "同志们：", OPENING, P1, "员工评论（共316条）：", ...quotes, ...after, CLOSING]);
    expect(out).toEqual(expect.arrayContaining([...quotes, ...after, CLOSING]));
  });
});

describe("a speaker's own points under a label printed twice", () => {
  it("keeps duties to the units under 温馨提示", () => {
    const d1 = "各乡镇要在节前通过广播和微信群向群众发出防火提示，提醒群众不要在林区野外用火。";
    const d2 = "各学校要在放假前上好一堂安全课，向家长发放一封信，提醒家长看管好孩子。";
    const page = [TITLE, SPEAKER, "同志们：", "", OPENING, "", P1, "", "温馨提示", d1, "", P2, "", "温馨提示", d2, ""];
    expect(texts([...page, CLOSING])).toEqual(expect.arrayContaining([d1, d2]));
  });

  it("keeps a headmaster's lessons under a …小知识 label when one of them speaks to the pupils", () => {
    const l1 = "同学们要记住：不私自下水，不到陌生水域游泳，不在没有大人陪同时到河边玩耍。";
    const l2 = "看到有人落水，不要手拉手去救，要大声呼救，把竹竿、绳子递给落水的人。";
    const p = "暑假期间，邻县有两名学生在水库边玩耍时落水，这样的悲剧我们一定不能让它再发生。";
    const page = ["在秋季开学安全教育大会上的讲话", "校长　何玲", "", "老师们、同学们：", "", OPENING, "", p, ""];
    const out = texts([...page, "防溺水小知识", l1, "", P2, "", "防溺水小知识", l2, "", CLOSING]);
    expect(out).toEqual(expect.arrayContaining([l1, l2]));
  });

  it("keeps a host's notices and his closing line", () => {
    const page = [
      "全县安全生产约谈会主持词",
      "县政府办副主任　罗成",
      "",
      "温馨提示",
      "请参会同志将手机调至静音，会议期间不要随意走动。",
      "",
      "同志们：",
      "现在开会。今天我们召开全县安全生产约谈会，对近期发生事故的三个乡镇和两家企业进行集中约谈。",
      "",
      "同志们，刚才县长的讲话要求明确，各乡镇、各部门要迅速传达会议精神，把各项措施落实到基层、落实到岗位。",
      "",
      "温馨提示",
      "散会后请各位按工作人员引导有序离场。",
      "",
      "会议到此结束，散会。",
    ];
    const m = mined(page);
    expect(removalReason(m.removed, "会议到此结束，散会。")).toBeUndefined();
    expect(removalReason(m.removed, "散会后请各位按工作人员引导有序离场。")).toBeUndefined();
  });
});

describe("▍ headings beside a saying, a ▲ point wrapped at a space, a table's caption", () => {
  it("reads the ▍ headings without their bar and leaves a quoted saying a paragraph", () => {
    const saying = "老师傅常讲“宁慢三分”，这句话什么时候都不过时";
    const page = [
      TITLE,
      SPEAKER,
      "同志们：",
      OPENING,
      "▍隐患不容忽视",
      P1,
      "▍责任必须压实",
      P2,
      saying,
      P1,
      "▍督查必须从严",
    ];
    expect(heads([...page, P2, CLOSING])).toEqual(["H1 隐患不容忽视", "H1 责任必须压实", "H1 督查必须从严"]);
  });

  it("does not cut a ▲ point at the space its wrap left inside the sentence", () => {
    const points = [
      "▲从暗访情况看 不少企业特殊作业审批流于形式，监护人员长期不在现场。",
      "▲下一步各乡镇要对辖区企业实行包保责任制 主要负责同志要带队检查，做到每季度全覆盖。",
    ];
    const out = texts([TITLE, SPEAKER, `　　同志们：${OPENING} ${points.join(" ")} ${CLOSING}`]);
    expect(out.some((t) => t === "▲从暗访情况看" || t === "▲下一步各乡镇要对辖区企业实行包保责任制")).toBe(false);
  });

  it("keeps a table's 图丨表 caption the speech points to", () => {
    const caption = "图丨表 全县工贸企业隐患分类统计";
    const out = texts([TITLE, SPEAKER, "同志们：", OPENING, "请大家看材料第二页。", caption, P1, P2, CLOSING]);
    expect(out.some((t) => t.includes("全县工贸企业隐患分类统计"))).toBe(true);
  });
});
