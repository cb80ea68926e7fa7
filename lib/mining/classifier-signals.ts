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
  index = { categories, starts, byFirst, count };
  signalIndexCache.set(config, index);
  return index;
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
  let seen: Uint8Array | null = null;
  let counts: number[] | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!(index.starts[c >> 3] & (1 << (c & 7)))) continue;
    for (const s of index.byFirst.get(c) ?? []) {
      seen ??= new Uint8Array(index.count);
      counts ??= new Array<number>(index.categories.length).fill(0);
      if (!seen[s.id] && text.startsWith(s.word, i)) {
        seen[s.id] = 1;
        counts[s.category]++;
      }
    }
  }
  counts?.forEach((n, k) => {
    if (n > 0) addFlag(g, prefix + index.categories[k], value(n));
  });
}
