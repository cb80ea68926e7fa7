import { describe, expect, it } from "vitest";
import { repairScript } from "./decode-script";
import { mineText } from "./text-pipeline";
import type { SourceLine } from "./types";

const lines = (text: string): SourceLine[] => text.split("\n").map((t, i) => ({ text: t, lineNo: i + 1 }));

const TRADITIONAL =
  "在全縣安全生產工作會議上的講話\n同誌們：\n各鄉鎮要壓實屬地責任，深入開展隱患排查整治，確保全鎮安全形勢持續穩定。";

describe("repairScript", () => {
  it("converts a Traditional page to Simplified and says so", () => {
    const r = repairScript(lines(TRADITIONAL));
    expect(r.lines.map((l) => l.text)).toEqual([
      "在全县安全生产工作会议上的讲话",
      "同志们：",
      "各乡镇要压实属地责任，深入开展隐患排查整治，确保全镇安全形势持续稳定。",
    ]);
    expect(r.lines.map((l) => l.lineNo)).toEqual([1, 2, 3]);
    expect(r.warnings).toEqual([expect.stringContaining("繁体字")]);
  });

  it("leaves Simplified text as it is, with no warning", () => {
    const text = "各乡镇要压实属地责任，著力解决突出问题，确保全镇安全形势持续稳定。\n干部要发扬斗争精神。";
    const r = repairScript(lines(text));
    expect(r.lines.map((l) => l.text).join("\n")).toBe(text);
    expect(r.warnings).toEqual([]);
  });

  it("cuts mojibake out of the line, reports it and warns", () => {
    const broken = new TextDecoder("gb18030").decode(new TextEncoder().encode("全县"));
    const r = repairScript(lines(`今天召开${broken}安全生产工作会议。`));
    expect(r.lines[0]!.text).toBe("今天召开安全生产工作会议。");
    expect(r.removed).toEqual([{ text: broken, reason: expect.stringContaining("乱码"), lineNo: 1 }]);
    expect(r.warnings).toEqual([expect.stringContaining("乱码")]);
  });

  it("warns about replacement characters left by an earlier bad conversion", () => {
    const r = repairScript(lines("今天召开全县\ufffd\ufffd生产工作会议。"));
    expect(r.warnings).toEqual([expect.stringContaining("2 个无法识别的字符")]);
  });

  it("hands its warnings and removals to the mining result", () => {
    const r = mineText(TRADITIONAL);
    expect(r.warnings).toEqual([expect.stringContaining("繁体字")]);
    expect(r.speeches[0]!.title).toBe("在全县安全生产工作会议上的讲话");
  });
});
