import { describe, expect, it } from "vitest";
import { mineText } from "../../lib/mining/text-pipeline";

// A clerk's 【数据待核：…】 note says what to do with a figure (以…为准, 换成…); the same bracket holding the speech's
// own names, figures, dates or wording (【名单待补：…】, 【时间待定：…】) is the speech's text. Written for these tests.
const mine = (lines: string[]) => mineText(lines.join("\n"));
const SPEECH = (body: string[]) => [
  "在全镇表彰大会上的讲话",
  "镇长　卢文博",
  "同志们：",
  ...body,
  "同志们，让我们向先进学习，把各项工作做得更好。",
];
const texts = (lines: string[]) =>
  mine(lines)
    .speeches.flatMap((s) => s.blocks.map((b) => b.text))
    .join("\n");

describe("a clerk's prefixed note on a figure against a bracket holding the speech's words", () => {
  it("keeps names, figures, dates and wording inside 【名单待补】【数字核实】【数据待核】【时间待定】【口径待定】", () => {
    const body = [
      "这次受表彰的个人中，有扎根山村十五年的【名单待补：赵红梅、陈立新等8名同志】，有坚守一线的网格员。",
      "全镇共有【数字核实：21个集体、64名个人】受到表彰，在此表示热烈祝贺！",
      "全镇常住人口【数据待核：3.2万人】，点多面广。",
      "表彰大会定于【时间待定：5月上旬】召开，各村要按【口径待定：镇党政办统一口径】报送材料。",
    ];
    const got = texts(SPEECH(body));
    for (const w of ["赵红梅、陈立新等8名同志", "21个集体、64名个人", "3.2万人", "5月上旬", "镇党政办统一口径"])
      expect(got).toContain(w);
  });

  it("still cuts a note that says what to do with the figure, also 【数据待…核实：…】", () => {
    const body = [
      "全镇去年新增就业岗位420个。【数据待核：以镇统计站年报为准】",
      "新建村级服务站12个。【数据待统计站核实：以12月报表为准】",
    ];
    const got = texts(SPEECH(body));
    expect(got).toContain("全镇去年新增就业岗位420个。");
    expect(got).toContain("新建村级服务站12个。");
    expect(got).not.toMatch(/待核|为准/);
  });
});
