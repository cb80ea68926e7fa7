import { describe, expect, it } from "vitest";
import { cutInlineButtons } from "./noise-inline-buttons";
import type { Ctx } from "./noise-fragments";
import { mineText } from "./text-pipeline";

// Guards for the 文库 reader rules (noise-document-readers.test.ts): pages written for these tests, in the shapes of a
// 文库's collections, a PDF copy with its page numbers glued to line ends and a speech that talks of previews,
// prompts, AI features and outlines in its own words.
const ctx = (): Ctx => ({ removed: [] });
const mined = (page: string[]) => mineText(page.join("\n")).speeches;
const blocksOf = (page: string[]) => mined(page).flatMap((s) => s.blocks.map((b) => b.text));
const PARA_A =
  "今年以来，全市道路运输领域安全形势总体平稳，但货车超载、客车疲劳驾驶等问题依然突出，部分运输企业主体责任落实不到位，动态监控平台形同虚设，必须下大力气整治。";
const PARA_B =
  "各县区要对辖区内运输企业开展一次全覆盖检查，对动态监控不在线、驾驶员培训不到位的企业，一律责令停业整顿，整改不到位的不得恢复营运，确保问题清零。";
const PARA_C =
  "交通运输部门要会同公安交警加强路面巡查，严厉查处超速、超载、疲劳驾驶等违法行为，对屡查屡犯的驾驶员依法从严处理，形成强大震慑，坚决遏制较大事故。";

describe("a collection's locked teaser with its preview's end glued to its last words", () => {
  it("drops the teaser as a locked speech, and keeps the speeches shown whole", () => {
    const page = ["道路运输安全讲话稿（精选3篇）", "篇一：在全市道路运输安全工作会议上的讲话", "同志们："];
    page.push(PARA_A, PARA_B, "篇二：在全市客运企业安全生产约谈会上的讲话", "同志们：", PARA_B, PARA_C);
    page.push("篇三：在全区危险货物运输整治会上的讲话", "同志们：");
    page.push("危险货物运输风险高、责任大，今天召开会议，主要是部署全区整治工作……试读已结束，开通VIP查看全文");
    const speeches = mined(page);
    expect(speeches).toHaveLength(2);
    expect(speeches.flatMap((s) => s.blocks.map((b) => b.text)).join("")).not.toContain("危险货物");
  });
});

describe("a preview's end glued to a line needs the paywall's words", () => {
  it("keeps a speech's own ellipsis before a trial's end", () => {
    for (const own of [
      "一是抓好试运行。监控平台先在五家重点企业开放预览……预览结束后，各企业要在十天内反馈使用意见；",
      "新教材先在两个班试用……试看结束，各班主任要及时汇总学生反馈",
    ])
      expect(cutInlineButtons(own, 4, ctx())).toBe(own);
  });

  it("cuts the note after a full stop, or bracketed with a stop inside, and keeps the speech's words", () => {
    const c = ctx();
    expect(cutInlineButtons("对违法行为一律从严查处，绝不姑息。试读已结束，开通会员查看全文", 7, c)).toBe(
      "对违法行为一律从严查处，绝不姑息。",
    );
    expect(
      cutInlineButtons("确保全市道路运输安全形势……（试读已结束，剩余内容需付费。开通VIP会员阅读全文）", 8, c),
    ).toBe("确保全市道路运输安全形势");
  });
});

describe("a repeated sub-head after page numbers glued to line ends", () => {
  it("keeps a sub-head printed in each part when the sentence above ends", () => {
    const title = "在全区道路交通和危化品安全工作会议上的讲话";
    const page = [title, "同志们：", "今天我讲两个方面的工作。", "一、关于道路交通安全"];
    page.push("一季度，全区共发生道路交通事故5起，同比减少两起，形势总体平稳。—1—", "下一步措施");
    page.push("各镇街要把农村道路隐患排查作为重点，逐条逐段建立台账，限期整改到位。", "二、关于危化品安全");
    page.push("一季度，全区危化品企业没有发生安全事故，但隐患仍然不少，形势不容乐观。—2—", "下一步措施");
    page.push("应急管理部门要对重点企业开展专家会诊，对查出的重大隐患挂牌督办，确保按期销号。");
    expect(blocksOf(page).filter((t) => t === "下一步措施")).toHaveLength(2);
  });
});

describe("a page's prompt copied into a sentence", () => {
  it("leaves a speech's own line on a 完整版 and the sentence repeating it", () => {
    const own = "需要强调的是，运输企业整改清单完整版已印发各县区，各县区要在五天内转发到每一家企业。";
    const page = ["在全市道路运输安全工作会议上的讲话", "同志们：", PARA_A, "运输企业整改清单完整版已印发各县区"];
    page.push("请大家会后认真对照，抓好整改。", PARA_B, own, PARA_C);
    expect(blocksOf(page)).toContain(own);
  });

  it("cuts a site's prompt set between two commas and leaves one comma", () => {
    const page = [
      "书页文库 - 专业资料",
      "开通VIP会员，免费阅读全文",
      "",
      "在全市道路运输安全工作会议上的讲话",
      "同志们：",
    ];
    page.push(PARA_A, "各县区要压实属地责任，开通VIP会员，免费阅读全文，交通部门要加强行业监管，确保责任落实到位。");
    page.push(PARA_B, PARA_C);
    expect(blocksOf(page)).toContain("各县区要压实属地责任，交通部门要加强行业监管，确保责任落实到位。");
  });
});

describe("a speech's own words for a reading aid", () => {
  it("keeps a platform's 智能速读 feature, which no AI notice closes", () => {
    const page = ["在全市运输企业安全管理数字化培训会上的讲话", "同志们：", "今天主要是推广安全监管平台的使用。"];
    page.push("智能速读", "这个功能把上级文件自动提炼成要点，驾驶员每天花几分钟就能看完。");
    page.push("隐患随手拍", "一线人员发现隐患，拍照上传，系统自动派单到责任人。");
    page.push("学习材料", "平台每周推送一期事故案例，各企业要组织驾驶员认真学习。", PARA_C);
    expect(blocksOf(page)).toContain("这个功能把上级文件自动提炼成要点，驾驶员每天花几分钟就能看完。");
  });

  it("takes a 速读 box with its reading time down to its AI notice", () => {
    const page = ["✨ AI速读 · 约2分钟读完", "本文部署了全市道路运输安全整治工作，要求压实企业主体责任。"];
    page.push("*以上内容由AI生成，仅供参考", "", "在全市道路运输安全工作会议上的讲话", "同志们：", PARA_A, PARA_B);
    const speeches = mined(page);
    expect(speeches).toHaveLength(1);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual([PARA_A, PARA_B]);
  });

  it("keeps a speech's own 文章大纲 over its numbered framework", () => {
    const page = ["在全市交通安全宣讲员培训会上的讲话", "同志们：", "今天我重点讲讲宣讲稿怎么写。", "文章大纲"];
    page.push("一、先讲事故，用数据说话", "二、再讲案例，用身边事教育身边人", "三、最后讲措施，落实到岗位");
    page.push("这三条是宣讲稿的基本框架，大家写稿时要逐条对照，不能漏项。", PARA_C);
    const blocks = blocksOf(page);
    expect(blocks).toContain("文章大纲");
    expect(blocks).toContain("一、先讲事故，用数据说话");
  });
});
