// Taxonomy signal-word features for the block classifier: one scan of the text per category signal list.
import type { FeatureConfig } from "./classifier-features";
import { addFlag, type Group } from "./classifier-feature-hashing";

/** Signal words indexed by their first character, for one scan of the text. */
type SignalIndex = {
  categories: string[];
  /** Bit set over UTF-16 code units: does some signal word start with this character? */
  starts: Uint8Array;
  byFirst: Map<number, { word: string; id: number; category: number }[]>;
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
  const byFirst: SignalIndex["byFirst"] = new Map();
  const starts = new Uint8Array(8192);
  let count = 0;
  categories.forEach((key, category) => {
    for (const word of new Set(config.signals[key])) {
      if (!word) continue;
      const first = word.charCodeAt(0);
      starts[first >> 3] |= 1 << (first & 7);
      byFirst.set(first, [...(byFirst.get(first) ?? []), { word, id: count++, category }]);
    }
  });
  const scratch = { seenIn: new Int32Array(count), call: 0, counts: new Int32Array(categories.length) };
  index = { categories, starts, byFirst, count, ...scratch };
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
  const { seenIn, counts } = index;
  const call = (index.call = (index.call + 1) | 0) || restartStamps(index);
  counts.fill(0);
  let any = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!(index.starts[c >> 3] & (1 << (c & 7)))) continue;
    for (const s of index.byFirst.get(c)!) {
      if (seenIn[s.id] !== call && text.startsWith(s.word, i)) {
        seenIn[s.id] = call;
        counts[s.category]++;
        any = true;
      }
    }
  }
  if (!any) return;
  for (let k = 0; k < counts.length; k++) {
    if (counts[k] > 0) addFlag(g, prefix + index.categories[k], value(counts[k]));
  }
}
