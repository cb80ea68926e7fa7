import { describe, expect, it } from "vitest";
import { mineText } from "../../lib/mining/text-pipeline";

// A 写作指导 page written for these tests: a headline, the site's note on how to write such a speech under its
// 【写作指导】 label (with its own 一是/二是 lines), the 【范文】 label, the speech, and the 【范文点评】 after it.
const mine = (lines: string[]) => mineText(lines.join("\n"));

const SPEECH = [
  "在全镇森林防火工作会议上的讲话",
  "镇党委副书记、镇长　陆远舟",
  "同志们：",
  "今天召开全镇森林防火工作会议，主要是分析当前形势，安排部署春季森林防火工作。下面，我讲两点意见。",
  "一、认清形势，增强森林防火的责任感",
  "今年入春以来，全镇降水偏少，林区可燃物载量大，清明祭扫和春耕备耕用火增多，森林防火形势十分严峻。",
  "二、压实责任，织密森林防火的防护网",
  "各村要落实护林员巡山制度，重点时段加密巡查频次，对野外违规用火行为发现一起、查处一起。",
  "同志们，森林防火责任重大。希望大家恪尽职守，坚决守住不发生重大森林火灾的底线。",
];
const SPOKEN = [SPEECH[3]!, SPEECH[4]!, SPEECH[5]!, SPEECH[6]!, SPEECH[7]!, SPEECH[8]!];

describe("a 写作指导 page that prints a 范文", () => {
  it("removes the guide's note with its run-in points, the labels and the critique, keeping one speech", () => {
    const page = [
      "范文点评｜镇长在森林防火工作会议上的讲话，这样写才到位",
      "【写作指导】",
      "森林防火会议讲话年年讲，最怕写成老一套。写好这类讲话，要抓住两点。",
      "一是形势要讲具体。要讲本地的气象条件和火险等级，不能只讲形势严峻。",
      "二是责任要讲清楚。谁巡山、谁值守、出了事谁负责，都要讲明白。",
      "下面这篇范文较好地体现了上述要求，供大家参考。",
      "【范文】",
      ...SPEECH,
      "【范文点评】",
      "这篇讲话篇幅不长，两部分层次分明，值得借鉴。",
    ];
    const { speeches } = mine(page);
    expect(speeches).toHaveLength(1);
    expect(speeches[0]!.title).toBe(SPEECH[0]);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual(SPOKEN);
  });

  it("keeps a speech's own points on writing when the page prints no 范文 label", () => {
    const lecture = [
      "在全县公文写作培训班上的讲话",
      "同志们：",
      "【写作指导】",
      "一是材料要讲具体。要用本地的数据和事例说话，不能满篇空话套话。",
      "二是结构要清楚。开头、主体、结尾各有分工，层次要分明。",
    ];
    const got = mine(lecture)
      .speeches.flatMap((s) => s.blocks.map((b) => b.text))
      .join("\n");
    expect(got).toContain("材料要讲具体");
    expect(got).toContain("结构要清楚");
  });
});
