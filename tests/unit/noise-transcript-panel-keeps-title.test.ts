import { describe, expect, it } from "vitest";
import { mineText } from "../../lib/mining/text-pipeline";

// A page written for these tests in the shape of a 文案提取 web tool's result: the tool's AI summary, then the video's
// title and its speaker, then the chapter list, then the label over the transcript.
const lines = [
  "字幕宝 - 视频文案在线提取",
  "开始提取",
  "提取成功！耗时3.9秒",
  "AI总结：视频讲述化工企业夏季安全生产工作，强调要正视高温季节风险，排查储罐和管廊隐患，压实各级安全责任。",
  "在公司2025年夏季安全生产工作会议上的讲话",
  "青岚化工集团有限公司总经理　邵启明",
  "章节速览",
  "00:00 会议开场",
  "01:12 正视夏季安全形势",
  "文案全文（已自动分段，可能存在识别误差）",
  "同志们：",
  "今天，我们召开公司夏季安全生产工作会议，主要任务是分析高温季节安全形势，部署夏季安全生产重点工作。刚才，安全环保部通报了春季检查情况，我都赞同。",
  "一、正视夏季安全形势",
  "今年以来，公司没有发生生产安全责任事故，但储罐区的跑冒滴漏比去年同期多了5起，高温季节的安全压力明显加大。",
  "同志们，夏季安全生产关系每一名职工的生命安全，希望大家守好每一座储罐、每一段管廊。",
];

describe("a transcript tool's panels around the video's title and speaker", () => {
  it("keeps the title and the speaker, and takes the panels down to the transcript's label", () => {
    const r = mineText(lines.join("\n"));
    expect(r.speeches[0]?.title).toBe("在公司2025年夏季安全生产工作会议上的讲话");
    const removed = r.removed.map((x) => x.text.replace(/\s/g, ""));
    expect(removed).not.toContain("在公司2025年夏季安全生产工作会议上的讲话");
    expect(removed).not.toContain("青岚化工集团有限公司总经理邵启明");
    const reasonOf = (line: string) =>
      r.removed.find((x) => x.text.replace(/\s/g, "") === line.replace(/\s/g, ""))?.reason;
    for (const panel of [lines[6]!, lines[7]!, lines[8]!, lines[9]!])
      expect(reasonOf(panel)).toBe("文案提取工具的面板");
    // The tool's AI summary on its label's line above the title is read as any page's summary there (noise-summary-labels.ts).
    expect(reasonOf(lines[3]!)).toBe("正文前的摘要");
    const texts = r.speeches.flatMap((s) => s.blocks.map((b) => b.text)).join("\n");
    expect(texts).not.toContain("正视夏季安全形势\n今天");
    expect(texts).not.toContain("AI总结");
  });
});
