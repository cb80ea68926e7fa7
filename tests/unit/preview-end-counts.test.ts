import { describe, expect, it } from "vitest";
import { PREVIEW_END, previewEndReason } from "../../lib/mining/noise-preview-ends";
import { mineText } from "../../lib/mining/text-pipeline";

// A paywall's note where the free part stops, counting what is hidden in four digits with no comma
// (…………剩余2075字需开通会员后阅读…………), right under the last paragraph it cut, paragraphs set apart by blank
// lines: a page written for these tests.
const page = (note: string) =>
  [
    "在公司2026年安全生产工作会议上的讲话",
    "",
    "同志们：",
    "",
    "今天召开公司安全生产工作会议，主要是总结去年工作，部署今年安全生产重点任务。",
    "",
    "各车间要严格落实交接班制度，对动火、受限空间等危险作业实行票证管理，作业前必须",
    note,
    "开通会员 全站文章免费阅读  ¥15/月",
    "",
    "相关讲话稿",
  ].join("\n");

describe("a paywall's preview end with a four-digit count", () => {
  it.each([
    "…………剩余2075字需开通会员后阅读…………",
    "（本篇剩余12075字，开通VIP会员查看全文）",
    "剩余3218字，开通VIP会员阅读全文",
  ])("is read as the preview's end: %s", (note) => expect(previewEndReason(note)).toBe(PREVIEW_END));

  it.each(["剩余1200万元专项资金要在年底前全部拨付到位，请各单位登录系统申报。", "剩余2075字"])(
    "but a count that is no paywall's note is not: %s",
    (line) => expect(previewEndReason(line)).toBeNull(),
  );

  it.each(["…………剩余2075字需开通会员后阅读…………", "……本文剩余3218字，开通VIP会员查看全文……"])(
    "goes, and does not join the cut paragraph: %s",
    (note) => {
      const text = mineText(page(note))
        .speeches.flatMap((s) => s.blocks.map((b) => b.text))
        .join("\n");
      expect(text).not.toContain("剩余");
      expect(text).toContain("对动火、受限空间等危险作业实行票证管理，作业前必须");
    },
  );

  it("but a speech's sentence about a remaining sum stays", () => {
    const sentence = "剩余1200万元专项资金要在年底前全部拨付到位，财务部要跟踪问效，确保专款专用。";
    const lines = page("").split("\n");
    lines.splice(6, 2, sentence, "");
    const text = mineText(lines.join("\n")).speeches.flatMap((s) => s.blocks.map((b) => b.text));
    expect(text).toContain(sentence.trim());
  });
});
