import { describe, expect, it } from "vitest";
import { parseStructure, REASON_GLUED_SALUTATION } from "./structure";
import { A, B, C, outline, parse } from "./structure-test-support";
import type { InferredSplit } from "./types";

describe("parseStructure: header", () => {
  it("takes title, speaker, date and salutation out of the blocks", () => {
    const s = parse(
      "第二篇：县长在全县安全生产工作会议上的讲话",
      "在全县安全生产工作会议上的讲话（两篇）",
      "县长 王某某",
      "（2024年3月16日）",
      "同志们：",
      A,
    );
    expect(s).toMatchObject({
      title: "县长在全县安全生产工作会议上的讲话",
      speaker: "县长 王某某",
      date: "2024年3月16日",
      salutation: "同志们：",
    });
    expect(outline(s)).toEqual([`p ${A}`]);
  });

  it("prefers the title repeated on its own over a longer line that adds the site's name", () => {
    const s = parse(
      "某某资料网范文库厂长在安全知识竞赛颁奖会上讲话",
      "厂长在安全知识竞赛颁奖会上讲话",
      "厂长在安全知识竞赛颁奖会上讲话",
      A,
    );
    expect(s.title).toBe("厂长在安全知识竞赛颁奖会上讲话");
    // said once each, the fuller title stays
    const t = parse("县长在全县安全生产工作会议上的讲话", "在全县安全生产工作会议上的讲话", A);
    expect(t.title).toBe("县长在全县安全生产工作会议上的讲话");
  });

  it("takes the speaker and the date a site appended to the title out of it", () => {
    const s = parse("在全区第一次道路交通安全联席会议上的讲话（王某某）2024.4.18", "同志们：", A);
    expect(s).toMatchObject({
      title: "在全区第一次道路交通安全联席会议上的讲话",
      speaker: "王某某",
      date: "2024.4.18",
    });
  });

  it("prefers a title naming the meeting, 表态发言 included, over a longer line", () => {
    const s = parse("安全生产表态发言稿范文大全汇总精选最新版本", "某公司在全区安全生产约谈会上的表态发言", A);
    expect(s.title).toBe("某公司在全区安全生产约谈会上的表态发言");
  });

  it("splits a run-in salutation and a title run into it", () => {
    const s = parse(`在全镇防汛会议上的讲话各位领导、同志们：${A}`, B);
    expect(s.title).toBe("在全镇防汛会议上的讲话");
    expect(s.salutation).toBe("各位领导、同志们：");
    expect(outline(s)).toEqual([`p ${A}`, `p ${B}`]);
  });

  it("reports the split of a title run into 同志们： (not a salutation that opens the first paragraph)", () => {
    const inferred: InferredSplit[] = [];
    const paragraphs = [`在全镇防汛会议上的讲话同志们：${A}`, B].map((text, i) => ({ text, lineNo: i + 3 }));
    parseStructure({ paragraphs }, inferred);
    expect(inferred).toEqual([{ lineNo: 3, reason: REASON_GLUED_SALUTATION, parts: 2 }]);
    const none: InferredSplit[] = [];
    parseStructure(
      {
        paragraphs: [
          { text: "在全镇防汛会议上的讲话", lineNo: 1 },
          { text: `同志们：${A}`, lineNo: 2 },
        ],
      },
      none,
    );
    expect(none).toEqual([]);
  });

  it("recognises an untyped main title above the salutation, and a closing date", () => {
    const s = parse("守牢安全底线 护航高质量发展", "同志们：", A, "谢谢大家！", "二〇二四年三月十六日");
    expect(s.title).toBe("守牢安全底线 护航高质量发展");
    expect(s.date).toBe("二〇二四年三月十六日");
    expect(outline(s)).toEqual([`p ${A}`, "p 谢谢大家！"]);
  });

  it("takes a title without 讲话 in it when a byline follows (the composer's title and speaker line)", () => {
    const s = parse("凝心聚力筑牢安全底线", "县长张三（2024年3月1日）", "同志们：", A);
    expect(s).toMatchObject({
      title: "凝心聚力筑牢安全底线",
      speaker: "县长张三",
      date: "2024年3月1日",
      salutation: "同志们：",
    });
    expect(outline(s)).toEqual([`p ${A}`]);
    const t = parse("凝心聚力筑牢安全底线", "县长张三", "同志们：", A);
    expect(t).toMatchObject({ title: "凝心聚力筑牢安全底线", speaker: "县长张三", date: null });
    // A short line before a name-like line is not a title when no salutation or date follows.
    expect(outline(parse("安全生产形势", "总体平稳", A))).toEqual(["p 安全生产形势", "p 总体平稳", `p ${A}`]);
  });
});

describe("parseStructure: roles", () => {
  it("marks the opening before the first heading and the closing run at the end", () => {
    const s = parse(
      "同志们：",
      A,
      "一、提高认识",
      B,
      "二、强化监管",
      C,
      "总之，要守牢底线。",
      "同志们，让我们共同努力。",
      "谢谢大家！",
    );
    expect(s.blocks.map((b) => b.role)).toEqual([
      "opening",
      "body",
      "body",
      "body",
      "body",
      "closing",
      "closing",
      "closing",
    ]);
    expect(s.blocks.map((b) => b.position)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(s.blocks[5]!.headingPath).toEqual([]);
  });

  it("never makes a section's first paragraph the closing", () => {
    const s = parse(A, "一、提高认识", B, "二、总结", "总之，要守牢底线。");
    expect(s.blocks[4]!.role).toBe("body");
    expect(s.blocks[4]!.headingPath).toEqual(["二、总结"]);
  });

  it("returns no blocks for an empty speech", () => {
    expect(parse().blocks).toEqual([]);
    expect(parse("在全镇安全生产会议上的讲话", "同志们：").blocks).toEqual([]);
  });
});
