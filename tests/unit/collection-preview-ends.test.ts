import { describe, expect, it } from "vitest";
import { mineText } from "../../lib/mining/text-pipeline";

// A 精选N篇 page whose last pieces a paywall cuts after their opening (……（试读结束，本篇剩余约N字，开通VIP会员查看全文）):
// a page written for these tests.
const full = (title: string, place: string) => [
  title,
  "同志们：",
  `　　今天召开${place}安全生产工作会议，主要任务是总结前一阶段工作，分析当前安全形势，安排部署下一阶段重点任务。`,
  "一、清醒认识当前形势",
  `　　今年以来，${place}共发生生产安全事故4起，同比有所下降，但小作坊、出租房和建筑工地的隐患仍然比较突出。`,
  "二、扎实开展隐患排查",
  "　　各单位要组织力量对辖区内企业逐家开展排查，建立隐患台账，明确整改责任人和完成时限，整改一项销号一项。",
  "三、层层压实安全责任",
  "　　各级主要负责同志要亲自抓、负总责，对工作不力导致事故发生的，要严肃追究有关人员责任，决不姑息。",
  "　　同志们，安全生产责任重于泰山，希望大家守土尽责，确保安全形势持续稳定。",
  "",
];
const teaser = (title: string, opening: string, left: number) => [
  title,
  opening,
  `……（试读结束，本篇剩余约${left}字，开通VIP会员查看全文）`,
  "",
];
const page = [
  "安全生产工作会议讲话精选4篇",
  "",
  ...full("【篇1】在全镇安全生产工作会议上的讲话", "全镇"),
  ...full("【篇2】在全县工贸行业安全生产工作会议上的讲话", "全县工贸行业"),
  ...teaser(
    "【篇3】在全区燃气安全专项整治推进会上的讲话",
    "今天召开全区燃气安全专项整治推进会，主要是通报前一阶段整治情况，对下一步工作再安排。刚才，区住建局通报了整治进展，",
    3600,
  ),
  ...teaser(
    "【篇4】在全乡防汛工作会议上的讲话",
    "主汛期即将到来，全乡防汛形势不容乐观。乡党委、乡政府决定召开这次会议，就是要把各项防汛措施落实到每个村组，",
    2800,
  ),
  "相关推荐：",
];

describe("a collection's paywalled teasers", () => {
  it("are no speeches: the text stops at the preview's end, the next piece's title is not read into it", () => {
    const result = mineText(page.join("\n"));
    expect(result.speeches.map((s) => s.title)).toEqual([
      "在全镇安全生产工作会议上的讲话",
      "在全县工贸行业安全生产工作会议上的讲话",
    ]);
    const kept = result.speeches.flatMap((s) => s.blocks.map((b) => b.text)).join("\n");
    for (const line of ["【篇3】", "【篇4】", "燃气安全专项整治推进会", "主汛期即将到来", "试读结束"])
      expect(kept).not.toContain(line);
  });

  it("but a speech's sentence about what is left (剩余30%的资金…) stays", () => {
    const lines = full("在全县安全生产工作会议上的讲话", "全县");
    const sentence = "　　剩余30%的专项资金要在年底前全部下达，各乡镇不得截留挪用，县财政局要跟踪问效。";
    lines.splice(7, 0, sentence);
    const kept = mineText(lines.join("\n")).speeches.flatMap((s) => s.blocks.map((b) => b.text));
    expect(kept).toContain(sentence.trim());
  });
});
