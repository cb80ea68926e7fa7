import { describe, expect, it } from "vitest";
import { splitPieces } from "../../components/corpus/split-points";

describe("split points of a paragraph under review", () => {
  it("offers a cut after each sentence end and at joining spaces, never at the ends", () => {
    const text = "第一句。第二句！“第三句？”  第四句；尾巴";
    const pieces = splitPieces(text);
    expect(pieces.map((p) => p.text)).toEqual(["第一句。", "第二句！", "“第三句？”", "  第四句；", "尾巴"]);
    expect(pieces.map((p) => p.text).join("")).toBe(text);
    for (const p of pieces.slice(0, -1)) expect(text.slice(0, p.cutAfter!).endsWith(p.text)).toBe(true);
    expect(pieces.at(-1)!.cutAfter).toBeNull();
  });

  it("gives one piece for a single sentence and ignores a trailing sentence end", () => {
    expect(splitPieces("只有一句。")).toEqual([{ text: "只有一句。", cutAfter: null }]);
  });
});
