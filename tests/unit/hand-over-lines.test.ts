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
});
