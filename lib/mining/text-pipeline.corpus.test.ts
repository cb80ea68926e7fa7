// The text stages on the five sample files: the acceptance items of the issue (which must all hold) and the
// share of hand-labelled fixture entries (data/labels/corpus-labels.jsonl) reproduced exactly.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateCorpus, readFixture } from "../../scripts/eval-text-pipeline";
import { mineText } from "./text-pipeline";
import { SITE_BOILERPLATE } from "../testing/site-boilerplate";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const FILES = [
  "000_9e95fdba000a8061.txt",
  "001_a031bda74d871ab3.txt",
  "002_f4e58f1689a559a6.txt",
  "003_aaab11ed25220a3c.txt",
  "004_46ebd7ac5d9d9c86.txt",
];
const mined = Object.fromEntries(
  FILES.map((f) => [f, mineText(readFileSync(path.join(ROOT, "data", "corpus", f), "utf8"))]),
);
const blocksOf = (f: string) => mined[f]!.speeches.flatMap((s) => s.blocks);

describe("text stages on the sample corpus: acceptance", () => {
  it("finds 2, 1, 1, 1 and 5 speeches", () => {
    expect(FILES.map((f) => mined[f]!.speeches.length)).toEqual([2, 1, 1, 1, 5]);
  });

  it("leaves no site boilerplate in any block", () => {
    const banned = SITE_BOILERPLATE;
    for (const f of FILES)
      for (const b of blocksOf(f)) for (const s of banned) expect(b.text, `${f}: ${s}`).not.toContain(s);
  });

  it("does not keep the teaser line of 000 as a block", () => {
    const r = mined[FILES[0]!]!;
    expect(r.removed).toContainEqual(expect.objectContaining({ lineNo: 4, reason: "重复的摘要行" }));
    for (const b of blocksOf(FILES[0]!)) {
      expect(b.text.endsWith("...")).toBe(false);
      expect(b.text.startsWith("在2024年第一季度安全生产会议上的讲话")).toBe(false);
    }
  });

  it("restores zf to 政府 in 002", () => {
    const texts = blocksOf(FILES[2]!).map((b) => b.text);
    expect(texts.some((t) => /zf/i.test(t))).toBe(false);
    expect(texts.some((t) => t.includes("省政府召开全省水上运输"))).toBe(true);
    expect(texts.some((t) => t.includes("市政府总值班室"))).toBe(true);
  });

  it("makes every level-1 heading of every speech a heading block of level 1", () => {
    const fixture = readFixture(ROOT).filter((e) => e.kind === "heading" && e.level === 1);
    expect(fixture.length).toBe(32);
    for (const e of fixture) {
      const speech = mined[e.file]!.speeches[e.speech - 1];
      expect(
        speech?.blocks.some((b) => b.kind === "heading" && b.level === 1 && b.text === e.text),
        `${e.file} s${e.speech} ${e.text}`,
      ).toBe(true);
    }
  });

  it("keeps titles, speaker, date and salutation out of the blocks", () => {
    const s5 = mined[FILES[4]!]!.speeches[4]!;
    expect(s5).toMatchObject({
      title: "市长在全市安全生产工作会议上的讲话",
      speaker: "罗清宇",
      date: "2024年3月16日",
      salutation: "同志们：",
    });
    for (const f of FILES)
      for (const b of blocksOf(f)) expect(b.text).not.toMatch(/^(?:同志们：|第[一二三四五]篇|.*会议上的讲话$)/);
  });
});

describe("text stages on the sample corpus: fixture", () => {
  const reports = evaluateCorpus(ROOT);

  it("reproduces the hand-labelled blocks (text, kind, level and speech)", () => {
    const exact = reports.reduce((n, r) => n + r.exact, 0);
    const expected = reports.reduce((n, r) => n + r.expected, 0);
    const lines = reports.map((r) => `${r.file} ${r.exact}/${r.expected}, ${r.extra.length} extra`);
    console.info(
      `fixture exact match: ${exact}/${expected} (${((100 * exact) / expected).toFixed(1)}%)\n  ${lines.join("\n  ")}`,
    );
    expect(expected).toBe(267);
    expect(exact / expected).toBeGreaterThanOrEqual(0.95);
    for (const r of reports) expect(r.exact / r.expected, r.file).toBeGreaterThanOrEqual(0.9);
    // Blocks the fixture does not have (a title or boilerplate kept as text) count against precision.
    expect(reports.reduce((n, r) => n + r.extra.length, 0)).toBeLessThanOrEqual(3);
  });
});
