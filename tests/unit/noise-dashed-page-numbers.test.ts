import { describe, expect, it } from "vitest";
import { mineText } from "../../lib/mining/text-pipeline";

// A page written for these tests in the shape of an office-template site's preview: its page rule —— 第 2 页 ——
// (the spaces gone once normalised) falls inside a sentence, which runs on across it.
const TITLE = "在化工园区三季度安全生产工作会议上的讲话";
const OPENING = "　　今天召开园区三季度安全生产工作会议，主要是分析当前形势，对高温汛期的安全工作再作部署。";
const CUT_BEFORE = "　　各企业要对动火、受限空间、高处作业实行作业票管理，";
const CUT_AFTER = "作业前必须进行风险辨识和安全交底，监护人员不得离开现场。";
const CLOSING = "　　同志们，安全生产只有起点，没有终点。希望大家把各项措施抓实抓细，确保园区安全形势稳定。";

describe("a preview's page rule between two dashes", () => {
  it("is a page number, across which the sentence runs on", () => {
    for (const rule of ["—— 第 2 页 ——", "— 第 12 页 —"]) {
      const r = mineText([TITLE, "同志们：", OPENING, CUT_BEFORE, "", rule, "", CUT_AFTER, CLOSING].join("\n"));
      expect(r.speeches.flatMap((s) => s.blocks.map((b) => b.text))).toContain(CUT_BEFORE.trim() + CUT_AFTER);
      expect(r.removed.find((x) => x.text.includes("第"))?.reason).toBe("页码");
    }
  });

  it("keeps a speech's line that names a page between dashes in a sentence", () => {
    const own = "　　请大家翻到材料第2页——这里列出了园区今年排查出的十二项重大隐患，务必逐项销号。";
    const r = mineText([TITLE, "同志们：", OPENING, own, CLOSING].join("\n"));
    expect(r.speeches.flatMap((s) => s.blocks.map((b) => b.text))).toContain(own.trim());
  });
});
