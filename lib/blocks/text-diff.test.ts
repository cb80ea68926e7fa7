import { describe, expect, it } from "vitest";
import { diffForReading } from "./text-diff";

const from = (parts: ReturnType<typeof diffForReading>) =>
  parts
    .filter((p) => !p.added)
    .map((p) => p.value)
    .join("");
const to = (parts: ReturnType<typeof diffForReading>) =>
  parts
    .filter((p) => !p.removed)
    .map((p) => p.value)
    .join("");

describe("diffForReading", () => {
  it("marks an inserted clause as one addition between equal text", () => {
    const a = "要开展拉网式隐患排查，建立台账，整改销号。";
    const b = "要开展拉网式隐患排查，建立台账，整改销号，确保问题隐患动态清零。";
    const parts = diffForReading(a, b);
    expect(parts).toEqual([
      { value: "要开展拉网式隐患排查，建立台账，整改销号" },
      { value: "，确保问题隐患动态清零", added: true },
      { value: "。" },
    ]);
  });

  it("keeps a replaced word whole instead of shredding it on shared characters", () => {
    const a = "要深入开展城镇燃气安全专项整治。";
    const b = "要全面推进危险化学品安全专项整治。";
    const parts = diffForReading(a, b);
    expect(from(parts)).toBe(a);
    expect(to(parts)).toBe(b);
    expect(parts[0]).toEqual({ value: "要" });
    expect(parts.at(-1)).toEqual({ value: "安全专项整治。" });
    expect(parts.filter((p) => p.removed)).toHaveLength(1);
    expect(parts.filter((p) => p.added)).toHaveLength(1);
  });

  it("always reconstructs both texts, removals before additions, and no empty parts", () => {
    const pairs = [
      ["", "新增一段"],
      ["删除一段", ""],
      ["相同", "相同"],
      ["2024年事故起数同比下降12%。", "2025年事故起数同比下降15.5%，死亡人数下降8%。"],
      ["×× 县安全生产委员会", "某某市安全生产委员会办公室"],
    ] as const;
    for (const [a, b] of pairs) {
      const parts = diffForReading(a, b);
      expect(from(parts)).toBe(a);
      expect(to(parts)).toBe(b);
      expect(parts.every((p) => p.value.length > 0)).toBe(true);
      for (let i = 1; i < parts.length; i++) expect(parts[i - 1]!.added && parts[i]!.removed).toBeFalsy();
    }
  });

  it("gives up gracefully on two long unrelated texts", () => {
    const a = "甲乙丙丁".repeat(1500);
    const b = "子丑寅卯".repeat(1500);
    const parts = diffForReading(a, b);
    expect(parts).toEqual([
      { value: a, removed: true },
      { value: b, added: true },
    ]);
  });
});

describe("diffForReading numbers", () => {
  it("shows a changed number whole", () => {
    const parts = diffForReading("同比分别下降12%和15%。", "同比分别下降8%和10%。");
    expect(parts).toEqual([
      { value: "同比分别下降" },
      { value: "12", removed: true },
      { value: "8", added: true },
      { value: "%和" },
      { value: "15", removed: true },
      { value: "10", added: true },
      { value: "%。" },
    ]);
    expect(diffForReading("下降12.5%", "下降12.8%")).toEqual([
      { value: "下降" },
      { value: "12.5", removed: true },
      { value: "12.8", added: true },
      { value: "%" },
    ]);
  });
});
