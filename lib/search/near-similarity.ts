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

/** Jaccard similarity of the query's grams and those of `text` (already as searchableText gives it). */
export function gramSimilarity(query: Set<number>, text: string): number {
  const own = new Set<number>();
  addGrams(text, own);
  let shared = 0;
  for (const g of query) if (own.has(g)) shared++;
  const union = query.size + own.size - shared;
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
