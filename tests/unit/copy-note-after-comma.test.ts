import { describe, expect, it } from "vitest";
import { mineText } from "../../lib/mining/text-pipeline";

// A mobile 范文 page, one paragraph a line, no blank lines, whose site stamp stands alone on a line and cuts a
// sentence right after its comma. Pages written for this test.
const page = (cut: string[]) => [
  "在全镇2025年夏季防汛工作会议上的讲话",
  "镇长　韩志远",
  "同志们：",
  "今天召开全镇夏季防汛工作会议，主要是分析今年汛期形势，安排部署各项防汛准备工作，确保安全度汛。",
  "各村要对辖区内的山塘水库、地质灾害隐患点和低洼易涝区逐一开展排查，建立台账，明确责任人。",
  ...cut,
  "同志们，防汛工作责任重于泰山。希望大家守土尽责，确保人民群众生命财产安全。谢谢大家！",
];
const texts = (lines: string[]) => mineText(lines.join("\n")).speeches.flatMap((s) => s.blocks.map((b) => b.text));
const STAMP = "【来自某某文稿网，转载请保留本链接】";

describe("a site's stamp alone on a line after a comma", () => {
  it("is removed and the sentence it cut runs on across it (after 、 and after ，)", () => {
    for (const [first, rest] of [
      [
        "对汛期值班脱岗、漏岗造成严重后果的，在年度考核、",
        "评先评优中实行一票否决。镇防汛办要每天调度各村的值守情况。",
      ],
      ["各村要落实24小时值班和领导带班制度，发现险情要第一时间上报，", "并组织群众有序转移到安全地带。"],
    ]) {
      const kept = texts(page([first!, STAMP, rest!]));
      expect(kept).toContain(first! + rest!);
      expect(kept.join("\n")).not.toContain("转载");
    }
  });

  it("but parts a paragraph that lacks its stop, a heading or a numbered line below it", () => {
    const open = "镇防汛办要每天调度各村的值守情况，及时掌握雨情水情变化";
    const next = "要提醒群众下载“平安水利”App，接收暴雨预警信息。";
    expect(texts(page([open, STAMP, next]))).toContain(next);
    const heading = "二、压实责任，织密防汛安全网";
    const before = "各村要落实24小时值班和领导带班制度，发现险情要第一时间上报，";
    const kept = texts(page([before, STAMP, heading, next]));
    expect(kept.join("\n")).not.toContain(before + heading);
  });
});
