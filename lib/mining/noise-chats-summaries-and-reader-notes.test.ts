import { describe, expect, it } from "vitest";
import { removalReason } from "../testing/page-noise";
import { markUnnumberedHeadings } from "./unnumbered-headings";
import { mineText } from "./text-pipeline";
import type { Paragraph } from "./types";

// Pages written for these tests in the shapes of set 28's: a speech pasted into a chat group over several messages,
// a 文库 page's AI summary, a 政策解读 page's 【图解】 captions and 相关文件, an e-reader's notes export, a 范文
// page's second speech without a title, a .docx whose list numbering was taken off, a 【推广】 ad.
const TITLE = "在全县建筑施工安全生产工作会议上的讲话";
const OPENING =
  "今天召开全县建筑施工安全生产工作会议，主要任务是分析当前建筑施工安全形势，部署下一阶段重点工作。刚才，县住建局通报了一季度检查情况，我完全同意。";
const SITUATION =
  "去年以来，全县建筑施工安全形势总体平稳，但在建项目多、外来务工人员流动大，高处坠落、物体打击事故时有发生，形势不容乐观。";
const CHECK =
  "各乡镇、各部门要对在建工地开展一次拉网式排查，重点检查深基坑、高支模、起重机械和脚手架，建立隐患台账，实行整改销号。";
const DUTY =
  "建设单位要落实首要责任，施工单位要落实主体责任，监理单位要落实监理责任，对责任不落实导致事故的，依法依规严肃追责问责。";
const CLOSING = "同志们，建筑施工安全责任重大。希望大家以更加务实的作风抓好各项工作落实，谢谢大家！";
const blocksOf = (page: string[]) => mineText(page.join("\n")).speeches.flatMap((s) => s.blocks.map((b) => b.text));

describe("a speech pasted into a chat group, the sender's name over the time", () => {
  const head = (who: string, time: string) => [who, `2024-04-01 ${time}`];
  const page = [
    "微信聊天记录导出 · 群聊：××县建筑施工安全工作群（38人）",
    "——————  2024年4月1日  ——————",
    "",
    ...head("县住建局-周××", "15:03:27"),
    TITLE,
    "同志们：",
    OPENING,
    SITUATION,
    "",
    ...head("××镇-吴××", "15:04:36"),
    "收到，马上组织排查",
    "",
    ...head("县住建局-周××", "15:05:02"),
    CHECK,
    "建设单位要落实首要责任，施工单位要落实主体责任，监理单位要落实监理责任，",
    "",
    ...head("××乡安监站-郑××", "15:05:51"),
    "周科，排查台账需要报县里吗？",
    "",
    ...head("县住建局-周××", "15:06:30"),
    "对责任不落实导致事故的，依法依规严肃追责问责。",
    CLOSING,
  ];

  it("removes the names, the times and the others' messages; a paragraph cut between two messages is one", () => {
    const mined = mineText(page.join("\n"));
    expect(mined.speeches.map((s) => s.title)).toEqual([TITLE]);
    expect(mined.speeches[0]!.blocks.map((b) => b.text)).toEqual([OPENING, SITUATION, CHECK, DUTY, CLOSING]);
    expect(removalReason(mined.removed, "县住建局-周××")).toBe("聊天记录");
    expect(removalReason(mined.removed, "周科，排查台账需要报县里吗？")).toBe("聊天记录");
  });

  it("runs no heading the poster sent as a message of its own into the next", () => {
    const heading = "认清形势，切实增强做好建筑施工安全工作的紧迫感";
    const chat = [...head("县住建局-周××", "15:03:27"), TITLE, "同志们：", OPENING, ""];
    chat.push(...head("县住建局-周××", "15:04:00"), heading, "", ...head("县住建局-周××", "15:04:30"), SITUATION);
    chat.push("", ...head("××镇-吴××", "15:05:00"), "收到", "", ...head("县住建局-周××", "15:05:30"), CHECK, CLOSING);
    const blocks = mineText(chat.join("\n")).speeches[0]!.blocks;
    expect(blocks.map((b) => b.text)).toEqual([OPENING, heading, SITUATION, CHECK, CLOSING]);
  });

  it("reads no chat in a portal's headlines over the times they were posted", () => {
    const portal = [TITLE, "2024-04-01 15:03:27", "同志们：", OPENING, "", SITUATION, "", CHECK, "", CLOSING, ""];
    portal.push("相关新闻", "全县召开安全生产工作会议", "2024-03-28 10:12:00", "3月28日，全县召开安全生产工作会议。");
    portal.push("县应急局开展隐患排查", "2024-03-20 09:15:33", "3月20日，县应急局组织开展了全县范围的隐患排查。");
    const mined = mineText(portal.join("\n"));
    expect(mined.speeches[0]!.title).toBe(TITLE);
    expect(mined.speeches[0]!.blocks.map((b) => b.text).slice(0, 2)).toEqual([OPENING, SITUATION]);
  });

  it("reads no chat in a speech that names a unit over a date and time once", () => {
    const own = ["县应急管理局值班室", "2024-04-01 08:30"];
    expect(blocksOf([TITLE, "同志们：", OPENING, SITUATION, ...own, CHECK, DUTY, CLOSING])).toContain(SITUATION);
    expect(blocksOf([TITLE, "同志们：", OPENING, SITUATION, ...own, CHECK, DUTY, CLOSING])).toContain(CHECK);
  });
});

describe("a 文库 page's AI summary and a 政策解读 page's captions", () => {
  it("removes the summary box, its buttons and the outline above the preview: one speech", () => {
    const page = ["在全县建筑施工安全生产工作会议上的讲话", "上传者：wk_用户8×××　|　2024-05-08 上传　|　3页", ""];
    page.push("✦ AI智能总结", "本文为县领导在建筑施工安全生产工作会议上的讲话，分析了形势，部署了隐患排查和责任落实。");
    page.push("以上内容由AI生成，仅供参考", "👍 有用　👎 无用", "", "大纲", "1. 会议开场", "2. 安全形势");
    page.push("展开全部大纲 ∨", "", "文档预览", "", TITLE, "同志们：", OPENING, SITUATION, CHECK, DUTY, CLOSING);
    const mined = mineText(page.join("\n"));
    expect(mined.speeches.map((s) => s.title)).toEqual([TITLE]);
    expect(mined.speeches[0]!.blocks.map((b) => b.text)).toEqual([OPENING, SITUATION, CHECK, DUTY, CLOSING]);
    expect(removalReason(mined.removed, "✦ AI智能总结")).toBe("正文前的摘要");
  });

  it("removes a 【图解】 caption between paragraphs and a list under 相关文件", () => {
    const caption = "【图解】一图读懂全县建筑施工安全“六查六严”";
    const page = [TITLE, "同志们：", OPENING, SITUATION, caption, CHECK, DUTY, CLOSING, "", "相关文件"];
    page.push("· ××县建筑施工安全专项整治工作方案", "· 关于进一步加强建筑施工安全管理的通知");
    const mined = mineText(page.join("\n"));
    expect(mined.speeches[0]!.blocks.map((b) => b.text)).toEqual([OPENING, SITUATION, CHECK, DUTY, CLOSING]);
    expect(removalReason(mined.removed, caption)).toBe("图片说明");
  });

  it("removes a 【推广】 ad ending in its button; a sentence that opens with 推广 stays", () => {
    const ad = "【推广】夏日空调清洗套餐低至299元　按此了解详情";
    const own = "推广使用智慧工地监管平台，让监管人员了解更多";
    const mined = mineText([TITLE, "同志们：", OPENING, SITUATION, ad, own, CHECK, DUTY, CLOSING].join("\n"));
    expect(removalReason(mined.removed, ad)).toBe("广告");
    expect(mined.speeches[0]!.blocks.map((b) => b.text)).toContain(own);
  });

  it("keeps a sentence that a picture's label runs into, without the label", () => {
    const own = "各乡镇要对在建工地开展一次拉网式排查，建立隐患台账，实行整改销号。";
    const mined = mineText([TITLE, "同志们：", OPENING, SITUATION, `【图片】${own}`, DUTY, CLOSING].join("\n"));
    expect(mined.speeches[0]!.blocks.map((b) => b.text)).toContain(own);
  });
});

describe("an e-reader's notes export", () => {
  const marker = (n: number) => `◆ 第5章　${TITLE}（${n}/3）`;
  const page = ["《××县安全生产工作讲话选编（2024）》", "共 6 条笔记 · 导出自 ××阅读", ""];
  page.push(marker(1), "【原文】", TITLE, "同志们：", OPENING, "", marker(2), "【原文】", "一、认清形势");
  page.push(SITUATION, "", "【划线与想法】", "「高处坠落、物体打击事故时有发生」　3人划线　P86");
  page.push("想法：乡镇稿子可以直接套用这一段。　2024-11-02", "", marker(3), "【原文】", "二、抓好排查", CHECK);
  page.push(DUTY, CLOSING, "", "【划线与想法】", "「实行整改销号」　2人划线　P87");

  it("reads one speech with its headings; the chapter markers, labels, highlights and thoughts go", () => {
    const mined = mineText(page.join("\n"));
    expect(mined.speeches.map((s) => s.title)).toEqual([TITLE]);
    const blocks = mined.speeches[0]!.blocks;
    expect(blocks.filter((b) => b.kind === "heading").map((b) => b.text)).toEqual(["一、认清形势", "二、抓好排查"]);
    expect(blocks.filter((b) => b.kind !== "heading").map((b) => b.text)).toEqual([
      OPENING,
      SITUATION,
      CHECK,
      DUTY,
      CLOSING,
    ]);
    expect(removalReason(mined.removed, marker(2))).toBe("分部分的标记");
  });

  it("keeps a text's name in its first marker when no line of its own gives it", () => {
    const bare = page.filter((t) => t !== TITLE);
    expect(mineText(bare.join("\n")).speeches).toHaveLength(1);
    expect(mineText(bare.join("\n")).speeches[0]!.title).toContain(TITLE);
  });
});

describe("a 范文 page's second speech with only its marker", () => {
  it("gives that speech no title rather than 范文二：", () => {
    const page = ["范文一：", TITLE, "同志们：", OPENING, SITUATION, CHECK, CLOSING, "", "范文二：", "同志们："];
    page.push(OPENING.replace("建筑施工", "危险化学品"), DUTY, SITUATION.replace("建筑施工", "危险化学品"), CLOSING);
    const mined = mineText(page.join("\n"));
    expect(mined.speeches.map((s) => s.title)).toEqual([TITLE, null]);
  });

  it("takes no line under the marker for the title: a speaker stays the speaker, a slogan text", () => {
    const slogan = "安全生产责任重于泰山";
    const page = [
      "范文一：",
      TITLE,
      "同志们：",
      OPENING,
      SITUATION,
      CLOSING,
      "",
      "范文二：",
      "县住建局局长　周××",
      "同志们：",
    ];
    page.push(slogan, CHECK, DUTY, CLOSING);
    const second = mineText(page.join("\n")).speeches[1]!;
    expect([second.title, second.speaker]).toEqual([null, "县住建局局长周××"]);
    expect(second.blocks.map((b) => b.text)).toEqual([slogan, CHECK, DUTY, CLOSING]);
  });
});

describe("a .docx whose list numbering was taken off", () => {
  const para = (text: string, unnumberedListLevel?: number): Paragraph => ({
    text,
    lineNo: 1,
    hint: unnumberedListLevel ? { unnumberedListLevel } : undefined,
  });
  const levels = (body: Paragraph[]) => markUnnumberedHeadings(body).map((p) => p.hint?.headingLevel ?? null);

  it("reads its short list paragraphs as headings at the depth Word kept", () => {
    const body = [para(OPENING), para("认清形势，增强做好建筑施工安全工作的紧迫感", 1), para(SITUATION)];
    body.push(para("突出重点，全面排查整治风险隐患", 1), para("严格管控深基坑和高支模", 2), para(CHECK));
    body.push(para("深入开展起重机械隐患排查", 2), para(DUTY), para("强化担当，层层落实安全责任", 1), para(CLOSING));
    expect(levels(body)).toEqual([null, 1, null, 1, 2, null, 2, null, 1, null]);
  });

  it("reads no headings in a list of short items side by side", () => {
    const body = [para(OPENING), para("深基坑工程", 1), para("高支模工程", 1), para("起重机械安装", 1), para(CHECK)];
    body.push(para(DUTY), para("脚手架工程", 1), para("临时用电", 1), para(CLOSING));
    expect(levels(body)).toEqual(body.map(() => null));
  });

  it("reads no headings where the prose is such list paragraphs too (WPS sets numId 0 on any)", () => {
    const body = [para(OPENING, 1), para("安全生产重于泰山", 1), para(SITUATION, 1), para("人民至上、生命至上", 1)];
    body.push(para(CHECK, 1), para(DUTY, 1), para(CLOSING, 1));
    expect(levels(body)).toEqual(body.map(() => null));
  });
});
