// The blocks that can be on a page of a search counted in the library's copy, for every order but relevance
// ranked in memory (mirror-relevance.ts): the explicit sorts (most used, recently used, newest) and the library's
// order (curated, then most used, then newest), which an empty or broad relevance search uses. The copy holds each
// block's sort keys exactly, so it names every block that sorts at or before the page's last one, ties on those
// keys included. The copy does not know how PostgreSQL's collation orders ids (the last tie-breaker), so the page
// statement orders these few rows itself; without them it would walk the sort's index and test row after row (a
// word in a few thousand blocks: 15–20 ms), or read every match to sort them.
import { CURATED, type MirrorColumns } from "./mirror-columns";
import type { SearchSort } from "./search-blocks";

export type ExplicitSort = Exclude<SearchSort, "relevance">;
/** "reuse": the library's order, which relevance falls back to without words or with too many matches. */
export type CopyOrder = ExplicitSort | "reuse";

/** Descending on each key; never-used blocks (-Infinity) last. -Infinity minus -Infinity is NaN: a tie. */
function comparator(c: MirrorColumns, sort: CopyOrder): (a: number, b: number) => number {
  const { uses, created, lastUsed, flags } = c;
  switch (sort) {
    case "most_used":
      return (a, b) => uses[b]! - uses[a]! || created[b]! - created[a]! || 0;
    case "recently_used":
      return (a, b) => lastUsed[b]! - lastUsed[a]! || created[b]! - created[a]! || 0;
    case "newest":
      return (a, b) => created[b]! - created[a]! || 0;
    case "reuse":
      return (a, b) =>
        (flags[b]! & CURATED) - (flags[a]! & CURATED) || uses[b]! - uses[a]! || created[b]! - created[a]! || 0;
  }
}

/** `slots`: the search's matches; `take`: the page's last position (offset + limit). */
export function sortedPageCandidates(c: MirrorColumns, slots: ArrayLike<number>, sort: CopyOrder, take: number) {
  return pageCandidates(slots, take, comparator(c, sort));
}

/**
 * The items at or before the `take`-th in the order `before` (negative: a comes first), ties with it included, in
 * no particular order. One pass keeps the best `take` in a heap whose root is the worst of them, so tens of
 * thousands of matches cost about a millisecond where sorting them cost ten; a second pass adds the ties.
 */
export function pageCandidates(
  items: ArrayLike<number>,
  take: number,
  before: (a: number, b: number) => number,
): number[] {
  if (items.length <= take) return Array.from(items);
  const heap: number[] = [];
  const later = (i: number, j: number) => before(heap[i]!, heap[j]!) > 0;
  const siftDown = (i: number) => {
    for (;;) {
      const [l, r] = [2 * i + 1, 2 * i + 2];
      let worst = i;
      if (l < heap.length && later(l, worst)) worst = l;
      if (r < heap.length && later(r, worst)) worst = r;
      if (worst === i) return;
      [heap[i], heap[worst]] = [heap[worst]!, heap[i]!];
      i = worst;
    }
  };
  for (let k = 0; k < items.length; k++) {
    const item = items[k]!;
    if (heap.length < take) {
      heap.push(item);
      for (let i = heap.length - 1; i > 0 && later(i, (i - 1) >> 1); i = (i - 1) >> 1)
        [heap[i], heap[(i - 1) >> 1]] = [heap[(i - 1) >> 1]!, heap[i]!];
    } else if (before(item, heap[0]!) < 0) {
      heap[0] = item;
      siftDown(0);
    }
  }
  const last = heap[0]!;
  const out: number[] = [];
  for (let k = 0; k < items.length; k++) if (before(items[k]!, last) <= 0) out.push(items[k]!);
  return out;
}
