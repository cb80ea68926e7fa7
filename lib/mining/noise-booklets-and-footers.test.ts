import { describe, expect, it } from "vitest";
import { removalReason, removeNoiseFromPage as run } from "../testing/page-noise";
import { textsOf } from "../testing/mined-page";

// Pages written for these tests: a printed booklet of a meeting's speeches copied page by page (its name over each
// page, ·N· under it, its parts numbered 一、领导讲话 / 二、…), and a 简报 whose footer prints its name and the page
// number on one line.
const BOOK = "市防汛指挥部会议材料汇编";
const FIRST_SPEECH = [
  "在全市防汛工作会议上的讲话",
  "副市长　韩立群",
  "同志们：",
  "今天召开全市防汛工作会议，主要任务是分析今年汛期形势，部署防汛各项准备工作。",
  "各区县要抓紧开展汛前检查，对水库、堤防、山洪沟道逐一排查，发现问题立即整改。",
  "同志们，防汛工作责任重于泰山，希望大家守土尽责，确保全市安全度汛。",
];
const SECOND_TITLE = "青山区在全市防汛工作会议上的表态发言";
const SECOND_BODY = [
  "刚才，韩市长对全市防汛工作作了全面部署，我们将不折不扣抓好落实。",
  "我区已对辖区内12座小型水库全部落实了巡查责任人，汛前将再组织一次全面检查，确保不留死角。",
];

describe("a booklet of speeches copied page by page", () => {
  const page = [
    BOOK,
    "一、领导讲话",
    ...FIRST_SPEECH,
    "二、交流发言",
    SECOND_TITLE,
    "区长　孟凡",
    "·12·",
    BOOK,
    "尊敬的各位领导、同志们：",
    SECOND_BODY[0]!,
    "·13·",
    BOOK,
    SECOND_BODY[1]!,
  ];

  it("removes the booklet's name where the page broke between a speech's speaker and its salutation", () => {
    const r = run(page);
    expect(r.kept).not.toContain(BOOK);
    expect(r.removed.filter((x) => x.text === BOOK).length).toBe(3);
  });

  it("removes the booklet's later part over the next speech's title, numbered on from 一、领导讲话", () => {
    const r = run(page);
    expect(removalReason(r.removed, "二、交流发言")).toBe("简报其他栏目");
    expect(r.kept).toContain(SECOND_TITLE);
  });

  it("keeps a speech's own heading that names speeches, with its text under it", () => {
    const heading = "二、认真贯彻领导讲话";
    const own = [...FIRST_SPEECH.slice(0, 4), heading, ...FIRST_SPEECH.slice(4)];
    const r = run([BOOK, "一、领导讲话", ...own]);
    expect(r.kept).toContain(heading);
  });

  it("keeps the speech's own 二、 heading over a speech it quotes, numbered on from its 一、, before it closes", () => {
    const heading = "二、学习贯彻省领导讲话";
    const own = [
      ...FIRST_SPEECH.slice(0, 4),
      "一、认清当前防汛形势",
      FIRST_SPEECH[4]!,
      heading,
      "在全省防汛工作视频会议上的讲话",
      "省领导在讲话中要求各地压实责任、提前转移避险群众，我们要对照要求逐项抓好落实。",
      FIRST_SPEECH[5]!,
    ];
    const r = run([BOOK, "一、领导讲话", ...own, "二、交流发言", SECOND_TITLE, "区长　孟凡", ...SECOND_BODY]);
    expect(r.kept).toContain(heading);
    expect(removalReason(r.removed, "二、交流发言")).toBe("简报其他栏目");
  });

  it("keeps a line over a salutation as the next speech's title where the last speech's sentence stands above", () => {
    const name = "全市防汛工作会议交流材料";
    const r = run([
      name,
      ...FIRST_SPEECH,
      "·12·",
      name,
      "尊敬的各位领导、同志们：",
      SECOND_BODY[0]!,
      "·13·",
      name,
      SECOND_BODY[1]!,
      "·14·",
      name,
      "同志们，汛期将至，我们一定守牢防线。",
    ]);
    expect(r.kept.filter((t) => t === name)).toHaveLength(1);
    expect(r.kept.indexOf(name)).toBe(r.kept.indexOf("尊敬的各位领导、同志们：") - 1);
  });
});

describe("a 简报 whose footer prints its name and the page number on one line", () => {
  const masthead = "青山区防汛工作简报";
  const before = "入汛以来，全区共组织检查组32个，检查水库、山塘、堤防和在建工地216处，发现并整改隐患";
  const after = "47处，对3处病险山塘实行降低水位运行，汛前准备总体到位。";
  const speech = [
    "在全区防汛工作推进会上的讲话",
    "同志们：",
    "今天的会议，主要是通报前一阶段防汛准备情况，部署下一步工作。",
  ];
  const closing = "同志们，防汛工作没有旁观者，希望大家各负其责，确保全区安全度汛。";

  it("removes the footer's name cut from its page number, and the paragraph it cut is one again", () => {
    const page = [masthead, "2024年第3期", "", ...speech, before, `${masthead}　　　　　　— 3 —`, after, closing];
    expect(textsOf(page)).toContain(before + after);
    expect(textsOf(page).some((t) => t.includes(masthead))).toBe(false);
  });

  it("keeps a line of the text a page number was cut from: its words copy no other line", () => {
    const page = [masthead, "2024年第3期", "", ...speech, `${before}　— 3 —`, after, closing];
    expect(textsOf(page)).toContain(before + after);
  });
});

describe("a speech's title printed again over each page of its booklet", () => {
  const title = "在全镇森林防火工作会议上的讲话";
  const pages = (top: string[]) => [
    ...top,
    "— 1 —",
    title,
    "镇长　赵秋林",
    "同志们：",
    "今天召开全镇森林防火工作会议，主要是分析今冬明春森林防火形势，安排部署各项防火工作。",
    "去年以来，全镇没有发生一起森林火灾，成绩来之不易。但也要看到，部分村组防火意识淡薄，野外用火管控不严，",
    "— 2 —",
    title,
    "护林员队伍年龄偏大，扑救装备还比较落后。对这些问题，我们必须高度重视，认真加以解决。",
    "各村要把防火责任落实到山头地块，落实到具体人员，做到山有人管、林有人护、火有人防。",
    "— 3 —",
    title,
    "同志们，森林防火责任重大，希望大家守土有责、守土尽责，确保全镇不发生森林火灾。",
  ];

  it("keeps its first copy, under the cover and — 1 —, as the title", () => {
    const r = run(pages(["全镇森林防火工作会议材料", "镇森林防火指挥部办公室", "2024年11月"]));
    expect(r.kept.filter((t) => t === title)).toHaveLength(1);
    expect(r.kept[r.kept.indexOf(title) + 1]).toMatch(/^镇长\s*赵秋林$/);
  });

  it("still removes every copy that repeats a line printed before it", () => {
    const r = run(pages([title, "镇森林防火指挥部办公室"]));
    expect(r.kept.filter((t) => t === title)).toHaveLength(1);
    expect(r.kept[0]).toBe(title);
  });
});

describe("a speech whose footer prints its title and the page number on one line", () => {
  const title = "在全县秸秆禁烧工作会议上的讲话";
  const page = [
    title,
    "今天召开全县秸秆禁烧工作会议，主要任务是分析当前禁烧形势，安排部署秋季秸秆禁烧和综合利用工作。",
    "今年秋收时间集中，秸秆产生量大，部分群众仍有焚烧习惯，加之天气干燥，禁烧工作压力很大，各乡镇务必",
    `${title}　　　　— 1 —`,
    "克服麻痹思想，把禁烧工作摆在当前工作的突出位置。",
    "各乡镇要落实网格化管理责任，把禁烧任务分解到村、到组、到户，实行包片包地块，做到地块有人看、火点有人",
    `${title}　　　　— 2 —`,
    "管、责任有人担。",
    "同志们，秸秆禁烧事关大气环境质量和群众身体健康，希望大家切实负起责任，确保全县不出现一个火点。",
    `${title}　　　　— 3 —`,
  ];

  it("keeps the title on the first line, which no number follows, and removes the footers", () => {
    const r = run(page);
    expect(r.kept.filter((t) => t === title)).toEqual([title]);
    expect(r.kept[0]).toBe(title);
    expect(textsOf(page).some((t) => t.includes(title))).toBe(false);
    expect(textsOf(page)).toContain(
      "各乡镇要落实网格化管理责任，把禁烧任务分解到村、到组、到户，实行包片包地块，做到地块有人看、火点有人管、责任有人担。",
    );
  });
});
