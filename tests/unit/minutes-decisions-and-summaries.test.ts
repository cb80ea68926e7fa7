import { describe, expect, it } from "vitest";
import { mineText } from "../../lib/mining/text-pipeline";

// A 会议纪要 whose 【议定事项】 follow the leader's words, and a news app's 【摘要】 over the 【讲话全文】: pages written for
// these tests.
const texts = (lines: string[]) => mineText(lines.join("\n")).speeches.flatMap((s) => s.blocks.map((b) => b.text));

describe("a 会议纪要's decisions after the leader's words", () => {
  const words = [
    "【领导讲话】",
    "副总经理林某某在第二季度安全生产例会上的讲话要点",
    "林总首先指出，二季度公司安全生产总体平稳，但几起险情暴露出夜间作业管理松散、交接班不清等问题，必须引起重视。",
    "一、抓好夜间作业管理",
    "林总要求，各车间要对夜班作业逐项梳理风险，落实带班人员，严禁一人独自进入受限空间作业。",
    "二、压实班组安全责任",
    "林总强调，班组长是安全生产的第一道防线，要把每天的班前会开实开好，发现隐患当场处理。",
    "林总最后强调，安全生产没有假期，希望大家以更加扎实的作风抓好三季度各项工作。",
    "",
  ];
  const decisions = [
    "【议定事项】",
    "1．七月底前完成全部受限空间作业点的风险辨识，由生产技术部牵头。",
    "2．第三季度安全生产例会定于十月上旬召开，具体时间另行通知。",
  ];
  const head = [
    "某某化工有限公司",
    "安全生产委员会会议纪要",
    "",
    "【会议议程】",
    "主持人：今天召开第二季度安全生产例会，下面请林总讲话。",
    "",
  ];

  it("are the minutes', not the speech's", () => {
    const kept = texts([...head, ...words, ...decisions, "", "抄送：公司领导班子成员"]);
    expect(kept).toContain("林总最后强调，安全生产没有假期，希望大家以更加扎实的作风抓好三季度各项工作。");
    for (const line of decisions.slice(1)) expect(kept).not.toContain(line);
  });

  it("but a speech's own numbered points under its words stay", () => {
    const own = [
      "林总提出三点具体要求：",
      "1．七月底前完成全部受限空间作业点的风险辨识。",
      "2．八月份组织一次全员应急演练。",
    ];
    const kept = texts([...head, ...words.slice(0, -2), ...own, words.at(-2)!]);
    for (const line of own.slice(1)) expect(kept).toContain(line);
  });
});

describe("a news app's summary over the speech's full text", () => {
  const title = "在全县道路交通安全工作会议上的讲话";
  const summary = [
    "【摘要】",
    "5月8日，全县道路交通安全工作会议召开。县长赵某某在讲话中指出，全县道路交通安全形势依然严峻复杂。",
    "赵某某要求，要紧盯重点车辆、重点路段和重点时段，深入排查整治交通安全隐患。",
    "",
  ];
  const speech = [
    "同志们：",
    "这次会议的主要任务是分析全县道路交通安全形势，部署下一阶段重点工作。刚才，县公安局通报了一季度情况，我都同意。",
    "一、认清形势",
    "今年以来，全县共发生道路交通事故23起，其中农村道路事故占了六成以上，面包车、三轮车违法载人问题还比较突出。",
    "二、突出重点",
    "各乡镇要组织劝导站对过往车辆逐一检查，对超员超载、酒后驾驶等违法行为当场纠正，县交警大队要加大夜查力度。",
    "同志们，道路交通安全关系千家万户，希望大家守土尽责，确保全县道路交通安全形势持续稳定。",
  ];

  it("is the app's, not a speech: one speech under its title", () => {
    const result = mineText([title, "", ...summary, "【讲话全文】", "县长　赵某某", ...speech].join("\n"));
    expect(result.speeches).toHaveLength(1);
    expect(result.speeches[0]!.title).toBe(title);
    const kept = result.speeches[0]!.blocks.map((b) => b.text).join("\n");
    expect(kept).not.toContain("在讲话中指出");
    expect(kept).toContain(speech[1]);
  });

  it("but the speech's own words after a 全文 line inside it stay", () => {
    const own = "下面，我把县政府的工作方案全文向大家作个说明，请各乡镇认真抓好落实。";
    const lines = [
      title,
      "",
      ...summary,
      "【讲话全文】",
      "县长　赵某某",
      ...speech.slice(0, 2),
      own,
      ...speech.slice(2),
    ];
    expect(texts(lines)).toContain(own);
  });
});
