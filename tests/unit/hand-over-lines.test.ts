import { describe, expect, it } from "vitest";
import { mineText } from "../../lib/mining/text-pipeline";

// A site's hand-over line alone over the speech (以下为正文：), with no poster's preface above it: a page written for
// these tests.
const page = (handOver: string, at: "head" | "body") =>
  [
    "在全县道路交通安全工作会议上的讲话",
    ...(at === "head" ? [handOver] : []),
    "县长 周立新",
    "同志们：",
    "　　今天召开全县道路交通安全工作会议，主要任务是分析形势、部署工作。",
    ...(at === "body" ? [handOver] : []),
    "　　各乡镇要加强农村道路安全管理，公安交警部门要严查超速超载、酒驾醉驾等违法行为。",
    "　　同志们，道路交通安全关系千家万户，希望大家切实负起责任。",
  ].join("\n");
const kept = (handOver: string, at: "head" | "body") =>
  mineText(page(handOver, at)).speeches.flatMap((s) => s.blocks.map((b) => b.text));

describe("a hand-over line alone", () => {
  it.each(["以下为正文：", "（以下是讲话全文）", "正文如下："])("over the speech goes: %s", (line) => {
    const blocks = kept(line, "head");
    expect(blocks.join("\n")).not.toContain(line.replace(/[（）：]/g, ""));
    expect(blocks).toContain("今天召开全县道路交通安全工作会议，主要任务是分析形势、部署工作。");
  });

  it("but inside the speech, after its text has begun, it is the speech's own", () => {
    expect(kept("以下是原文：", "body")).toContain("以下是原文：");
  });

  it("and under an outline heading of the speech it leads into the document the speaker quotes", () => {
    const text = [
      "在全市防汛工作会议上传达省防汛会议精神时的讲话",
      "一、传达全省防汛抗旱工作会议精神",
      "以下为原文：",
      "　　今年我省降水偏多，江河湖库水位偏高，防汛形势十分严峻，各地要立足防大汛、抗大洪。",
      "二、抓好贯彻落实",
      "　　我市要立即组织一次汛前大检查，对病险水库、山洪灾害点逐一落实包保责任人。",
    ].join("\n");
    const blocks = mineText(text).speeches.flatMap((s) => s.blocks.map((b) => b.text));
    expect(blocks).toContain("以下为原文：");
  });
});
