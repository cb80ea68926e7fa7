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
