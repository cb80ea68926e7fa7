import { describe, expect, it } from "vitest";
import { classProbabilities, defaultClassifier } from "./classify";
import { cutPartProbabilities, isWhitespaceCode } from "./classifier-part-scores";
import type { ParsedBlock } from "./types";

// Sentences of an invented county's speech, in the shapes pages give them: full-width spaces and tabs inside,
// Traditional characters, digits, Latin letters, placeholders, and the taxonomy's signal words (隐患, 排查, 应急, 责任)
// on both sides of the cuts.
const SENTENCES = [
  "今年以来，全县安全生产形势总体平稳，但上月一家建材企业发生机械伤害事故，造成1人死亡，教训十分深刻。",
  "要對轄區內的企業開展一次全面排查，重點查看有限空間、動火作業和粉塵涉爆場所，發現隱患立即整改。",
  "各部门主要负责同志是本行业安全生产第一责任人，要把责任分解到岗位、落实到人头，　层层签订责任书。",
  "要做好防汛和防暑应急准备，修订完善应急预案，备足抽水泵、沙袋等物资，落实24小时值班值守。",
  "大家要抓好LNG加气站和XX化工园区的\t监管执法，对××企业的违法行为依法从严查处，绝不姑息。",
  "下一步，要加强安全宣传培训，组织开展“安全生产月”活动，让安全知识进企业、进社区、进校园。",
];
const TEXT = SENTENCES.join("");
const block: ParsedBlock = {
  kind: "paragraph",
  level: null,
  text: TEXT,
  headingPath: ["二、突出重点，扎实抓好各项工作"],
  role: "body",
  position: 4,
  lineNo: 12,
} as ParsedBlock;
const classifier = defaultClassifier();

/** Every offset just after a sentence's or a clause's end: many cuts, so the paragraph is read whole. */
const clauseEnds = [...TEXT.matchAll(/[。，、]/g)].map((m) => m.index + 1).filter((at) => at < TEXT.length);

function expectSameAsHalfByHalf(part: ParsedBlock, cuts: number[], readWhole = true) {
  const halves = cutPartProbabilities(part, cuts, classifier);
  expect(halves.readWhole).toBe(readWhole);
  // Read in the order glued-paragraphs.ts reads them: each cut's shorter half first.
  cuts.forEach((at, i) => {
    const first = classProbabilities({ ...part, text: part.text.slice(0, at) }, classifier);
    const second = classProbabilities({ ...part, text: part.text.slice(at), position: part.position + 1 }, classifier);
    const [a, b] =
      at <= part.text.length - at ? [halves.first(i), halves.second(i)] : [halves.second(i), halves.first(i)];
    const [x, y] = at <= part.text.length - at ? [first, second] : [second, first];
    for (let k = 0; k < x.length; k++) {
      expect(a[k]).toBeCloseTo(x[k]!, 12);
      expect(b[k]).toBeCloseTo(y[k]!, 12);
    }
  });
}

describe("cutPartProbabilities", () => {
  it("gives each half the probabilities classProbabilities gives it, on a paragraph read whole", () => {
    expect(clauseEnds.length).toBeGreaterThan(20);
    expectSameAsHalfByHalf(block, clauseEnds);
  });

  it("gives the same at cuts inside words, where a signal word ends or starts right at the cut", () => {
    const around = (word: string) => [TEXT.indexOf(word), TEXT.indexOf(word) + word.length];
    const cuts = [...around("隱患"), ...around("应急"), ...around("责任书"), ...around("宣传培训")].sort(
      (a, b) => a - b,
    );
    expectSameAsHalfByHalf(
      block,
      [...cuts, ...clauseEnds].sort((a, b) => a - b),
    );
  });

  it("gives the same on a paragraph long enough for the sums' tables to grow", () => {
    // The speech's characters in a scrambled order (a fixed one): nearly every n-gram new, some 9,000 in all.
    const chars = [...new Set(TEXT.replace(/[^\u4e00-\u9fff]/g, ""))];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    const sentences = Array.from({ length: 75 }, () =>
      Array.from({ length: 40 }, () => chars[next() % chars.length]).join(""),
    );
    const text = sentences.join("。") + "。";
    const cuts = [...text.matchAll(/。/g)].map((m) => m.index + 1).filter((_, i) => i % 5 === 2);
    expectSameAsHalfByHalf({ ...block, text }, cuts);
  });

  it("gives the same when the halves are asked for out of order", () => {
    const cuts = clauseEnds.filter((_, i) => i % 3 === 0);
    const halves = cutPartProbabilities(block, cuts, classifier);
    for (const i of [cuts.length - 1, 0, Math.floor(cuts.length / 2), 1]) {
      const second = classProbabilities({ ...block, text: TEXT.slice(cuts[i]), position: 5 }, classifier);
      const first = classProbabilities({ ...block, text: TEXT.slice(0, cuts[i]) }, classifier);
      halves.second(i).forEach((p, k) => expect(p).toBeCloseTo(second[k]!, 12));
      halves.first(i).forEach((p, k) => expect(p).toBeCloseTo(first[k]!, 12));
    }
  });

  it("reads a paragraph with few cuts half by half, and gives the same for an opening one and one outside sections", () => {
    expectSameAsHalfByHalf(block, [SENTENCES[0]!.length], false);
    expectSameAsHalfByHalf({ ...block, role: "opening", position: 0, headingPath: [] }, clauseEnds);
    expectSameAsHalfByHalf({ ...block, headingPath: [] }, clauseEnds);
  });

  it("gives the same where the text holds every kind of white space, an emoji and a lone surrogate at the cuts", () => {
    const odd = [
      "\u2028",
      "\u2029",
      "\ufeff",
      "\u1680",
      "\u2005",
      "\u202f",
      "\u205f",
      "\u3000",
      "\u00a0",
      "\v",
      "😀",
      "\ud83d",
    ];
    const text = SENTENCES.map((s, i) => odd[i % odd.length] + s + odd[(i + 5) % odd.length]).join(" ");
    const cuts = [0, ...[...text.matchAll(/[。，]/g)].map((m) => m.index + 1), text.length];
    expectSameAsHalfByHalf({ ...block, text }, cuts);
  });

  it("refuses cuts out of order or outside the text, a cut it was not given, and a paragraph's halves read after the next paragraph's", () => {
    expect(() => cutPartProbabilities(block, [40, 20], classifier)).toThrow(RangeError);
    expect(() => cutPartProbabilities(block, [TEXT.length + 1], classifier)).toThrow(RangeError);
    const halves = cutPartProbabilities(block, clauseEnds, classifier);
    expect(() => halves.first(clauseEnds.length)).toThrow(RangeError);
    const next = { ...block, text: TEXT.slice(20) };
    expect(
      cutPartProbabilities(
        next,
        clauseEnds.filter((at) => at < next.text.length),
        classifier,
      ).readWhole,
    ).toBe(true);
    expect(() => halves.second(3)).toThrow(/next paragraph/);
  });
});

describe("isWhitespaceCode", () => {
  it("holds exactly the characters /\\s/ matches", () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isWhitespaceCode(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});
