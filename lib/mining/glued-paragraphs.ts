// Two paragraphs a page ran together on one line (its break lost in copying) read as one paragraph far longer than
// the speech's others, whose first half is about one thing and whose second half opens a new point of the speech
// (要…, 同时，…, 此外，…, 各单位要…) about another. Such a paragraph is cut at that sentence start, but only when
// the classifier reads both halves confidently as different categories and neither half's category as likely for
// the other: a long paragraph that develops one point, or moves between two close ones, stays whole. 同时/此外/另外
// carry a paragraph on more often than they open one, so they cut only where the page shows it lost its breaks (the
// line was cut by another rule, or the lines are a transcript's chunks); no cut falls inside a quotation.
// The cut is made on the parsed speech, before classification, and reported as inferred.
import type { BlockClassifier } from "./classify";
import { cutPartProbabilities, halvesAt } from "./classifier-part-scores";
import { placeBlocks } from "./block-places";
import type { InferredSplit, ParsedBlock, ParsedSpeech } from "./types";

export const REASON_GLUED_PARAGRAPHS = "连排的两段按话题转换和“要、同时、此外”等段首拆分";

/** A paragraph at least this many times the median length of the speech's other paragraphs is suspect. */
const FAR_LONGER = 1.5;
/** The median needs this many other paragraphs to say what a paragraph of the speech is like. */
const MIN_OTHERS = 4;
/** Each half must be at least this share of the median: a paragraph of its own, not a closing remark. */
const PART_OF_MEDIAN = 0.4;
/** …and at least this many characters: two short sentences of one point (要排查…。要执法…。) stay one paragraph, as
 *  a speech's separate paragraphs are seldom this short. */
const MIN_PART = 45;
/** The classifier's probability for each half's own category, at least. */
const SURE = 0.6;
/** The probability of either half's category for the other half, at most. */
const FOREIGN = 0.3;

const SENTENCE_END = /[。！？][”’」』）)]*/g;
/** Sentence starts that open a paragraph in a speech's body: a new demand, an address to the hall. Sticky: tried at
 *  a sentence start without slicing the rest of the paragraph off. */
const OPENS_PARAGRAPH = /(?:要|还要|大家|下一步|同志们|各[^，。；：！？]{0,12}要)/y;
/** An addition: opens a paragraph on a page that lost its breaks, but mostly goes on with the point it is in. */
const ADDS_TO_PARAGRAPH = /(?:同时|此外|另外)/y;
/** Quotation marks and title marks: a sentence start inside a quoted notice or a title is no paragraph's start. */
const QUOTE_PAIRS: [string, string][] = [
  ["“", "”"],
  ["「", "」"],
  ["《", "》"],
  ["『", "』"],
];
/** Each mark's code and its pair's index, opening marks positive and closing ones negative (index + 1). */
const QUOTE_MARKS = new Map<number, number>(
  QUOTE_PAIRS.flatMap(([open, close], i): [number, number][] => [
    [open.charCodeAt(0), i + 1],
    [close.charCodeAt(0), -(i + 1)],
  ]),
);

type Scored = { at: number; foreign: number };

function topOf(p: Float64Array): number {
  let best = 0;
  for (let k = 1; k < p.length; k++) if (p[k]! > p[best]!) best = k;
  return best;
}

function startsWith(re: RegExp, text: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(text);
}

/** Whether the text before each sentence start asked for (in increasing order) has more opening than closing marks
 *  of a pair: one scan of the paragraph, not a count from its start at every sentence start. */
function quoteTracker(text: string): (at: number) => boolean {
  const open = new Int32Array(QUOTE_PAIRS.length);
  let scanned = 0;
  return (at) => {
    for (; scanned < at; scanned++) {
      const mark = QUOTE_MARKS.get(text.charCodeAt(scanned));
      if (mark !== undefined) open[Math.abs(mark) - 1]! += Math.sign(mark);
    }
    return open.some((n) => n > 0);
  };
}

/** The sentence start where the paragraph's two halves differ most clearly, or null. */
function bestCut(block: ParsedBlock, minPart: number, classifier: BlockClassifier, lostBreaks: boolean): number | null {
  const { text } = block;
  const insideQuote = quoteTracker(text);
  const cuts: number[] = [];
  for (const m of text.matchAll(SENTENCE_END)) {
    const at = m.index + m[0].length;
    if (at < minPart || text.length - at < minPart) continue;
    if (!startsWith(OPENS_PARAGRAPH, text, at) && !(lostBreaks && startsWith(ADDS_TO_PARAGRAPH, text, at))) continue;
    if (insideQuote(at)) continue;
    cuts.push(at);
  }
  if (!cuts.length) return null;
  const halves = cutPartProbabilities(block, cuts, classifier);
  let best: Scored | null = null;
  for (let i = 0; i < cuts.length; i++) {
    const at = cuts[i]!;
    // A half the classifier is not sure of rules the cut out whatever the other half reads: the shorter half is
    // read first and the longer one only when the shorter is sure (the numbers are the same either way).
    const firstShorter = at <= text.length - at;
    const shorter = firstShorter ? halves.first(i) : halves.second(i);
    if (shorter[topOf(shorter)]! < SURE) continue;
    const longer = firstShorter ? halves.second(i) : halves.first(i);
    const [a, b] = firstShorter ? [shorter, longer] : [longer, shorter];
    const ka = topOf(a);
    const kb = topOf(b);
    if (ka === kb || a[ka]! < SURE || b[kb]! < SURE || b[ka]! > FOREIGN || a[kb]! > FOREIGN) continue;
    const foreign = b[ka]! + a[kb]!;
    if (!best || foreign < best.foreign) best = { at, foreign };
  }
  return best?.at ?? null;
}

/** The median of the sorted lengths with one `length` left out (the paragraph itself): the element the median's
 *  index falls on once that one is taken out, without copying and sorting the lengths for every paragraph. */
function medianOfOthers(sorted: number[], length: number): number {
  const at = Math.floor((sorted.length - 1) / 2);
  return sorted[at < sorted.indexOf(length) ? at : at + 1] ?? 0;
}

/** The block's parts: itself, or its halves, each cut again while it is still far longer than the median. */
function partsOf(block: ParsedBlock, typical: number, classifier: BlockClassifier, lostBreaks: boolean): ParsedBlock[] {
  if (block.text.length < FAR_LONGER * typical) return [block];
  const at = bestCut(block, Math.max(MIN_PART, PART_OF_MEDIAN * typical), classifier, lostBreaks);
  if (at === null) return [block];
  const [first, second] = halvesAt(block, at);
  return [...partsOf(first, typical, classifier, lostBreaks), ...partsOf(second, typical, classifier, lostBreaks)];
}

/** chunked: the page's lines are a transcript's chunks, cut where the speaker paused rather than by paragraph. */
export function splitGluedParagraphs(
  speech: ParsedSpeech,
  classifier: BlockClassifier,
  inferred?: InferredSplit[],
  chunked = false,
): ParsedSpeech {
  const lengths = speech.blocks.filter((b) => b.kind === "paragraph").map((b) => b.text.length);
  if (lengths.length < MIN_OTHERS + 1) return speech;
  lengths.sort((x, y) => x - y);
  // Lines another rule already cut (a title or 同志们 run into the text) are lines that lost their breaks.
  const cutLines = new Set(inferred?.map((s) => s.lineNo));
  let changed = false;
  const blocks = speech.blocks.flatMap((b) => {
    if (b.kind !== "paragraph") return [b];
    const typical = medianOfOthers(lengths, b.text.length);
    if (b.text.length < FAR_LONGER * typical) return [b];
    const parts = partsOf(b, typical, classifier, chunked || cutLines.has(b.lineNo));
    if (parts.length > 1) {
      changed = true;
      inferred?.push({ lineNo: b.lineNo, reason: REASON_GLUED_PARAGRAPHS, parts: parts.length });
    }
    return parts;
  });
  if (!changed) return speech;
  const placed = placeBlocks(blocks.map(({ kind, level, text, lineNo }) => ({ kind, level, text, lineNo })));
  return { ...speech, blocks: placed };
}
