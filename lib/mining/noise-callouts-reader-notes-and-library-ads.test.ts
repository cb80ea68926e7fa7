import { describe, expect, it } from "vitest";
import { removalReason } from "../testing/page-noise";
import { cleanTitle } from "./outline-patterns";
import { mineText } from "./text-pipeline";

// Pages written for these tests in the shapes of set 135a's: a wiki's Markdown export of a draft with callouts among
// its paragraphs, an e-reader's chapter exported with the reader's notes, a personal library's page with an advert
// set inside a paragraph.
const TITLE = "在全镇汛期地质灾害防范工作会议上的讲话";
const OPENING =
  "今天召开全镇汛期地质灾害防范工作会议，主要是分析当前形势，部署汛期防范工作。刚才，镇自然资源所通报了隐患点排查情况，我都同意。";
const BODY = [
  "全镇现有地质灾害隐患点17处，威胁群众86户312人，其中3处为今年新增的切坡建房隐患，群众搬迁意愿不强，监测任务很重。",
  "各村要落实隐患点“两卡一表”，明确群测群防员，汛期每天至少巡查一次，强降雨期间加密巡查，发现裂缝、鼓胀等异常立即上报。",
  "镇应急办要储备好救援物资，组织一次转移避险演练，确保险情发生时群众能在半小时内撤离到安全地带。",
];
const CLOSING = "同志们，汛期已经到来，希望大家绷紧防汛这根弦，确保全镇人民群众生命财产安全。";
const blocksOf = (text: string) => mineText(text).speeches.flatMap((s) => s.blocks.map((b) => b.text));

describe("a wiki's Markdown export of a draft, with callouts among its paragraphs", () => {
  it("removes a callout opened by its icon; a quotation the speech sets off with > stays, an icon before it too", () => {
    const note = "> 💡 按主任意见，第二段的户数已按4月底台账更新。——小梁";
    const quoted = "> 省自然资源厅要求：汛期地质灾害隐患点巡查要做到全覆盖、无死角。";
    const leader = "> 📢 省委书记强调：防汛工作要立足于防大汛、抗大险、救大灾。";
    const page = [`**${TITLE}**`, "", "同志们：", "", OPENING, "", "## 一、摸清底数", "", BODY[0]!, "", note, ""];
    page.push(BODY[1]!, "", quoted, "", leader, "", "## 二、压实责任", "", BODY[2]!, "", CLOSING);
    const mined = mineText(page.join("\n"));
    const blocks = mined.speeches.flatMap((s) => s.blocks.map((b) => b.text));
    expect(blocks.join("")).not.toContain("按主任意见");
    expect(removalReason(mined.removed, note)).toBe("文档批注");
    expect(blocks).toContain(quoted.slice(2));
    expect(blocks).toContain(leader.slice(5));
  });
});

describe("an e-reader's chapter exported with the reader's notes", () => {
  it("removes each note's head, the words underlined, the passage and the thought; the paragraph after stays", () => {
    const highlight = [
      "◇ 划线　2023/08/02 21:40",
      `「${BODY[0]!.slice(0, 20)}」`,
      "我的想法：切坡建房这个提法好，下次用上。",
    ];
    const thought = [
      "◇ 想法　2023/08/02 21:52",
      `原文：${BODY[1]!.slice(0, 18)}`,
      "我的想法：两卡一表要问问村里有没有发到户。",
    ];
    const page = [`◆ 第三篇　${TITLE}`, "", "　　同志们：", `　　${OPENING}`, `　　${BODY[0]!}`, ""];
    page.push(...highlight.map((t) => `　　${t}`), `　　${BODY[1]!}`, ...thought.map((t) => `　　${t}`));
    page.push(`　　${BODY[2]!}`, `　　${CLOSING}`);
    const mined = mineText(page.join("\n"));
    expect(mined.speeches.map((s) => s.title)).toEqual([TITLE]);
    expect(mined.speeches[0]!.blocks.map((b) => b.text)).toEqual([OPENING, ...BODY, CLOSING]);
    expect(removalReason(mined.removed, thought[2]!)).toBe("阅读器笔记（划线与想法）");
  });

  it("drops the glyph and the collection's marker glued to a title, not a title's own words", () => {
    expect(cleanTitle(`◆第三篇${TITLE}`)).toBe(TITLE);
    expect(cleanTitle("◆全镇汛期地质灾害防范工作会议讲话要点")).toBe("◆全镇汛期地质灾害防范工作会议讲话要点");
  });
});

describe("a personal library's page with an advert set inside a paragraph", () => {
  const cut = BODY[1]!.indexOf("上报");
  const ad = "讲话稿写作训练营｜21天搞定开场和结尾 >>立即报名";

  it("removes the lone save button and the advert, and joins the two halves of the sentence", () => {
    const head = [TITLE, "2023-07-12　老李的材料库　阅 1520 转 88", "转藏到我的图书馆", "", "镇长　赵明远", "同志们："];
    const body = [OPENING, BODY[0]!].map((t) => `　　${t}`);
    body.push(`　　${BODY[1]!.slice(0, cut)}`, ad, BODY[1]!.slice(cut), `　　${BODY[2]!}`, `　　${CLOSING}`);
    const mined = mineText([...head, ...body].join("\n"));
    expect(mined.speeches[0]!.blocks.map((b) => b.text)).toEqual([OPENING, ...BODY, CLOSING]);
    expect(removalReason(mined.removed, "转藏到我的图书馆")).toBe("论坛界面文字");
    expect(removalReason(mined.removed, ad)).toBe("广告");
  });

  it("keeps a paragraph after an advert apart when it opens indented, and a speech's own call to sign up", () => {
    const own = "请各村在本周五前立即报名参加镇里组织的群测群防员培训。";
    const body = [OPENING, BODY[0]!.replace(/。$/, "")].map((t) => `　　${t}`);
    body.push(ad, `　　${BODY[1]!}`, `　　${own}`, `　　${CLOSING}`);
    expect(blocksOf([TITLE, "同志们：", ...body].join("\n"))).toEqual([
      OPENING,
      BODY[0]!.replace(/。$/, ""),
      BODY[1]!,
      own,
      CLOSING,
    ]);
  });
});
