import { describe, expect, it } from "vitest";
import { looksLikeHtml } from "./decode-html";
import { mineDocument } from "./mine-document";
import { mineText } from "./text-pipeline";

// Pages written for these tests in the shapes of set 14: the copies that tools keep of a page (a search engine's
// cached snapshot with its keywords in <span>, a browser extension's "save as text" with its markers, a note app's
// clip, a collector's export, a document app's draft with comment cards).
const TITLE = "在全县安全生产工作会议上的讲话";
const OPENING = "今天召开全县安全生产工作会议，主要任务是总结上半年工作，分析当前形势，部署下半年重点任务。";
const BODY = "各乡镇要对辖区内企业逐一开展排查，建立隐患台账，落实整改责任、措施、资金、时限和预案。";
const LESSON = "今年以来，邻县接连发生两起较大事故，教训十分深刻。事故调查表明，直接原因都是违章作业。";
const CLOSING = "同志们，安全生产责任重于泰山，希望大家守土尽责，确保全县安全形势持续稳定。";
const hl = (w: string) => `<span style="background-color:#ffff66;color:black">${w}</span>`;

const blockTexts = (text: string) => mineText(text).speeches.flatMap((s) => s.blocks.map((b) => b.text));

describe("copies that tools keep of a page", () => {
  it("reads a search engine's snapshot as text: its notice goes, its highlighted keywords stay in their lines", () => {
    const page = [
      "这是 http://www.example.org.cn/ldjh/1736.html 的快照，是该网页在 2023年5月9日 03:12:47 GMT 被抓取时的外观。",
      "当前页在此期间可能已经更改。",
      "查看当前页面",
      "以下搜索关键词已被高亮显示： 安全生产 讲话",
      "本快照与网页作者无关，不对其内容负责。",
      "------------------------------------------------------------",
      "××市安全协会 | 网站首页 | 协会概况 | 政策法规 | 联系我们",
      `在全县${hl("安全生产")}工作会议上的${hl("讲话")}`,
      "同志们:",
      `    今天召开全县${hl("安全生产")}工作会议，主要任务是总结上半年工作，分析当前形势，部署下半年重点任务。`,
      `    一、全面${hl("排查")} 各乡镇要对辖区内企业逐一开展排查，建立隐患台账，落实整改责任、措施、资金、时限和预案。`,
      `    ${CLOSING}`,
    ].join("\n");
    expect(looksLikeHtml(page.repeat(3))).toBe(false);
    const { speeches } = mineText(page);
    expect(speeches).toHaveLength(1);
    expect(speeches[0]!.title).toBe(TITLE);
    const texts = speeches[0]!.blocks.map((b) => b.text);
    expect(texts).toEqual([OPENING, "一、全面排查", BODY, CLOSING]);
  });

  it("still reads a page's source with block tags as HTML", () => {
    const source = Array.from({ length: 12 }, () => `<p><span>${BODY}</span></p>`).join("\n");
    expect(looksLikeHtml(source)).toBe(true);
  });

  it("cuts an extension's markers for pictures and buttons without splitting the paragraph they stand in", () => {
    const page = [
      "页面标题：××集团召开安全生产工作会议_集团要闻_××集团有限公司",
      "[图片: ××集团 logo]",
      TITLE,
      "同志们：",
      OPENING,
      `${LESSON.slice(0, 25)}[图片: 总经理×××讲话] ${LESSON.slice(25)}`,
      `${BODY.slice(0, 20)}[按钮: 展开全文] 剩余62%未读${BODY.slice(20)}`,
      CLOSING,
      "[按钮: 收藏]　[按钮: 打印]",
    ].join("\n");
    const { speeches } = mineText(page);
    expect(speeches).toHaveLength(1);
    expect(speeches[0]!.title).toBe(TITLE);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual([OPENING, LESSON, BODY, CLOSING]);
  });

  it("takes a document app's comment cards between a draft's paragraphs, and only their head without buttons", () => {
    const card = ["评论", "××（区应急局） 05-20 10:14", "这个数字和通报对不上，请再核一下", "回复 · 解决"];
    const texts = blockTexts(
      [TITLE, "同志们：", OPENING, ...card, LESSON, "评论", "王科长 05-21 09:02", BODY, CLOSING].join("\n"),
    );
    expect(texts).toEqual([OPENING, LESSON, BODY, CLOSING]);
  });

  it("cuts a clerk's own note from inside a sentence, and reads a collector's 标题： field as the title", () => {
    const noted = "今年以来全县发生事故×起【待核：数字换成最新的】，同比有所下降，但风险隐患依然不少。";
    const { speeches } = mineText(["标题：" + TITLE, "正文：", "同志们：", OPENING, noted, CLOSING].join("\n"));
    expect(speeches[0]!.title).toBe(TITLE);
    const texts = speeches[0]!.blocks.map((b) => b.text);
    expect(texts).toContain("今年以来全县发生事故×起，同比有所下降，但风险隐患依然不少。");
    expect(texts.join("")).not.toMatch(/待核|标题/);
  });

  it("keeps a flush-left paragraph after an indented one apart, and drops a link to a topic page", () => {
    const page = [
      TITLE,
      "同志们：",
      "　　" + OPENING,
      "　　" + LESSON,
      BODY,
      "进入专题：守护平安 喜迎新春",
      "　　" + CLOSING,
    ].join("\n");
    expect(blockTexts(page)).toEqual([OPENING, LESSON, BODY, CLOSING]);
  });

  it("keeps a speech's own words that a tool's notices also use, and a clerk's note that holds the figure", () => {
    const photo = "要充分利用随手拍平台，群众发现隐患可拍下现场的快照上传，相关部门限时处置。";
    const search = "网信部门要安排专人搜索关键词，及时发现涉及我县安全生产的网络舆情。";
    const figure = "全县共排查整治各类隐患【待核：1263】处，同比有所增长，整改率达到九成以上。";
    const texts = blockTexts([TITLE, "同志们：", OPENING, photo, search, figure, CLOSING].join("\n"));
    expect(texts).toEqual([OPENING, photo, search, figure, CLOSING]);
  });

  it("reads an article's markup of sections and spans as HTML, and a date under 评论 as no comment card", () => {
    const section = (t: string) => `<section style="margin:0;padding:0"><span style="color:#333">${t}</span></section>`;
    const article = [TITLE, OPENING, LESSON, BODY, BODY, CLOSING];
    expect(looksLikeHtml([...article, ...article].map(section).join(""))).toBe(true);
    const texts = blockTexts(
      [TITLE, "同志们：", OPENING, "评论", "2024-05-20 10:14", LESSON, BODY, CLOSING].join("\n"),
    );
    expect(texts).toContain(LESSON);
  });

  it("mines a snapshot file whose every line has its keywords highlighted, line by line", async () => {
    const mark = (t: string) => ["安全", "排查", "责任", "会议", "事故"].reduce((m, w) => m.replaceAll(w, hl(w)), t);
    const lines = [mark(TITLE), "同志们：", mark(OPENING), mark(LESSON), mark(BODY), mark(BODY), mark(CLOSING)];
    const text = lines.join("\n");
    expect((text.match(/<\/?span/g) ?? []).length).toBeGreaterThanOrEqual(20);
    expect(looksLikeHtml(text)).toBe(false);
    const mined = await mineDocument("snapshot.txt", new TextEncoder().encode(text));
    expect(mined.speeches[0]!.title).toBe(TITLE);
    expect(mined.speeches[0]!.blocks.map((b) => b.text)).toEqual([OPENING, LESSON, BODY, BODY, CLOSING]);
  });
});
