import { describe, expect, it } from "vitest";
import { removalReason, removeNoiseFromPage } from "../testing/page-noise";
import { mineText } from "./text-pipeline";

// Pages written for these tests in the shapes of set 8: a 文库 preview with an AI summary, a 范文 page with boxes of
// related titles, a company's news page, a government gazette, a Q&A answer, a host script.
const TITLE = "在全市工贸行业安全生产工作会议上的讲话";
const OPENING = "今天召开全市工贸行业安全生产工作会议，主要任务是通报近期事故情况，部署下一阶段安全生产工作。";
const BODY = "各地要对粉尘涉爆、涉氨制冷、有限空间作业企业逐一开展排查，建立问题清单，逐项整改销号。";
const BODY2 = "市应急管理局要加大执法检查力度，对违法违规行为依法严肃查处，对重大隐患挂牌督办。";
const CLOSING = "同志们，安全生产责任重于泰山，希望大家守土尽责，坚决防范遏制各类事故发生。";
const SPEECH = [TITLE, "同志们：", OPENING, "一、抓好隐患排查", BODY, BODY2, CLOSING];
const blocksOf = (lines: string[]) => mineText(lines.join("\n")).speeches.map((s) => s.blocks.map((b) => b.text));

describe("previews and 范文 pages", () => {
  it("an AI summary above the preview, and a paragraph that runs on across 展开全文", () => {
    const page = ["某某文库", "", "✦ AI摘要", "本文为市领导在工贸行业安全生产会议上的讲话全文。"];
    page.push("以上内容由AI自动生成，仅供参考", "", TITLE, "同志们：", OPENING);
    page.push("各地要对粉尘涉爆、涉氨制冷、有限空间作业企业逐一", "", "展开全文", "本文档共3页，剩余2页未读", "");
    page.push("开展排查，建立问题清单，逐项整改销号。", BODY2, CLOSING);
    expect(blocksOf(page)).toEqual([[OPENING, BODY, BODY2, CLOSING]]);
  });

  it("a box of related titles between paragraphs, every bulleted title with it", () => {
    const box = [
      "【相关范文推荐】",
      "·在全县工贸行业安全整治会议上的讲话",
      "·镇长在全镇安全生产暨消防工作会议上的讲话稿",
    ];
    const blocks = blocksOf([TITLE, "同志们：", OPENING, ...box, "", BODY, CLOSING]);
    expect(blocks).toEqual([[OPENING, BODY, CLOSING]]);
  });

  it("a caption that ends with its photographer's credit, and 上一条/下一条", () => {
    const caption = "活动现场，职工代表在安全承诺墙上签名（摄影：×××）";
    const page = [
      ...SPEECH.slice(0, 5),
      caption,
      ...SPEECH.slice(5),
      "上一条：公司召开二季度安委会会议",
      "下一条：公司开展质量月活动",
    ];
    const { kept, removed } = removeNoiseFromPage(page);
    expect(removalReason(removed, caption)).toBe("图片说明");
    expect(kept[kept.length - 1]).toBe(CLOSING);
  });
});

describe("a gazette and a Q&A page", () => {
  it("the documents printed before and after the speech, its column tag, and a page address it flows across", () => {
    const page = [
      "××市人民政府公报　2024年第6期",
      "",
      "第十八条　举报奖励资金列入市级财政预算，实行专款专用，接受财政、审计",
      "部门的监督。",
    ];
    page.push(
      "第十九条　本办法自2024年6月1日起施行。",
      "【市政府领导讲话】",
      TITLE,
      "同志们：",
      OPENING,
      "一、抓好隐患排查",
    );
    page.push("各地要对粉尘涉爆、涉氨制冷、有限空间作业企业逐一开展排查，建立问题清单，", "www.××gov.cn");
    page.push("逐项整改销号。", BODY2, CLOSING, "××市人民政府办公室关于印发××市燃气安全", "排查整治工作方案的通知");
    page.push(
      "×政办发〔2024〕12号",
      "各县（市、区）人民政府，市政府各部门：",
      "《方案》已经市政府同意，现印发给你们，请认真贯彻执行。",
      "www.××gov.cn",
    );
    const mined = mineText(page.join("\n"));
    expect(mined.speeches.map((s) => s.title)).toEqual([TITLE]);
    expect(mined.speeches[0]!.blocks.map((b) => b.text)).toEqual([OPENING, "一、抓好隐患排查", BODY, BODY2, CLOSING]);
    expect(mined.removed.map((r) => r.reason)).toEqual(expect.arrayContaining(["其他文件", "栏目标记"]));
  });

  it("keeps a 通知 or a 办法 that is the page's own text (no speech's title on it)", () => {
    const page = [
      "××市安全生产举报奖励办法",
      "第一条　为鼓励社会公众举报安全生产违法行为，制定本办法。",
      "第二条　本办法适用于本市行政区域。",
    ];
    expect(removeNoiseFromPage(page).kept).toHaveLength(3);
  });

  it("a best answer's badges, the follow-up and the other answers", () => {
    const page = [
      "求一篇村级安全生产会议讲话稿",
      "最佳答案",
      TITLE,
      "各位村干部、党员和村民代表们：",
      OPENING,
      BODY,
      CLOSING,
    ];
    page.push(
      "本回答被提问者采纳",
      "追答：可以在宣传那一段后面补一句防诈骗的提醒。",
      "文秘老张",
      "采纳率：92%",
      "已帮助3.2万人",
    );
    page.push("", "其他2条回答", "网上模板很多，你去搜一篇改改村名和数据就能用，没必要自己从头写。", "我来回答");
    const mined = mineText(page.join("\n"));
    expect(mined.speeches.map((s) => s.blocks.map((b) => b.text))).toEqual([[OPENING, BODY, CLOSING]]);
    expect(mined.speeches[0]!.salutation).toBe("各位村干部、党员和村民代表们：");
  });

  it("a host script's cues on lines of their own, and a column tag in front of a title", () => {
    const script = ["【主持词】全市工贸行业安全生产工作会议主持词", "同志们："];
    script.push("现在开会。今天会议的主要任务是通报近期事故情况，部署下一阶段工作。", "（领导讲话）", "（签约仪式）");
    script.push("会议到此结束，散会。");
    const mined = mineText(script.join("\n"));
    expect(mined.speeches[0]!.title).toBe("全市工贸行业安全生产工作会议主持词");
    expect(mined.speeches[0]!.blocks.map((b) => b.text)).not.toContain("（领导讲话）");
  });
});

describe("a meeting's 汇编, a Word page, an account's article", () => {
  it("a 汇编's materials that are no speech, each on pages of its own after a page number", () => {
    const page = [
      "— 1 —",
      "",
      "全市安全生产工作会议议程",
      "时间：2024年2月×日上午9:00",
      "参会范围：各县区政府分管负责同志。",
    ];
    page.push(
      "",
      "— 2 —",
      "",
      TITLE,
      "市长　×××",
      "（2024年2月×日）",
      "同志们：",
      OPENING,
      BODY,
      CLOSING,
      "",
      "— 5 —",
      "",
    );
    page.push("2024年度安全生产目标管理责任书（样本）", "甲方：××市人民政府", "乙方：××县人民政府", "一、控制指标");
    page.push("生产安全事故起数和死亡人数控制在下达的指标以内。", "", "— 6 —");
    const mined = mineText(page.join("\n"));
    expect(mined.speeches.map((s) => [s.title, s.speaker, s.date])).toEqual([[TITLE, "市长×××", "2024年2月×日"]]);
    expect(mined.speeches[0]!.blocks.map((b) => b.text)).toEqual([OPENING, BODY, CLOSING]);
  });

  it("a Word comment's anchors in sentences, 【一】 as the outline's first level, an account's call for articles", () => {
    const page = [TITLE, "同志们：", `${OPENING.slice(0, 20)}[LW1]${OPENING.slice(20)}`, "【一】抓好隐患排查"];
    page.push("1．紧盯重点行业", BODY, "2．紧盯人员密集场所", BODY, "【二】严格执法检查", BODY2, CLOSING);
    page.push("图片", "投稿邮箱：××@163.com", "[LW1] 请核实出席人员名单");
    page.push("（来稿请注明单位、姓名和联系电话，采用后将在本号署名推送）");
    const blocks = mineText(page.join("\n")).speeches[0]!.blocks;
    expect(blocks.map((b) => [b.kind, b.level, b.text])).toEqual([
      ["paragraph", null, OPENING],
      ["heading", 1, "【一】抓好隐患排查"],
      ["heading", 2, "1．紧盯重点行业"],
      ["paragraph", null, BODY],
      ["heading", 2, "2．紧盯人员密集场所"],
      ["paragraph", null, BODY],
      ["heading", 1, "【二】严格执法检查"],
      ["paragraph", null, BODY2],
      ["paragraph", null, CLOSING],
    ]);
  });

  it("a document's description under 文档简介 above the title, similar documents, a headline that asks", () => {
    const page = ["某某文档网", "区应急管理局负责人讲话稿（可编辑）", "", "文档简介"];
    page.push("本稿为某区应急管理局主要负责人在推进会上的发言材料，可供相关单位起草同类材料时参考。", "", ...SPEECH);
    page.push("相似文档", "1.镇长在春季安全生产大检查动员会上的讲话5页", "2.高层建筑火灾如何逃生？这份指南请收好3页");
    expect(blocksOf(page)).toEqual([[OPENING, "一、抓好隐患排查", BODY, BODY2, CLOSING]]);
  });
});
