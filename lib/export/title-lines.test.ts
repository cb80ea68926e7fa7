import { describe, expect, it } from "vitest";
import { TITLE_CHARS_PER_LINE, titleBreaks, titleLines } from "./title-lines";

const width = (s: string) => [...s].reduce((w, c) => w + (c.charCodeAt(0) <= 0x7e ? 0.5 : 1), 0);

describe("a long title's lines", () => {
  it("keeps a title that fits on one line whole (20 characters of 22 pt on the 156 mm text block)", () => {
    expect(TITLE_CHARS_PER_LINE).toBe(20);
    expect(titleBreaks("在全县安全生产工作会议上的讲话")).toEqual([]);
    expect(titleBreaks("在全县安全生产委员会全体（扩大）会议上")).toEqual([]);
  });

  it("wraps between words, evenly, a shorter line above on a tie", () => {
    expect(titleLines("在2026年第四季度全县安全生产工作会议上的讲话")).toEqual([
      "在2026年第四季度全县",
      "安全生产工作会议上的讲话",
    ]);
    expect(titleLines("在县安委会全体（扩大）会议暨安全生产专项整治部署会上的讲话")).toEqual([
      "在县安委会全体（扩大）会议暨",
      "安全生产专项整治部署会上的讲话",
    ]);
  });

  it("takes a third line rather than cut a word where two full lines would need it", () => {
    const title = "在全市安全生产委员会全体（扩大）会议暨重大事故隐患专项排查整治行动部署会上的讲话";
    const lines = titleLines(title);
    expect(lines).toHaveLength(3);
    expect(lines.join("")).toBe(title);
    for (const line of lines) expect(width(line)).toBeLessThanOrEqual(20);
    // No word is cut: 重大, 专项, 排查, 安全 stay whole.
    for (const word of ["重大", "专项", "排查", "安全", "扩大"]) expect(lines.some((l) => l.includes(word))).toBe(true);
    expect(lines.some((l) => /^[）”》，、]/.test(l) || /[（“《]$/.test(l))).toBe(false);
  });

  it("cuts by width only when one word is wider than a line", () => {
    // A run of Latin letters is one word; half-width, 40 of them fill a line.
    const lines = titleLines("ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRST", 20);
    expect(lines.map((l) => l.length)).toEqual([40, 6]);
  });

  it("does not cut inside quotes or a book title when lines a little less even avoid it", () => {
    const title = "在全县学习贯彻习近平总书记关于安全生产重要论述暨“安全生产月”活动启动仪式上的讲话";
    const lines = titleLines(title);
    expect(lines.join("")).toBe(title);
    expect(lines.some((l) => l.startsWith("“安全生产月”"))).toBe(true);
    expect(titleLines(title.replace(/[“”]/g, '"')).some((l) => l.startsWith('"安全生产月"'))).toBe(true);
  });
});
