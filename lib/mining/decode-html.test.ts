import { describe, expect, it } from "vitest";
import { decodeDocument } from "./decode-document";
import { htmlToText, looksLikeHtml } from "./decode-html";

// A county portal's article saved as its HTML source, written for this test.
const PAGE = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>在全县安全生产工作会议上的讲话_领导讲话</title>
<script>var _hmt = _hmt || []; (function(){ var hm = document.createElement("script"); })();</script>
<style>.article p { text-indent: 2em; }</style></head>
<body><div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li></ul></div>
<!-- 正文开始 -->
<h1 class="title">在全县安全生产工作会议上的讲话</h1>
<p style="text-align:center">县长&nbsp;张伟</p>
<p>同志们：</p>
<p>今天召开全县安全生产工作会议，主要任务是&ldquo;总结、分析、部署&rdquo;。</p>
<p><strong>一、清醒认识形势</strong></p>
<p>各乡镇要压实属地责任，<span style="display:none">某某网版权所有</span>深入开展隐患排查整治。<br/>
各部门要强化行业监管。</p>
</body></html>`;

describe("a page saved as its HTML source", () => {
  it("is recognised by its doctype, or by more tags than lines", () => {
    expect(looksLikeHtml(PAGE)).toBe(true);
    expect(looksLikeHtml("<p>一段</p>".repeat(25))).toBe(true);
    expect(looksLikeHtml("在全县安全生产工作会议上的讲话\n同志们：\n要落实<安全生产法>的规定。")).toBe(false);
  });

  it("reads as the text a browser shows: blocks on lines of their own, entities decoded, hidden text left out", () => {
    expect(htmlToText(PAGE).split("\n")).toEqual([
      "首页",
      "",
      "政务公开",
      "",
      "在全县安全生产工作会议上的讲话",
      "",
      "县长 张伟",
      "",
      "同志们：",
      "",
      "今天召开全县安全生产工作会议，主要任务是“总结、分析、部署”。",
      "",
      "一、清醒认识形势",
      "",
      "各乡镇要压实属地责任，深入开展隐患排查整治。",
      "各部门要强化行业监管。",
    ]);
  });

  it("is decoded into those lines on upload", async () => {
    const decoded = await decodeDocument("page.txt", new TextEncoder().encode(PAGE));
    expect(decoded.format).toBe("txt");
    expect(decoded.lines.map((l) => l.text)).toContain("一、清醒认识形势");
    expect(decoded.text).not.toMatch(/<|hmt|某某网/);
  });
});

describe("a source line break inside a paragraph of a page's HTML", () => {
  const first = "成绩值得肯定，问题同样突出。有的县区工作推进明显滞后，重大隐患整改率还不到六成。";
  const second = "4月上旬某区一家物流仓库发生火灾，暴露出仓储场所违规住人等问题，教训十分深刻。";

  it("after a sentence's end runs the sentences on, as a browser shows them (no space to split the paragraph at)", () => {
    expect(htmlToText(`<div><p style="text-indent:2em;">${first}\n${second}</p></div>`)).toBe(first + second);
  });

  it("keeps its line where the element keeps white space (a style's white-space: pre-wrap, as <pre> does)", () => {
    const html = `<div class="content" style="white-space: pre-wrap;">${first}\n${second}</div>`;
    expect(htmlToText(html).split("\n")).toEqual([first, second]);
  });
});
