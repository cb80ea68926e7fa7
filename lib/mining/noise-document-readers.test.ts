import { describe, expect, it } from "vitest";
import { cutInlineButtons } from "./noise-inline-buttons";
import { cutPairedRevisions } from "./noise-online-documents";
import type { Ctx } from "./noise-fragments";
import { mineText } from "./text-pipeline";

// Pages written for these tests in the shapes of set 128's 文库 and document pages: a 文库's AI reading box and its
// outline panel with page references over a preview cut by its paywall, a reader's download prompt copied into a
// sentence at a page break, a PDF reader's copy with page numbers glued to line ends and a running header under
// them, and an online document's revision note left inside a sentence.
const ctx = (): Ctx => ({ removed: [] });
const TITLE = "在全县森林防火工作推进会上的讲话";
const OPENING =
  "今天召开全县森林防火工作推进会，主要是分析当前防火形势，安排部署下一阶段重点工作，确保全县不发生重大森林火灾。";
const BODY =
  "各乡镇要组织护林员对林区坟地、林缘农田开展拉网式巡查，对野外用火行为发现一起、制止一起、处理一起，绝不手软。";
const BODY2 =
  "县林业局要会同应急管理局加强值班值守，严格落实领导带班制度，一旦发现火情，要第一时间报告、第一时间扑救。";
const blocksOf = (page: string[]) => mineText(page.join("\n")).speeches.flatMap((s) => s.blocks.map((b) => b.text));

describe("a 文库's reading aids over its preview", () => {
  const speech = [TITLE, "同志们：", OPENING, "一、认清防火形势", BODY, "二、抓实巡查值守", BODY2];
  const blocks = [OPENING, "一、认清防火形势", BODY, "二、抓实巡查值守", BODY2];

  it("takes an AI 速读 box down to its AI notice", () => {
    const page = ["AI 速读", "本文总结了全县森林防火的形势，并对巡查、值守两方面提出要求。"];
    page.push("要点1：野外用火一律制止", "要点2：值班值守严格落实", "以上内容由AI生成，仅供参考", "", ...speech);
    const { speeches } = mineText(page.join("\n"));
    expect(speeches).toHaveLength(1);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual(blocks);
  });

  it("takes a 文档大纲 panel with its entries' page references", () => {
    const page = ["文档大纲", "一、认清防火形势 ··· P1", "二、抓实巡查值守 ··· P2", "", ...speech];
    const { speeches } = mineText(page.join("\n"));
    expect(speeches).toHaveLength(1);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual(blocks);
  });

  it("cuts a preview's end glued to the last words it shows, and keeps them", () => {
    const line = "同志们，防火期还很长，希望大家咬紧牙关，确保全县森林资源……试读已结束，剩余内容需付费";
    const c = ctx();
    expect(cutInlineButtons(line, 9, c)).toBe("同志们，防火期还很长，希望大家咬紧牙关，确保全县森林资源");
    expect(c.removed.map((r) => r.text)).toEqual(["……试读已结束，剩余内容需付费"]);
    expect(blocksOf([TITLE, "同志们：", OPENING, BODY, line, "开通VIP会员，免费阅读全文"]).at(-1)).toBe(
      "同志们，防火期还很长，希望大家咬紧牙关，确保全县森林资源",
    );
  });

  it("leaves a speech's own words on a preview or a trial that ended", () => {
    for (const own of [
      "各单位在系统预览结束后再提交报表，确保数据准确。",
      "新设备试用已结束，下一步要抓好操作人员培训……",
      "试读已结束的同志，要把学习心得交到党政办。",
    ])
      expect(cutInlineButtons(own, 3, ctx())).toBe(own);
  });
});

describe("a reader's page breaks inside a sentence", () => {
  it("cuts the page's download prompt where it was copied into a sentence", () => {
    const prompt = "下载文档到手机，阅读更方便";
    const glued = `各乡镇要落实属地责任，林业部门负责巡查监管，${prompt}应急部门负责扑救力量调度，各方要密切配合。`;
    const page = ["书页文库 - 专业资料", prompt, "", TITLE, "同志们：", OPENING, BODY, glued, BODY2];
    expect(blocksOf(page)).toContain(
      "各乡镇要落实属地责任，林业部门负责巡查监管，应急部门负责扑救力量调度，各方要密切配合。",
    );
  });

  it("keeps a speech's own sentence on downloading, which holds no copy of the prompt", () => {
    const own = "群众扫码就能下载防火手册到手机，阅读更方便，各村要帮老人用好这个功能。";
    const page = [
      "书页文库 - 专业资料",
      "下载文档到手机，阅读更方便",
      "",
      TITLE,
      "同志们：",
      OPENING,
      BODY,
      own,
      BODY2,
    ];
    expect(blocksOf(page)).toContain(own);
  });

  it("takes a running header under page numbers glued to the line ends above it", () => {
    const header = "县森林防火指挥部2024年第二次会议材料";
    const page = [TITLE, "同志们：", OPENING, "各乡镇要组织护林员对林区坟地、林缘农田开展拉网式巡查，—3—"];
    page.push(
      header,
      "对野外用火行为发现一起、制止一起、处理一起，绝不手软。",
      "县林业局要会同应急管理局加强值班值守，—4—",
    );
    page.push(header, "严格落实领导带班制度，一旦发现火情，要第一时间报告、第一时间扑救。");
    const blocks = blocksOf(page);
    expect(blocks).toContain(BODY);
    expect(blocks).toContain(BODY2);
    expect(blocks.join("")).not.toContain("会议材料");
  });

  it("keeps a short line printed twice with no page number above it", () => {
    const slogan = "宁可十防九空，不可失防万一";
    const page = [TITLE, "同志们：", OPENING, BODY, slogan, BODY2, slogan, OPENING.replace("今天", "这次")];
    expect(blocksOf(page).filter((t) => t.includes("十防九空"))).toHaveLength(2);
  });
});

describe("an online document's revision note", () => {
  it("cuts a deletion noted inside a sentence with its reviser and the deleted words", () => {
    const c = ctx();
    const line = "巡查发现的问题，护林员[修订] 李晓燕 删除：“原则上”当天必须上报。";
    expect(cutPairedRevisions(line, 5, c)).toBe("巡查发现的问题，护林员当天必须上报。");
    expect(c.removed[0]!.text).toBe("[修订] 李晓燕 删除：“原则上”");
  });

  it("leaves a speech's own words on what to delete", () => {
    const own = "方案里“原则上”三个字要删除：防火责任没有例外。";
    expect(cutPairedRevisions(own, 5, ctx())).toBe(own);
  });
});
