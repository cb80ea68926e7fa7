import { describe, expect, it } from "vitest";
import { mineText } from "../../lib/mining/text-pipeline";

// Pages written for these tests: a speech that sets its hearers to study another speech, naming it on a 标题：
// line of its own and then on a line alone; and a government portal's catalogue block over the page's title.
const mine = (lines: string[]) => mineText(lines.join("\n"));

describe("a catalogue's 名称/标题 field", () => {
  it("keeps a 标题： line inside the speech's body", () => {
    const field = "标题：在全市防汛抗旱工作会议上的讲话";
    const lines = [
      "在全区防汛“学习会”开班仪式上的讲话",
      "区水利局局长　冉德林",
      "同志们：",
      "今天，全区防汛“学习会”正式开班。这是区防指今年确定的一项重点工作，目的是让各街道分管负责同志系统学习防汛知识。",
      "一、学什么",
      "第一期的学习材料，区防指已经确定，我在这里向大家说明一下：",
      field,
      "这是市长在今年全市防汛抗旱工作会议上的讲话，大家手上都有，第一期就是逐段学习这篇讲话：",
      "在全市防汛抗旱工作会议上的讲话",
      "通过学习，要把讲话提出的“四个到位”真正搞清楚、弄明白。",
      "二、怎么学",
      "每期学习后，各街道要组织一次讨论，区水利局将随机抽查学习笔记。",
      "同志们，学习是提升防汛能力的重要途径，希望大家学有所获、学以致用。",
    ];
    // (How the page splits at the named speech's title is the segmenter's business: the field is not chrome.)
    const r = mine(lines);
    expect(r.removed.find((x) => x.text === field)).toBeUndefined();
    expect(r.speeches.flatMap((s) => s.blocks.map((b) => b.text))).toContain(lines[9]);
  });

  it("still takes the field in the page's head", () => {
    const field = "名称：在全区防汛抗旱工作会议上的讲话";
    const lines = [
      "索引号：11420105MB1988776Q/2025-00112",
      "发布机构：江南区水利局",
      field,
      "生成日期：2025-05-06",
      "在全区防汛抗旱工作会议上的讲话",
      "区人民政府副区长　冉德林",
      "同志们：",
      "今天召开全区防汛抗旱工作会议，主要是分析今年防汛形势，部署汛前各项准备工作。刚才，区水利局通报了汛前检查情况，我都同意。",
      "一、认清形势",
      "据气象部门预测，今年汛期我区降雨偏多，局地可能出现强降雨，全区12座小型水库中有3座存在病险隐患。",
      "同志们，防汛工作责任重于泰山，希望大家扎实做好各项工作。",
    ];
    const r = mine(lines);
    expect(r.removed.find((x) => x.text === field)?.reason).toBe("政府信息公开目录（名称）");
    expect(r.speeches[0]?.title).toBe("在全区防汛抗旱工作会议上的讲话");
  });
});
