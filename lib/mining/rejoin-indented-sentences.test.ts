import { describe, expect, it } from "vitest";
import { rejoinLines } from "./rejoin-lines";
import { mineText } from "./text-pipeline";
import type { SourceLine } from "./types";

// A reader's copy that breaks the line after every sentence and keeps each paragraph's first-line indent (set141/10's
// shape): the indent, not the line break, says where a paragraph starts.
const src = (...texts: string[]): SourceLine[] => texts.map((text, i) => ({ text, lineNo: i + 1 }));
const texts = (lines: SourceLine[]) => rejoinLines(lines).map((p) => p.text);

const A = [
  "    今年以来，全镇共排查各类隐患316处。",
  "其中重大隐患4处，已全部挂牌督办，由镇主要领导包案推进。",
  "整改率达到百分之九十五。",
];
const B = [
  "    但是我们也要看到，问题依然不少。",
  "有的企业主要负责人不到岗，把安全工作全推给一个兼职安全员。",
  "有的村安全员长期不在岗。",
];
const C = [
  "    各村要在月底前组织一次拉网式排查，做到不留死角。",
  "对查出的隐患要建立台账。",
  "整改一项、销号一项，不能以罚代改、只查不改。",
];
const D = [
  "    各有关部门要按照职责抓好落实。",
  "镇安委办要每月通报一次进展，通报要点名道姓、见人见事。",
  "对推进不力的要约谈。",
];

describe("a page of one sentence a line whose paragraphs open indented", () => {
  it("joins each paragraph's unindented sentences to its first line", () => {
    expect(texts(src(...A, ...B, ...C, ...D))).toEqual([A, B, C, D].map((p) => p.map((t) => t.trim()).join("")));
  });

  it("keeps a heading apart from the sentence under it, and the frame lines apart", () => {
    const page = [
      "在全镇安全生产例会上的讲话",
      "同志们：",
      ...A,
      "    一、突出重点抓排查",
      ...B,
      "    （一）盯住重点企业。",
      ...C,
      ...D,
    ];
    const out = texts(src(...page));
    expect(out).toContain("一、突出重点抓排查");
    expect(out).toContain("（一）盯住重点企业。");
    expect(out).toContain(C.map((t) => t.trim()).join(""));
    expect(out.slice(0, 2)).toEqual(["在全镇安全生产例会上的讲话", "同志们："]);
  });

  it("joins across the line an advert left inside a paragraph", () => {
    const page = [
      ...A,
      ...B.slice(0, 2),
      "广告：安全员资格证考前冲刺班，不过退费！咨询电话 400-861-2235",
      B[2]!,
      ...C,
      ...D,
    ];
    const blocks = mineText(["在全镇安全生产例会上的讲话", "同志们：", ...page].join("\n")).speeches[0]!.blocks;
    expect(blocks.map((b) => b.text)).toContain(B.map((t) => t.trim()).join(""));
    expect(blocks.some((b) => b.text.includes("广告"))).toBe(false);
  });

  it("leaves a page of one-line paragraphs, each indented, as it is", () => {
    const lines = [...A, ...B, ...C, ...D].map((t) => `    ${t.trim()}`);
    expect(texts(src(...lines))).toHaveLength(lines.length);
  });

  it("leaves a wrapped page with indented first lines as the wrap reads it: a paragraph per indent", () => {
    const paragraphs = [A, B, C, D].map((p) => p.map((t) => t.trim()).join(""));
    const lines = paragraphs.flatMap((p) => {
      // The first line is short by its four-column indent.
      const rows = [p.slice(0, 20)];
      for (let at = 20; at < p.length; at += 22) rows.push(p.slice(at, at + 22));
      return rows.map((r, i) => (i ? r : `    ${r}`));
    });
    expect(texts(src(...lines))).toEqual(paragraphs);
  });
});

describe("a line under the 广告： label selling something", () => {
  const speech = ["在全镇安全生产例会上的讲话", "同志们：", "今年以来，全镇共排查各类隐患316处，已全部整改到位。"];

  it("is removed above the speaker's line, and the frame under it is read as the frame", () => {
    const page = [
      "在全镇安全生产例会上的讲话",
      "广告：注册安全工程师网课，名师押题，限时优惠！",
      "镇长　王立新",
      "（2025年3月6日）",
      ...speech.slice(1),
    ];
    const { speeches, removed } = mineText(page.join("\n"));
    expect(removed.map((r) => r.text)).toContain("广告：注册安全工程师网课，名师押题，限时优惠！");
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual([speech[2]]);
  });

  it("leaves a speech's own sentences about advertising", () => {
    const own = "广告：各街道要对户外广告设施开展一次全面检查，发现松动、锈蚀的要立即加固。";
    const { speeches } = mineText(
      [...speech, own, "对违规设置的广告牌，咨询电话一律公开，限时优惠的促销横幅也要查。"].join("\n"),
    );
    const kept = speeches[0]!.blocks.map((b) => b.text);
    expect(kept).toContain(own);
    // …its point on advertising that ends with the hotline to report to.
    const hotline = "广告：各区要对户外广告牌逐一排查，发现隐患立即拆除，举报电话 0571-8888-1234。";
    const mined = mineText([...speech, hotline, speech[2]!.replace("316", "318")].join("\n"));
    expect(mined.speeches[0]!.blocks.map((b) => b.text)).toContain(hotline.replace(" ", ""));
  });
});
