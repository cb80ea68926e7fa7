// The real pages' loader: gold headings and paragraphs put back in page order and given the runtime's structure.
// Inputs written here in the style of such pages (not taken from them).
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { goldEntries, loadRealCorpus } from "@/scripts/classifier-real";

const PAGE = [
  "某某范文网 首页 > 讲话稿",
  "在全镇安全生产工作会议上的讲话",
  "同志们:",
  "刚才,镇安办通报了上半年全镇安全生产情况,我完全同意。下面,我讲几点意见。",
  "一、认清形势,增强责任感",
  "今年以来,全镇共发生生产安全事故2起,死亡1人,形势不容乐观。",
  "(一)问题依然突出",
  "部分企业主体责任落实不到位,隐患整(zhěng)改不及时。",
  "二、突出重点,狠抓隐患排查",
  "要对辖区内企业开展拉网式排查,建立隐患台账……",
].join("\n");

const GOLD = {
  file: "01_zhen.txt",
  speeches: 1,
  titles: ["在全镇安全生产工作会议上的讲话"],
  // Listed out of page order on purpose: the loader orders by position.
  headings: [
    { text: "二、突出重点,狠抓隐患排查", level: 1 },
    { text: "一、认清形势,增强责任感", level: 1 },
    { text: "(一)问题依然突出", level: 2 },
  ],
  paragraphs: [
    { text: "部分企业主体责任落实不到位,隐患整改不及时。", category: "责任落实", truncated: false },
    {
      text: "刚才,镇安办通报了上半年全镇安全生产情况,我完全同意。下面,我讲几点意见。",
      category: "开场",
      truncated: false,
    },
    { text: "今年以来,全镇共发生生产安全事故2起,死亡1人,形势不容乐观。", category: "形势分析", truncated: false },
    { text: "要对辖区内企业开展拉网式排查,建立隐患台账", category: "隐患排查", truncated: true },
  ],
  noise: ["某某范文网 首页 > 讲话稿", "(zhěng)", "……"],
};

describe("goldEntries", () => {
  it("puts headings and paragraphs back in page order, also where noise was cut out of a paragraph", () => {
    const entries = goldEntries(GOLD, PAGE);
    expect(entries.map((e) => e.text.slice(0, 4))).toEqual([
      "刚才,镇",
      "一、认清",
      "今年以来",
      "(一)问",
      "部分企业",
      "二、突出",
      "要对辖区",
    ]);
    expect(entries.filter((e) => e.kind === "heading").map((e) => e.level)).toEqual([1, 2, 1]);
  });

  it("refuses a gold text that is not in the page", () => {
    const wrong = {
      ...GOLD,
      paragraphs: [{ text: "这一段不在页面里,无法定位到任何位置。", category: "开场", truncated: false }],
    };
    expect(() => goldEntries(wrong, PAGE)).toThrow(/cannot locate/);
  });
});

describe("loadRealCorpus", () => {
  it("gives paragraphs only, with the runtime's roles, heading paths and positions, and a hash of what it read", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "corpus-real-"));
    mkdirSync(path.join(dir, "gold"));
    writeFileSync(path.join(dir, GOLD.file), PAGE);
    writeFileSync(path.join(dir, "gold", "01_zhen.json"), JSON.stringify(GOLD));
    const corpus = loadRealCorpus(dir)!;
    expect(corpus.files).toEqual(["01_zhen.txt"]);
    expect(corpus.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(corpus.items.map((it) => [it.category, it.block.role, it.block.position, it.block.headingPath])).toEqual([
      ["开场", "opening", 0, []],
      ["形势分析", "body", 2, ["一、认清形势,增强责任感"]],
      ["责任落实", "body", 4, ["一、认清形势,增强责任感", "(一)问题依然突出"]],
      ["隐患排查", "body", 6, ["二、突出重点,狠抓隐患排查"]],
    ]);
    expect(corpus.items.every((it) => it.source === "real" && it.speech === 1)).toBe(true);
  });

  it("is null when the directory is absent (training then uses the sample alone)", () => {
    expect(loadRealCorpus(path.join(os.tmpdir(), "no-such-corpus-real"))).toBeNull();
  });
});
