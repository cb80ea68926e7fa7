import { describe, expect, it } from "vitest";
import { mineText } from "../../lib/mining/text-pipeline";

// A page written for these tests in the shape of a company's intranet news page that carries a speech: the page
// linked the documents the speech names, and the link's text (（点击下载）, [点击查看]) came along in the copy.
const page = (duty: string) =>
  [
    "在公司2025年安全环保工作会议上的讲话",
    "公司总经理　吕振华",
    "同志们：",
    "今天召开公司安全环保工作会议，主要是总结去年工作，部署今年任务。刚才，安全环保部通报了去年考核结果，我都同意。",
    "一、看清形势",
    "去年公司没有发生一般及以上生产安全事故，但轻伤事故仍有3起，暴露出现场管理还有不少薄弱环节。",
    "二、压实责任",
    duty,
    "同志们，安全环保工作没有终点，希望大家把各项要求落到实处。",
  ].join("\n");
const blocks = (text: string) => mineText(text).speeches.flatMap((s) => s.blocks.map((b) => b.text));

describe("a link's text after the document it links to", () => {
  it("cuts the bracketed link text and keeps the sentence whole", () => {
    for (const link of ["（点击下载）", "[点击查看]", "（点此下载附件）", "【点击阅读全文】"]) {
      const duty = `公司修订的《安全生产责任制考核细则》${link}第三章对考核扣分已有明确规定，各单位回去后要组织学习。`;
      const r = mineText(page(duty));
      const texts = blocks(page(duty));
      expect(texts).toContain(
        "公司修订的《安全生产责任制考核细则》第三章对考核扣分已有明确规定，各单位回去后要组织学习。",
      );
      expect(r.removed.find((x) => x.text === link)?.reason).toBe("网页链接文字");
    }
  });

  it("keeps a speech's own sentence on downloading, and its own brackets", () => {
    const own =
      "各单位要组织职工点击下载“安全学堂”APP，完成《岗位安全操作规程》（2025年修订版）的线上学习（不少于4学时）。";
    expect(blocks(page(own))).toContain(own);
  });
});
