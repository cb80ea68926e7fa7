// The class probabilities of a paragraph's two halves at each of many cut points (glued-paragraphs.ts tries every
// sentence start of a paragraph far longer than the others). Read half by half, that is one classification per cut
// of text up to the paragraph's length: quadratic in it. Here the paragraph is read once: the text group (the
// character n-grams) is summed as the first half grows from the start and as the second half grows from the end,
// and the signal words are found once with where each first ends and last starts; the heading, structure, cues
// and section are scored per half as classProbabilities scores them (they read a half's ends, not all of it).
// The probabilities are classProbabilities' for `{ ...block, text: first half }` and `{ ...block, text: second
// half, position: position + 1 }`, up to the rounding of the sums' different order.
import { classProbabilities, probabilitiesOf, scoresWithoutText, type BlockClassifier } from "./classify";
import { featureHash, FNV_PRIME } from "./classifier-feature-hashing";
import { TEXT_NGRAMS, type PartReading } from "./classifier-features";
import { foldToSimplified } from "./classifier-script-fold";
import { signalCountsOfPart, signalSpans, type SignalSpans } from "./classifier-signals";
import { normalCode } from "./classifier-text";
import { GrowingSum } from "./classifier-growing-sum";
import type { ParsedBlock } from "./types";

export type CutPartProbabilities = {
  /** The probabilities of the text before cut i. */
  first(i: number): Float64Array;
  /** The probabilities of the text from cut i on. */
  second(i: number): Float64Array;
  /** Whether the paragraph is read once for all cuts (else half by half). */
  readWhole: boolean;
};

/** What /\s/ matches (compact() in classifier-features.ts drops it): ECMAScript's white space and line terminators. */
export function isWhitespaceCode(c: number): boolean {
  return c <= 0x20
    ? c === 0x20 || (c >= 0x09 && c <= 0x0d)
    : c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff;
}

const TEXT_PREFIX_HASH = featureHash(TEXT_NGRAMS);

/** A paragraph cut at `at`: the text before it, and the text from it on as the next block. */
export function halvesAt(block: ParsedBlock, at: number): [ParsedBlock, ParsedBlock] {
  return [
    { ...block, text: block.text.slice(0, at) },
    { ...block, text: block.text.slice(at), position: block.position + 1 },
  ];
}

/**
 * Cut points are offsets into block.text, increasing. Read half by half instead: a paragraph with few cuts (their
 * shorter halves, which a caller reads first, add up to less than the paragraph: reading it whole costs more), a
 * heading (whose text group drops its number) and a model with word features (jieba's words of a half are not the
 * words of the whole).
 */
export function cutPartProbabilities(
  block: ParsedBlock,
  cuts: readonly number[],
  classifier: BlockClassifier,
): CutPartProbabilities {
  cuts.forEach((at, i) => {
    if (!(at >= 0 && at <= block.text.length && (i === 0 || at >= cuts[i - 1]!)))
      throw new RangeError(`cut points must be offsets into the text, in increasing order: ${cuts.join(", ")}`);
  });
  const firstPart = (i: number) => halvesAt(block, cuts[i]!)[0];
  const secondPart = (i: number) => halvesAt(block, cuts[i]!)[1];
  const shorterHalves = cuts.reduce((sum, at) => sum + Math.min(at, block.text.length - at), 0);
  if (
    shorterHalves <= block.text.length ||
    block.kind === "heading" ||
    classifier.config.words ||
    !classifier.config.charNgrams.length
  ) {
    return {
      first: (i) => classProbabilities(firstPart(checked(i, cuts)), classifier),
      second: (i) => classProbabilities(secondPart(checked(i, cuts)), classifier),
      readWhole: false,
    };
  }
  const reading = readParagraph(block.text, cuts, classifier);
  const text = textGroupScores(reading, classifier);
  const { config } = classifier;
  const signalCounts = (i: number, first: boolean) =>
    reading.spans
      ? signalCountsOfPart(reading.spans, config, reading.rawCuts[i]!, first)
      : new Int32Array(Object.keys(config.signals).length);
  const probabilities = (part: ParsedBlock, reading: PartReading, textScores: Float64Array) => {
    const acc = scoresWithoutText(part, reading, classifier);
    for (let k = 0; k < acc.length; k++) acc[k] += textScores[k]!;
    return probabilitiesOf(acc, classifier);
  };
  return {
    readWhole: true,
    first: (i) =>
      probabilities(
        firstPart(i),
        { raw: reading.raw.slice(0, reading.rawCuts[i]), signalCounts: signalCounts(i, true) },
        text.first(i),
      ),
    second: (i) =>
      probabilities(
        secondPart(i),
        { raw: reading.raw.slice(reading.rawCuts[i]), signalCounts: signalCounts(i, false) },
        text.second(i),
      ),
  };
}

/** A paragraph read once for all its cuts. */
type ParagraphReading = {
  /** The text as the groups read it: whitespace dropped, folded to Simplified (both character by character, so a
   *  half's reading is a slice of it). */
  raw: string;
  /** Each cut's offset in raw. */
  rawCuts: Int32Array;
  /** raw's characters as the n-grams read them (normalCode), those it drops left out, and each cut's offset here. */
  codes: Int32Array;
  length: number;
  codeCuts: Int32Array;
  spans: SignalSpans | null;
};

function readParagraph(text: string, cuts: readonly number[], classifier: BlockClassifier): ParagraphReading {
  const rawCuts = new Int32Array(cuts.length);
  let compact = "";
  let next = 0;
  for (let i = 0; i < text.length; i++) {
    while (next < cuts.length && cuts[next] === i) rawCuts[next++] = compact.length;
    if (!isWhitespaceCode(text.charCodeAt(i))) compact += text[i];
  }
  while (next < cuts.length) rawCuts[next++] = compact.length;
  const raw = foldToSimplified(compact);
  const codes = new Int32Array(raw.length);
  const codeCuts = new Int32Array(cuts.length);
  let length = 0;
  next = 0;
  for (let q = 0; q < raw.length; q++) {
    while (next < cuts.length && rawCuts[next] === q) codeCuts[next++] = length;
    const c = normalCode(raw.charCodeAt(q));
    if (c >= 0) codes[length++] = c;
  }
  while (next < cuts.length) codeCuts[next++] = length;
  const spans = classifier.config.signalWeight > 0 ? signalSpans(raw, classifier.config) : null;
  return { raw, rawCuts, codes, length, codeCuts, spans };
}

/**
 * The text group's class scores (L2-normalised log counts × weights) of each cut's two halves, summed lazily: the
 * first halves' sum grows from the start only as far as the cuts asked for, the second halves' from the end. A
 * caller that reads the shorter half of each cut first reads about the paragraph's length in all.
 */
function textGroupScores({ codes, length, codeCuts: starts }: ParagraphReading, classifier: BlockClassifier) {
  const cuts = starts.length;
  const orders = classifier.config.charNgrams;
  const maxN = Math.max(...orders);
  let wanted = 0;
  for (const n of orders) wanted |= 1 << n;
  const hashOf = (from: number, n: number): number | null => {
    let h = TEXT_PREFIX_HASH;
    for (let j = from; j < from + n; j++) {
      if (codes[j] === 0x20) return null; // an n-gram never spans a boundary
      h = Math.imul(h ^ codes[j]!, FNV_PRIME);
    }
    return h;
  };

  const generation = ++readings;
  const current = (i: number) => {
    if (generation !== readings) throw new Error("a paragraph's halves are read before the next paragraph's cuts");
    return checked(i, starts);
  };
  const firstScores: Float64Array[] = new Array(cuts);
  FIRST_SUM.reset(classifier);
  let end = 0; // the first halves' sum holds the n-grams that end at or before `end`
  let nextFirst = 0;
  const first = (i: number): Float64Array => {
    current(i);
    while (!firstScores[i]) {
      while (nextFirst < cuts && starts[nextFirst] === end) firstScores[nextFirst++] = FIRST_SUM.scores();
      if (firstScores[i]) break;
      end++;
      for (let n = 1; n <= maxN && n <= end; n++) {
        const h = wanted & (1 << n) ? hashOf(end - n, n) : null;
        if (h !== null) FIRST_SUM.add(h);
      }
    }
    return firstScores[i];
  };

  const secondScores: Float64Array[] = new Array(cuts);
  SECOND_SUM.reset(classifier);
  let from = length; // the second halves' sum holds the n-grams that start at or after `from`
  let nextSecond = cuts - 1;
  const second = (i: number): Float64Array => {
    current(i);
    while (!secondScores[i]) {
      while (nextSecond >= 0 && starts[nextSecond] === from) secondScores[nextSecond--] = SECOND_SUM.scores();
      if (secondScores[i]) break;
      from--;
      for (let n = 1; n <= maxN && from + n <= length; n++) {
        const h = wanted & (1 << n) ? hashOf(from, n) : null;
        if (h !== null) SECOND_SUM.add(h);
      }
    }
    return secondScores[i];
  };
  return { first, second };
}

/** Reset for each paragraph: its halves are read synchronously, one paragraph at a time (a reader whose paragraph
 *  was followed by another's throws rather than answer from the other's sums). */
const FIRST_SUM = new GrowingSum();
const SECOND_SUM = new GrowingSum();
let readings = 0;

function checked(i: number, cuts: ArrayLike<number>): number {
  if (!Number.isInteger(i) || i < 0 || i >= cuts.length) throw new RangeError(`no cut ${i} of ${cuts.length}`);
  return i;
}
