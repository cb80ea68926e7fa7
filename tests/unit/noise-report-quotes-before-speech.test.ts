import { describe, expect, it } from "vitest";
import { mineText } from "../../lib/mining/text-pipeline";

// A page written for these tests in the shape of a provincial paper's article that reprints a speech: its headline,
// the dateline, a paragraph telling what the speaker said (by his name, in the third person), the line handing the
// speech over, then the speech.
const HEAD = [
  "全市2025年防汛工作会议召开",
  "2025-05-21 08:10　来源：江州日报　作者：记者 许明远",
  "",
  "本报讯（记者 许明远）5月20日，全市2025年防汛工作会议在江州召开。副市长、市防指指挥长陈凯峰出席会议并讲话。",
  "",
  "陈凯峰强调，防汛工作事关群众生命财产安全，必须立足防大汛、抢大险、救大灾。他要求，各地要把责任落实到每一座水库、每一段堤防。",
  "",
  "各区县政府分管负责同志在分会场参加会议。现将陈凯峰同志的讲话全文刊发如下。",
  "",
];
const SPEECH = [
  "在全市2025年防汛工作会议上的讲话",
  "副市长、市防指指挥长　陈凯峰",
  "（2025年5月20日）",
  "同志们：",
  "今天召开全市防汛工作会议，主要是分析今年汛期形势，安排部署防汛备汛各项工作。刚才，市水务局通报了汛前检查情况，我都同意。",
  "一、准确把握今年汛期形势",
  "据气象部门预测，今年我市降雨总体偏多，出现区域性强降雨的可能性较大。上周，省长在全省防汛视频会上指出，要把防御措施落实到最小单元。各区县务必保持高度警惕。",
  "二、扎实做好汛前准备",
  "5月底前，各区县要完成对辖区水库、堤防、山塘的汛前检查，发现隐患立即整改，一时整改不了的要落实临时度汛措施。",
  "同志们，防汛工作责任重大，希望大家以高度负责的态度，扎实做好各项工作，确保安全度汛。",
];

describe("a news report's paragraph on what the speaker said, above the speech it reprints", () => {
  it("takes the paragraph out with the dateline, and the headline heads no speech of its own", () => {
    const r = mineText([...HEAD, ...SPEECH].join("\n"));
    expect(r.speeches).toHaveLength(1);
    expect(r.speeches[0]!.title).toBe("在全市2025年防汛工作会议上的讲话");
    const texts = r.speeches.flatMap((s) => s.blocks.map((b) => b.text)).join("\n");
    expect(texts).not.toContain("陈凯峰强调");
    expect(r.removed.find((x) => x.text.startsWith("陈凯峰强调"))?.reason).toBe("新闻报道");
  });

  it("keeps the speech's own words quoting a leader, and a paragraph after a dateline that names someone else", () => {
    const texts = mineText([...HEAD, ...SPEECH].join("\n")).speeches.flatMap((s) => s.blocks.map((b) => b.text));
    expect(texts.join("\n")).toContain("上周，省长在全省防汛视频会上指出");
    // Another man's words after the dateline are none the dateline reported: the rule reads only the man it named.
    const other = HEAD.map((l) => l.replace("陈凯峰强调", "许文博强调"));
    const kept = mineText([...other, ...SPEECH].join("\n"));
    expect(kept.removed.find((x) => x.text.startsWith("许文博强调"))?.reason).not.toBe("新闻报道");
  });
});
