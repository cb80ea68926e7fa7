import { describe, expect, it } from "vitest";
import { mineText } from "../../lib/mining/text-pipeline";

// A page written for these tests: a speech at a training on a new platform tells its hearers which buttons to press
// (找到【点击下载】按钮, 点开…后面的（点击查看）即可); and a portal's copy of a speech with the links it set after the
// documents the speech names (（点击这里下载）, （附件下载）, （点我查看）, →点击下载全文).
const page = (duty: string) =>
  [
    "在全市应急管理信息化培训会上的讲话",
    "市应急管理局副局长　邬建平",
    "同志们：",
    "今天召开全市应急管理信息化培训会，主要是推广使用新上线的“应急一张图”平台。刚才，信息科的同志演示了平台的主要功能，讲得很清楚。",
    "一、用好平台",
    duty,
    "二、压实责任",
    "各区应急管理局主要负责同志要亲自抓，确保平台数据真实、完整、及时。",
    "同志们，信息化是提升应急管理能力的重要手段，希望大家学好用好。",
  ].join("\n");
const blocks = (text: string) => mineText(text).speeches.flatMap((s) => s.blocks.map((b) => b.text));

describe("a button the speech names in its sentence", () => {
  it("keeps the quoted button's label", () => {
    const own =
      "各区值班员登录平台后，在左上角找到【点击下载】按钮，就能把本区的风险清单导出来；要看现场照片的，点开每条风险后面的（点击查看）即可。";
    expect(blocks(page(own))).toContain(own);
  });

  it("still cuts the link's text the page set after a document", () => {
    for (const [link, sentence] of [
      ["（点击这里下载）", "省厅修订的《生产安全事故应急预案管理办法实施细则》{}已经印发，各区要组织逐条学习。"],
      ["（附件下载）", "省厅《关于开展应急预案大检查的通知》{}要求6月底前完成，各区务必按期完成。"],
      ["（点我查看）", "对照《生产经营单位应急演练指南》{}，各单位要在5月底前完成一次综合演练。"],
      ["→点击下载全文", "《突发事件应急预案管理规定》{}，各单位的预案要做到一年一评估。"],
    ] as const) {
      const r = mineText(page(sentence.replace("{}", link)));
      expect(blocks(page(sentence.replace("{}", link)))).toContain(sentence.replace("{}", ""));
      expect(r.removed.find((x) => x.text === link)?.reason).toBe("网页链接文字");
    }
  });
});
