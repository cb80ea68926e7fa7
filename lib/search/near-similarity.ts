// How alike a block is to a query that found nothing, to order the near matches that hold as many of its terms:
// the Jaccard similarity of their sets of characters and adjacent character pairs, on the text as the index sees it
// (searchableText). Pairs rather than pg_trgm's trigrams: a Chinese word is mostly two characters. Computed in
// memory on the library's copy's texts, where pg_trgm's similarity() needed a statement over the candidates.
import { searchableText } from "./ngram-index";

const PAIR = 0x10000; // a pair's code: above every single UTF-16 unit

/** The characters and adjacent pairs of each word (pairs never straddle two words). */
export function gramSet(words: string[]): Set<number> {
  const set = new Set<number>();
  for (const word of words) addGrams(searchableText(word), set);
  return set;
}

function addGrams(s: string, set: Set<number>) {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    set.add(c);
    if (i + 1 < s.length) set.add(PAIR + c * PAIR + s.charCodeAt(i + 1));
  }
}

/**
 * The distinct grams of a text, counted without allocating: characters in a table indexed by the UTF-16 unit, pairs
 * in an open-addressing table, both reused by every call (calls are synchronous) and told apart from earlier calls'
 * entries by a stamp. A set for each of fifty candidates made most of the near matches' garbage and time.
 */
const seen = {
  chars: new Uint32Array(0x10000),
  pairKeys: new Uint32Array(1024),
  pairStamps: new Uint32Array(1024),
  /** log2 of the pair table's size: a slot is the top bits of the key's multiplicative hash. */
  pairBits: 10,
  stamp: 0,
};

function nextStamp(minPairSlots: number): number {
  if (seen.pairKeys.length < minPairSlots) {
    seen.pairBits = Math.ceil(Math.log2(minPairSlots));
    seen.pairKeys = new Uint32Array(1 << seen.pairBits);
    seen.pairStamps = new Uint32Array(1 << seen.pairBits);
  }
  if (seen.stamp === 0xffffffff) {
    seen.chars.fill(0);
    seen.pairStamps.fill(0);
    seen.stamp = 0;
  }
  return ++seen.stamp;
}

/** Whether the pair was already seen under `stamp`; marks it seen. */
function pairSeenBefore(key: number, stamp: number): boolean {
  const { pairKeys, pairStamps, pairBits } = seen;
  const mask = pairKeys.length - 1;
  // The top bits: the low bits of the product depend only on the key's low bits (the pair's second character).
  for (let i = Math.imul(key, 0x9e3779b1) >>> (32 - pairBits); ; i = (i + 1) & mask) {
    if (pairStamps[i] !== stamp) {
      pairStamps[i] = stamp;
      pairKeys[i] = key;
      return false;
    }
    if (pairKeys[i] === key) return true;
  }
}

/** Jaccard similarity of the query's grams and those of `text` (already as searchableText gives it). */
export function gramSimilarity(query: Set<number>, text: string): number {
  const stamp = nextStamp(2 * text.length + 2);
  let own = 0;
  let shared = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (seen.chars[c] !== stamp) {
      seen.chars[c] = stamp;
      own++;
      if (query.has(c)) shared++;
    }
    if (i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (!pairSeenBefore(((c << 16) | d) >>> 0, stamp)) {
        own++;
        if (query.has(PAIR + c * PAIR + d)) shared++;
      }
    }
  }
  const union = query.size + own - shared;
  return union ? shared / union : 0;
}

export type RankedNear<T> = { item: T; held: number; rank: number; id: string };

/** Most terms held first, then the most alike, then by id; at most `limit`. rank = held + similarity. */
export function rankNear<T>(
  candidates: { item: T; id: string; held: number; text: string }[],
  words: string[],
  limit: number,
): RankedNear<T>[] {
  const query = gramSet(words);
  return candidates
    .map((c) => ({ item: c.item, id: c.id, held: c.held, rank: c.held + gramSimilarity(query, c.text) }))
    .sort((a, b) => b.held - a.held || b.rank - a.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, limit);
}
