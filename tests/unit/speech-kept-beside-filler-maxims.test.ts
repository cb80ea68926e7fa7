import { describe, expect, it } from "vitest";
import { mineText } from "../../lib/mining/text-pipeline";

// Guards of the filler-maxim rule (noise-filler-maxims.ts): a maxim under its label is a 简报's filler only on a page
// with a 简报's masthead and where nothing in the speech refers to it. A 班前会's own 【今日安全警句】, which the next
// sentence takes up, and its 【安全格言】 before the closing are the speech's. Pages written for these tests.
const texts = (lines: string[]) => mineText(lines.join("\n")).speeches.flatMap((s) => s.blocks.map((b) => b.text));
const all = (lines: string[]) => texts(lines).join("\n");

describe("a 班前会's own maxims", () => {
  const page = [
    "班前会安全讲话稿",
    "（掘进二队　2024年11月8日早班）",
    "同志们：",
    "今天是11月8日，早班，出勤31人。开会前先看一下大家的自救器、矿灯和安全帽，都戴好了没有？",
    "【今日安全警句】多看一眼，安全保险；多防一步，少出事故。",
    "这句话大家要记牢，下井以后每一道工序都要照着做。",
    "一、上一班安全情况",
    "上一班迎头掘进3.2米，支护质量合格，但皮带机尾有积煤，已经安排清理。",
    "二、本班安全注意事项",
    "第一，敲帮问顶不能省，发现活矸要及时处理。",
    "第二，皮带运行期间严禁跨越，检修必须停机闭锁。",
    "【安全格言】安全来自警惕，事故出于麻痹。",
    "最后再强调一句，任何人发现隐患都有权停止作业。大家有没有问题？没有问题就下井。",
  ];

  it("stay in the speech", () => {
    const kept = texts(page);
    expect(kept).toContain("【今日安全警句】多看一眼，安全保险；多防一步，少出事故。");
    expect(kept).toContain("这句话大家要记牢，下井以后每一道工序都要照着做。");
    expect(kept).toContain("【安全格言】安全来自警惕，事故出于麻痹。");
  });
});

describe("a 简报's maxims between the speech's paragraphs", () => {
  const page = (maxims: string[]) => [
    "安全简报",
    "第10期（总第119期）",
    "某某化工有限公司安全环保部编印　　　　2024年11月15日",
    "",
    "在11月份安全生产例会上的讲话",
    "厂长　王建平",
    "（2024年11月12日）",
    "　　今天的例会，生产上的事刚才分管副厂长已经讲了，安全环保部也通报了10月份的安全情况，我都同意。",
    ...maxims,
    "　　从下周起，各车间把动火、受限空间作业票全部翻一遍，查出来的问题录进系统，谁签的字谁负责。",
    "　　同志们，四季度任务重，越到年底越要绷紧安全这根弦。",
    "（安全环保部根据会议录音整理）",
  ];

  it("go as the editor's filler, under any label", () => {
    for (const maxims of [
      ["【安全警句】宁可千日不松，不可一日不防。"],
      ["［安全警句］隐患险于明火，防范胜于救灾。"],
      ["安全警句：隐患险于明火，防范胜于救灾。"],
      ["【每日一句】安全是最大的效益，事故是最大的浪费。"],
      ["【安全警句】", "千里之堤，溃于蚁穴。"],
    ]) {
      const text = all(page(maxims));
      for (const m of maxims) expect(text).not.toContain(m);
      expect(text).toContain("谁签的字谁负责");
    }
  });

  it("but one the speaker takes up in his next sentence stays", () => {
    const maxim = "【安全警句】宁可千日不松，不可一日不防。";
    const lines = page([maxim, "　　这句话请大家记在心里，回去讲给每一个班组听。"]);
    expect(texts(lines)).toContain(maxim);
  });
});
