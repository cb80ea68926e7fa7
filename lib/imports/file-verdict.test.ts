import { describe, expect, it } from "vitest";
import { mineDocument } from "../mining/mine-document";
import type { MinedBlock, MinedDocument } from "../mining/types";
import { failedVerdict, judgeMinedFile, LONG_BLOCK_CHARS, type VerdictInput } from "./file-verdict";

const block = (text: string, over: Partial<MinedBlock> = {}): MinedBlock => ({
  kind: "paragraph",
  level: null,
  text,
  headingPath: [],
  role: "body",
  position: 0,
  lineNo: 1,
  category: "隐患排查",
  confidence: 0.9,
  tags: [],
  placeholders: [],
  charCount: [...text].length,
  normHash: "h",
  ...over,
});

function doc(blocks: MinedBlock[], over: Partial<MinedDocument> = {}): VerdictInput {
  const body = blocks.map((b) => b.text).join("\n");
  return {
    speeches: [{ order: 1, title: "讲话", speaker: null, date: null, salutation: null, blocks }],
    removed: [],
    rawText: `讲话\n${body}`,
    ...over,
  };
}

const sentence = "要聚焦重点行业领域开展拉网式排查，建立台账，整改销号。";
const codes = (v: ReturnType<typeof judgeMinedFile>) => v.reasons.map((r) => r.code);

describe("the quality verdict of a mined file", () => {
  it("asks for a look when the file holds the same speech more than once", () => {
    const speech = (order: number, text: string) => ({
      order,
      title: "讲话",
      speaker: null,
      date: null,
      salutation: null,
      blocks: [block(sentence), block(text)],
    });
    const repeated = doc([], { speeches: [1, 2, 3].map((o) => speech(o, "谢谢大家！")) });
    const v = judgeMinedFile(repeated);
    expect(codes(v)).toEqual(["repeated_speeches"]);
    expect(v.reasons[0]!.message).toContain("3 篇中只有 1 篇不同");
    const distinct = doc([], { speeches: [speech(1, "谢谢大家！"), speech(2, "散会。")] });
    expect(codes(judgeMinedFile(distinct))).toEqual([]);
  });

  it("is 好 for ordinary paragraphs classified with confidence", () => {
    expect(judgeMinedFile(doc([block(sentence), block(sentence + "二")]))).toEqual({ level: "好", reasons: [] });
  });

  it("flags a block over 800 characters, and a text that came on one line", () => {
    const long = sentence.repeat(Math.ceil((LONG_BLOCK_CHARS + 1) / sentence.length));
    const v = judgeMinedFile(doc([block(long)], { rawText: long }));
    expect(v.level).toBe("需要检查");
    expect(codes(v)).toEqual(["long_block", "no_breaks"]);
    expect(v.reasons[0]!.message).toContain(`最长 ${[...long].length} 字`);
    expect(v.reasons[1]!.message).toMatch(/原文没有分段（\d+ 字只有 1 行）/);
    // Exactly 800 is not over.
    const edge = "字".repeat(LONG_BLOCK_CHARS);
    expect(codes(judgeMinedFile(doc([block(edge), block(sentence)])))).toEqual([]);
  });

  it("names where paragraph breaks were inferred from the text, by reason and line", () => {
    const inferredSplits = [
      { lineNo: 4, reason: "按句末空格拆分段落" },
      { lineNo: 2, reason: "按句末空格拆分段落" },
      { lineNo: 9, reason: "标题与正文连写，已拆开" },
    ];
    const v = judgeMinedFile(doc([block(sentence), block(sentence + "二")], { inferredSplits }));
    expect(v).toEqual({
      level: "好", // a note, not a reason to look: the split paragraphs read well
      reasons: [],
      notes: [
        {
          code: "inferred_splits",
          message: "3 处分段是根据文字推断的：按句末空格拆分段落（第 2、4 行）；标题与正文连写，已拆开（第 9 行）",
        },
      ],
    });
    const joined = judgeMinedFile(
      doc([block(sentence)], {
        inferredSplits: [{ lineNo: 5, reason: "按句末空格拆分段落", parts: 6 }, ...inferredSplits],
      }),
    );
    expect(joined.level).toBe("需要检查"); // one line became six paragraphs: a guess to check
    expect(joined.reasons).toEqual([
      { code: "inferred_splits", message: "原文的分段是推断的（第 5 行按句末空格拆分段落，成 6 段），请核对分段" },
    ]);
    expect(joined.notes).toHaveLength(1);
    const many = Array.from({ length: 7 }, (_, i) => ({ lineNo: i + 1, reason: "按句末空格拆分段落" }));
    expect(judgeMinedFile(doc([block(sentence)], { inferredSplits: many })).notes![0]!.message).toContain(
      "（第 1、2、3、4、5 行等 7 行）",
    );
  });

  it("flags many removals by their share of the file, not counting restored abbreviations", () => {
    const noise = "相关推荐：更多范文请登录下载 ".repeat(20);
    const many = doc([block(sentence)], {
      rawText: `${noise}\n${sentence}`,
      removed: [{ text: noise.trim(), reason: "网站页眉页脚", lineNo: 1 }],
    });
    expect(codes(judgeMinedFile(many))).toEqual(["many_removals"]);
    expect(judgeMinedFile(many).reasons[0]!.message).toMatch(/清除了原文约 \d+% 的文字（1 处）/);
    const restoredOnly = doc([block(sentence)], {
      rawText: "zf".repeat(50),
      removed: Array.from({ length: 50 }, () => ({ text: "zf", reason: "屏蔽缩写还原：zf→政府", lineNo: 1 })),
    });
    expect(codes(judgeMinedFile(restoredOnly))).toEqual([]);
  });

  it("flags low classifier confidence when a share of the paragraphs are guesses", () => {
    const guesses = [block(sentence, { confidence: 0.2 }), block(sentence, { confidence: 0.3 }), block(sentence)];
    const v = judgeMinedFile(doc(guesses));
    expect(codes(v)).toEqual(["low_confidence"]);
    expect(v.reasons[0]!.message).toContain("2 个段落（共 3 个）");
    // One guess among many, or low confidence on headings only, is not a reason.
    const fine = [block(sentence, { confidence: 0.2 }), ...Array.from({ length: 9 }, () => block(sentence))];
    expect(codes(judgeMinedFile(doc(fine)))).toEqual([]);
  });

  it("takes the miner's not-a-speech and mojibake signals as reasons", () => {
    const v = judgeMinedFile({
      ...doc([block(sentence)]),
      notSpeech: { reason: "内容是账户配置表，没有中文句子" },
      mojibake: { reason: "有 12 处像是按错误编码读出的字符", samples: ["鍦ㄥ叏", "浼氳"] },
    });
    expect(v.level).toBe("需要检查");
    expect(v.reasons).toEqual([
      { code: "not_speech", message: "看起来不是讲话材料：内容是账户配置表，没有中文句子" },
      { code: "mojibake", message: "可能有乱码：有 12 处像是按错误编码读出的字符（如“鍦ㄥ叏”“浼氳”）" },
    ]);
  });

  it("reads the mojibake the miner found in a real file", async () => {
    const broken = new TextDecoder("gb18030").decode(new TextEncoder().encode("全县安全"));
    const text = `同志们：\n今天召开${broken}工作会议，主要任务是部署下一阶段的安全生产工作，压实各方责任。\n`;
    const mined = await mineDocument("乱码.txt", new TextEncoder().encode(text));
    expect(mined.mojibake?.samples).toEqual([broken.slice(0, 12)]);
    expect(judgeMinedFile(mined).reasons.map((r) => r.code)).toContain("mojibake");
  });

  it("gives 失败 with the refusal as its reason", () => {
    expect(failedVerdict("文件是空的。")).toEqual({
      level: "失败",
      reasons: [{ code: "failed", message: "文件是空的。" }],
    });
  });
});
