import { describe, expect, it } from "vitest";
import { removalReason, removeNoiseFromPage } from "../testing/page-noise";
import { decodeDocument } from "./decode-document";
import { htmlToText, looksLikeHtml } from "./decode-html";
import { isTitleLine } from "./outline-patterns";
import { splitTabbedCells } from "./tab-cells";
import { mineText } from "./text-pipeline";

// Files written for these tests in the shapes of a sixth batch: a site's RSS feed, a page laid out as a table, an
// online document with tracked changes and comments, a blog whose sidebar comes first.
const TITLE = "在全镇秋冬季安全生产工作会议上的讲话";
const OPENING = "今天召开全镇秋冬季安全生产工作会议，主要任务是分析当前形势，部署秋冬季安全生产重点工作。";
const BODY = "各村要对辖区内的自建房、小作坊和出租屋逐户开展安全检查，发现隐患立即督促整改，确保不留死角。";
const BODY2 = "镇安监站要加强对重点企业的执法检查，对拒不整改的企业依法从严处理，形成有力震慑。";

describe("documents in other shapes", () => {
  it("reads a feed's articles out of their CDATA", () => {
    const feed = `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>某镇政府网</title>
      <item><title>${TITLE}</title><description><![CDATA[<p>同志们：</p><p>${OPENING}</p><p>${BODY}</p>]]></description>
      <pubDate>Mon, 11 Dec 2023 09:15:02 +0800</pubDate></item></channel></rss>`;
    expect(looksLikeHtml(feed)).toBe(true);
    const lines = htmlToText(feed).split("\n");
    expect(lines).toEqual(expect.arrayContaining([TITLE, "同志们：", OPENING, BODY]));
  });

  it("reads a feed whose articles' HTML is escaped (&lt;p&gt;)", async () => {
    const escaped = ["同志们：", OPENING, BODY].map((p) => `&lt;p&gt;${p}&lt;/p&gt;`).join("");
    const feed = `<?xml version="1.0"?><rss><channel><item><title>${TITLE}</title><description>${escaped}</description></item></channel></rss>`;
    const decoded = await decodeDocument("feed.xml.txt", new TextEncoder().encode(feed));
    expect(decoded.lines.map((l) => l.text).filter(Boolean)).toEqual([TITLE, "同志们：", OPENING, BODY]);
  });

  it("sets a table layout's navigation column apart from the article column", () => {
    const nav = ["镇情概况", "机构职能", "领导之窗", "工作动态", "通知公告", "政策文件"];
    const article = [TITLE, "（2024年5月28日）", "同志们：", OPENING, BODY, BODY2];
    const lines = nav.map((cell, i) => ({ text: `${cell}\t${article[i]}`, lineNo: i + 1 }));
    const split = splitTabbedCells(lines).map((l) => l.text);
    expect(split).toEqual([...nav, "", ...article]);
    const mined = mineText(lines.map((l) => l.text).join("\n"));
    expect(mined.speeches).toHaveLength(1);
    expect(mined.speeches[0]!.title).toBe(TITLE);
    expect(mined.speeches[0]!.blocks.map((b) => b.text)).toEqual([OPENING, BODY, BODY2]);
    // A few tabs in a speech change nothing.
    const few = [TITLE, `同志们：\t`, OPENING].map((text, i) => ({ text, lineNo: i + 1 }));
    expect(splitTabbedCells(few)).toEqual(few);
  });

  it("accepts an online document's tracked changes and removes its comment lines", () => {
    const page = [
      TITLE,
      "同志们：",
      `近期[删除: 外省](张科长)一家企业发生事故。[插入: 要抓好从业人员培训。](王芳)${BODY}`,
      "批注（张科长）：这里不点具体省份，已删。",
      BODY2,
    ];
    const { kept, removed } = removeNoiseFromPage(page);
    expect(kept).toEqual([TITLE, "同志们：", `近期一家企业发生事故。要抓好从业人员培训。${BODY}`, BODY2]);
    expect(removalReason(removed, page[3]!)).toBe("批注");
  });

  it("reads labels, a column's name and 前一篇 as the page's, not as titles", () => {
    expect(isTitleLine("讲话材料（215）")).toBe(false);
    expect(isTitleLine("讲话稿")).toBe(false);
    expect(isTitleLine("县长讲话材料")).toBe(true);
    const page = [
      "标签：安全生产 讲话稿 分类：讲话材料",
      TITLE,
      "同志们：",
      OPENING,
      BODY,
      "前一篇：在全镇防汛工作会议上的讲话",
    ];
    const mined = mineText(page.join("\n"));
    expect(mined.speeches.map((s) => s.title)).toEqual([TITLE]);
  });
});
