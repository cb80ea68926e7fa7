// Taxonomy signal-word features for the block classifier: one scan of the text per category signal list.
import type { FeatureConfig } from "./classifier-features";
import { addFlag, type Group } from "./classifier-feature-hashing";

/** Signal words indexed by their first character, for one scan of the text. */
type SignalIndex = {
  categories: string[];
  /** Per UTF-16 code unit: 1 + the index in `words` of the first word starting with it, or 0 (no word does); the
   *  words with one first character follow each other. A typed array, not a Map: most characters are looked up. */
  firstWord: Uint16Array | Int32Array;
  words: { word: string; id: number; category: number; first: number }[];
  count: number;
  /** Scratch for addSignals (extraction is synchronous): per word, the call that last saw it; per category, how
   *  many distinct words were seen. Stamps spare clearing the words between calls. */
  seenIn: Int32Array;
  call: number;
  counts: Int32Array;
};

const signalIndexCache = new WeakMap<FeatureConfig, SignalIndex>();

function signalIndex(config: FeatureConfig): SignalIndex {
  let index = signalIndexCache.get(config);
  if (index) return index;
  const categories = Object.keys(config.signals);
  const words: SignalIndex["words"] = [];
  categories.forEach((key, category) => {
    for (const word of new Set(config.signals[key])) {
      if (word) words.push({ word, id: words.length, category, first: word.charCodeAt(0) });
    }
  });
  const count = words.length;
  // Grouped by first character, each group in the order the words were read (a stable sort).
  words.sort((a, b) => a.first - b.first);
  const firstWord = count < 0xffff ? new Uint16Array(0x10000) : new Int32Array(0x10000);
  for (let w = count - 1; w >= 0; w--) firstWord[words[w].first] = w + 1;
  const scratch = { seenIn: new Int32Array(count), call: 0, counts: new Int32Array(categories.length) };
  index = { categories, firstWord, words, count, ...scratch };
  signalIndexCache.set(config, index);
  return index;
}

/** After 2³² calls the stamps wrap round: the words are cleared and counting starts again at 1. */
function restartStamps(index: SignalIndex): number {
  index.seenIn.fill(0);
  return (index.call = 1);
}

/** Adds one flag per category whose signal words occur in the text: prefix + category, value(distinct words). */
export function addSignals(
  g: Group,
  text: string,
  config: FeatureConfig,
  prefix: string,
  value: (n: number) => number,
) {
  const index = signalIndex(config);
  const { seenIn, counts, firstWord, words } = index;
  const call = (index.call = (index.call + 1) | 0) || restartStamps(index);
  counts.fill(0);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    for (let w = firstWord[c] - 1; w >= 0 && w < words.length && words[w].first === c; w++) {
      const s = words[w];
      if (seenIn[s.id] !== call && text.startsWith(s.word, i)) {
        seenIn[s.id] = call;
        counts[s.category]++;
      }
    }
  }
  addSignalCounts(g, counts, config, prefix, value);
}

/** The flags of addSignals from counts of distinct signal words per category (in the taxonomy's order). */
export function addSignalCounts(
  g: Group,
  counts: Int32Array,
  config: FeatureConfig,
  prefix: string,
  value: (n: number) => number,
) {
  const { categories } = signalIndex(config);
  for (let k = 0; k < counts.length; k++) {
    if (counts[k] > 0) addFlag(g, prefix + categories[k], value(counts[k]));
  }
}

/** Where the signal words occur in a text, to count them in any of its prefixes and suffixes without a scan each:
 *  per word found (by id), where its first occurrence ends and its last one starts. */
export type SignalSpans = { found: number[]; firstEnd: Int32Array; lastStart: Int32Array; category: Int32Array };

export function signalSpans(text: string, config: FeatureConfig): SignalSpans {
  const { firstWord, words, count } = signalIndex(config);
  const firstEnd = new Int32Array(count).fill(-1);
  const lastStart = new Int32Array(count);
  const category = new Int32Array(count);
  const found: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    for (let w = firstWord[c] - 1; w >= 0 && w < words.length && words[w].first === c; w++) {
      const s = words[w];
      if (!text.startsWith(s.word, i)) continue;
      if (firstEnd[s.id] < 0) {
        firstEnd[s.id] = i + s.word.length;
        category[s.id] = s.category;
        found.push(s.id);
      }
      lastStart[s.id] = i;
    }
  }
  return { found, firstEnd, lastStart, category };
}

/** Distinct signal words per category in text.slice(0, end) (first) or text.slice(end) (not first). */
export function signalCountsOfPart(spans: SignalSpans, config: FeatureConfig, end: number, first: boolean) {
  const counts = new Int32Array(signalIndex(config).categories.length);
  for (const id of spans.found) {
    if (first ? spans.firstEnd[id] <= end : spans.lastStart[id] >= end) counts[spans.category[id]]++;
  }
  return counts;
}
