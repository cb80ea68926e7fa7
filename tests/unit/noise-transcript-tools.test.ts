import { describe, expect, it } from "vitest";
import { mineText } from "../../lib/mining/text-pipeline";

// A page written for these tests in the shape of a 文案提取 web tool's result: the tool's header and its button, the
// video's card, the AI's summary, the chapter list with time codes, the label over the transcript, then the
// transcript with a time code alone on a line before each part.
const TOOL = [
  "提词侠 - 视频文案在线提取",
  "粘贴视频分享链接",
  "https://v.kuaishou.com/x8Kq2mPz",
  "开始提取",
  "提取成功！耗时4.8秒",
  "作者：@材料老周",
  "AI总结：视频讲述供水企业夏季安全生产工作，强调要看清高温季节风险，排查管网和水厂隐患，压实各级安全责任。",
  "章节速览",
  "00:00 会议开场",
  "00:47 看清夏季供水安全形势",
  "02:15 水厂和管网隐患排查",
  "文案全文（已自动分段，可能存在识别误差）",
  "[00:00]",
];
const SPEECH = [
  "在公司2025年夏季安全生产工作会议上的讲话",
  "江源水务集团有限公司总经理　罗振声",
  "同志们：",
  "今天，我们召开公司夏季安全生产工作会议，主要任务是分析高温汛期供水安全形势，部署夏季安全生产重点工作。刚才，生产技术部通报了春季安全大检查情况，我都赞同。",
  "[00:47]",
  "一、看清夏季供水安全形势",
  "今年以来，公司没有发生生产安全责任事故，但管网爆管抢修比去年同期多了6起。进入夏季，日供水量将比平时高出三成，水厂加氯间、配电房的安全压力明显加大。",
  "[02:15]",
  "二、扎实开展水厂和管网隐患排查",
  "7月15日前，各水厂要对加氯间、配电房和有限空间作业点逐一排查，排查出的隐患要建立台账，明确整改责任人和完成时限。市民发现爆管漏水，可拨打24小时服务热线96116报修。",
  "同志们，夏季安全供水关系千家万户，希望大家守好每一座水厂、每一段管网，确保全市群众安全用水。",
];
const FOOT = ["复制全文　导出TXT　导出Word", "免费提取次数剩余：3次　开通会员，不限次数提取→"];

describe("a 文案提取 tool's panels and time codes around a transcript", () => {
  it("takes the summary, the chapter list and the transcript's label out, and the time codes between parts", () => {
    const r = mineText([...TOOL, ...SPEECH, ...FOOT].join("\n"));
    expect(r.speeches).toHaveLength(1);
    expect(r.speeches[0]!.title).toBe("在公司2025年夏季安全生产工作会议上的讲话");
    const texts = r.speeches.flatMap((s) => s.blocks.map((b) => b.text)).join("\n");
    expect(texts).not.toMatch(/AI总结|章节速览|00:47|02:15|文案全文|开始提取/);
    expect(r.removed.find((x) => x.text === "章节速览")?.reason).toBe("文案提取工具的面板");
    expect(r.removed.find((x) => x.text === "[02:15]")?.reason).toBe("文案提取工具的时间码");
  });

  it("keeps the speech's words, its headings and a single bracketed time in a speech's own agenda", () => {
    const r = mineText([...TOOL, ...SPEECH, ...FOOT].join("\n"));
    const blocks = r.speeches.flatMap((s) => s.blocks);
    expect(blocks.filter((b) => b.kind === "heading").map((b) => b.text)).toEqual([
      "一、看清夏季供水安全形势",
      "二、扎实开展水厂和管网隐患排查",
    ]);
    expect(blocks.map((b) => b.text).join("\n")).toContain("24小时服务热线96116报修");
    // The same speech as its own text, no tool's code left in it, one time of its own in an agenda.
    const own = SPEECH.filter((l) => !l.startsWith("["));
    const agenda = [
      ...own.slice(0, 4),
      "明天的应急演练安排如下：",
      "[09:30]",
      "各水厂抢修队伍到城东水厂集合，演练结束后由生产技术部现场点评。",
      ...own.slice(4),
    ];
    expect(mineText(agenda.join("\n")).removed.find((x) => x.text === "[09:30]")?.reason).not.toBe(
      "文案提取工具的时间码",
    );
  });
});
