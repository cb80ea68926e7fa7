import { describe, expect, it } from "vitest";
import { mineText } from "../../lib/mining/text-pipeline";

// Two ways a collection page's layout was misread (set 104's pages 02 and 07): a hard-wrapped line in the middle of a
// paragraph that names a page of a document (…《…指南》第8页至第11 / 页列明了…), which the noise model read as a site's
// counts, and run-in items set two to a paragraph (一是…。二是…。 / 三是…。四是…。), which were split as if a break had
// been lost before 二是.

const blocksOf = (lines: string[]) => mineText(lines.join("\n")).speeches.flatMap((s) => s.blocks);

/** Hard-wrapped every 34 characters, a paragraph's first line indented by two full-width spaces. */
const wrap = (para: string, n = 34) => {
  const out: string[] = [];
  for (let i = 0, first = true; i < para.length; first = false) {
    const k = first ? n - 2 : n;
    out.push((first ? "　　" : "") + para.slice(i, i + k));
    i += k;
  }
  return out;
};

describe("a hard-wrapped paragraph with a line that names a document's pages", () => {
  const before = [
    "今天召开全县工贸行业安全生产推进会，主要是通报前一阶段专项整治情况，部署下一步重点工作。刚才，县应急管理局通报了检查情况，三家企业作了发言，讲得都很好。下面，我讲几点意见。",
    "今年以来，全县工贸行业安全生产形势总体平稳，但有限空间作业、粉尘防爆等领域的问题依然突出。上个月邻县一家食品企业清理污水池时发生中毒事故，造成两人死亡，教训十分深刻。",
  ];
  const after = [
    "企业主要负责人要认真履行安全生产第一责任人职责，每月至少带队开展一次全面检查，对查出的问题要建立台账，逐项整改销号。",
    "同志们，安全生产责任重于泰山。希望大家以对人民群众高度负责的态度，把各项措施落到实处，确保全县安全形势持续稳定。",
  ];
  // A sentence ends at the margin; the next one opens a line that names the document's pages and runs on below.
  const paragraph = [
    "　　企业有限空间作业是事故高发环节。凡涉及污水池、发酵罐、地下室的作",
    "业，必须严格执行先通风、再检测、后作业的规定，做到审批到位、监护到位。",
    "县应急管理局今年印发的《工贸企业有限空间作业安全指南》第8页至第11",
    "页列明了26项必查事项，各检查组要逐项对照检查，不得漏项。",
  ];
  const page = (middle: string[]) => [
    "在全县工贸行业安全生产推进会上的讲话",
    "",
    "同志们：",
    ...before.flatMap((p) => wrap(p)),
    ...middle,
    ...after.flatMap((p) => wrap(p)),
  ];

  it("keeps the line, and the paragraph is whole", () => {
    const texts = blocksOf(page(paragraph)).map((b) => b.text);
    expect(texts).toContain(paragraph.map((l) => l.trim()).join(""));
  });

  it("still drops a site's download prompt of the same width between two lines of a paragraph", () => {
    const prompt = "想要获取本文档的完整版，请点击下方按钮下载，开通会员后全站文档免费下载";
    const texts = blocksOf(page([...paragraph.slice(0, 2), prompt, ...paragraph.slice(2)])).map((b) => b.text);
    expect(texts.join("")).not.toContain("开通会员");
  });
});

describe("run-in items set two to a paragraph", () => {
  const first =
    "一是校园食品安全。4月底前，所有学校食堂要完成一次自查，重点查健康证和留样制度。二是校车安全。各县区要对校车逐车检查，存在超员问题的立即停运整改。";
  const second =
    "三是防溺水。5月起进入防溺水关键期，危险水域要设置警示牌和救生设施。四是实验室安全。危险化学品要实行双人双锁管理，严禁随意倾倒。";
  const page = [
    "在全市春季学校安全工作会议上的讲话",
    "同志们：",
    "刚才，局长对全市春季学校安全工作作了全面部署，讲得很透彻。下面，我就几项具体工作再作一些安排。",
    "一、关于去年暴露出的问题",
    "去年市局组织了四轮学校安全检查，发现问题一千余个，目前整改率超过九成，但台账不真实的问题依然存在。",
    "二、关于重点领域专项整治",
    first,
    second,
    "三、关于责任落实",
    "各县区教育局要把任务分解到具体科室和具体人员，层层签订安全责任书。",
    "同志们，春季学期已经开始，希望大家细化措施、狠抓落实，确保全市学校安全稳定。",
  ];

  it("keeps each paragraph of two items whole, with no item read as a heading", () => {
    const blocks = blocksOf(page);
    expect(blocks.map((b) => b.text)).toContain(first);
    expect(blocks.map((b) => b.text)).toContain(second);
    expect(blocks.filter((b) => b.kind === "heading").map((b) => b.text)).toEqual([
      "一、关于去年暴露出的问题",
      "二、关于重点领域专项整治",
      "三、关于责任落实",
    ]);
  });

  it("still recovers an item run into the paragraph above when the next one opens a paragraph of its own", () => {
    const lost = [
      ...page.slice(0, 6),
      "全市学校要抓好三件事。一是校园食品安全。所有学校食堂要完成一次自查，重点查健康证和留样制度。",
      "二是校车安全。各县区要对校车逐车检查，存在超员问题的立即停运整改。",
      "三是防溺水。危险水域要设置警示牌和救生设施，逐一明确看护责任人。",
      ...page.slice(8),
    ];
    expect(blocksOf(lost).map((b) => b.text)).toContain("全市学校要抓好三件事。");
  });
});
