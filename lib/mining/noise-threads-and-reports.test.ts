import { describe, expect, it } from "vitest";
import { removalReason, removeNoiseFromPage } from "../testing/page-noise";
import { mineText } from "./text-pipeline";

// Pages written for these tests in the shapes of set 19's: a 公众号 with its 精选留言, a village forum thread whose
// author cards stand on lines of their own, a paper's report above the speech it prints.
const TITLE = "在全乡冬季防火安全工作会议上的讲话";
const OPENING = "今天召开全乡冬季防火安全工作会议，主要任务是分析当前防火形势，安排部署今冬明春防火工作。";
const BODY = "各村要对柴草堆放、电动车充电和独居老人家中用火用电情况逐户排查，发现问题当场督促整改。";
const BODY2 = "乡派出所和综治办要加强野外用火巡查，对违规烧荒、上坟烧纸的行为依法劝阻和查处。";
const CLOSING = "同志们，防火工作责任重大，希望大家守土尽责，确保全乡火灾形势平稳。";
const SPEECH = [TITLE, "同志们：", OPENING, BODY, BODY2, CLOSING];

describe("a 公众号's comments", () => {
  it("removes the comments under 精选留言, the box above them and the names of those who wrote", () => {
    const page = [
      ...SPEECH,
      "阅读 1024",
      "留言",
      "写下你的留言",
      "精选留言",
      "东山村老周",
      "讲得实在，村里明天就开始查！",
    ];
    page.push("9", "乡中心学校", "我们马上组织师生学习防火知识。", "作者已设置关注后才可以留言");
    const { kept, removed } = removeNoiseFromPage(page);
    expect(kept).toEqual(SPEECH);
    expect(removalReason(removed, "讲得实在，村里明天就开始查！")).toBe("网友评论");
    expect(removalReason(removed, "东山村老周")).toBe("网友评论");
  });
});

describe("a forum thread with its authors' cards on lines of their own", () => {
  const card = (name: string, floor: number, time: string) => [
    name,
    "UID 4411",
    "积分 230",
    "帖子 19",
    `${floor}楼`,
    `发表于 ${time} | 只看该作者`,
  ];
  const buttons = ["回复 | 引用 | 举报", "--------------------"];

  it("removes the others' replies, each post's signature and the poster's note that continues the post above", () => {
    const page = ["乡村论坛 › 村务交流", ...card("山里娃", 1, "2025-12-01 20:10:05"), TITLE, "同志们：", OPENING, BODY];
    page.push(...buttons, "平平安安过冬天。", ...card("山里娃", 2, "2025-12-01 20:16:40"), "接上楼，继续贴全文：");
    page.push(BODY2, CLOSING, ...buttons, "平平安安过冬天。", ...card("河边钓鱼人", 3, "2025-12-01 21:02:11"));
    page.push("支持一下，书记说得在理，我们组明天就把柴草挪走。", ...buttons, "钓鱼不如守家。");
    const { kept, removed } = removeNoiseFromPage(page);
    expect(kept).toEqual(SPEECH);
    expect(removalReason(removed, "平平安安过冬天。")).toBe("帖子签名");
    expect(removalReason(removed, "支持一下，书记说得在理，我们组明天就把柴草挪走。")).toBe("论坛回帖");
  });

  it("keeps a speech's own line under a rule drawn below its text, not below a forum's buttons", () => {
    const page = [...SPEECH.slice(0, 4), "--------------------", "隐患险于明火，防范胜于救灾。", BODY2, CLOSING];
    expect(removeNoiseFromPage(page).kept).toContain("隐患险于明火，防范胜于救灾。");
  });
});

describe("a paper's report of the meeting above the speech it prints", () => {
  it("removes the dateline's report, the paper's 〔摘要〕 mark and a mirror's note on its script conversion", () => {
    const report = "本报讯（记者 ××× 通讯员 ×××）12月1日，全乡冬季防火安全工作会议召开。乡长×××出席会议并讲话。";
    const attended = "乡直各单位、各村主要负责同志参加会议。";
    const page = ["××日报", report, attended, TITLE, "（2025年12月1日）", "〔摘要〕", OPENING, BODY, BODY2, CLOSING];
    page.push("（本文由简体自动转换为繁体，如有错漏请以原文为准）");
    const mined = mineText(page.join("\n"));
    expect(mined.speeches).toHaveLength(1);
    expect(mined.speeches[0]!.title).toBe(TITLE);
    expect(mined.speeches[0]!.blocks.map((b) => b.text)).toEqual([OPENING, BODY, BODY2, CLOSING]);
    const { removed } = removeNoiseFromPage(page);
    expect(removalReason(removed, report)).toBe("新闻报道");
    expect(removalReason(removed, attended)).toBe("新闻报道");
    expect(removalReason(removed, "〔摘要〕")).toBe("摘要标记");
  });

  it("keeps a speech's own sentence about the meeting", () => {
    const own = "这次会议的主要任务是，总结今年防火工作，部署今冬明春重点任务。";
    expect(removeNoiseFromPage([TITLE, "同志们：", own, BODY, CLOSING]).kept).toContain(own);
  });
});
