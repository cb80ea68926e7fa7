// The first blocks of a search counted in the library's copy, in the page's order, for every order but relevance
// ranked in memory (mirror-relevance.ts): the explicit sorts (most used, recently used, newest) and the library's
// order (curated, then most used, then newest), which an empty or broad relevance search uses. The copy holds each
// block's sort keys exactly and ties them by id in byte order as the statements do (idOrder in search-blocks.ts),
// so the page is made from these (mirror-page.ts). A statement would walk the sort's index and test row after row
// (a word in a few thousand blocks: 15–20 ms), or read every match to sort them.
import { CURATED, type MirrorColumns } from "./mirror-columns";
import type { SearchSort } from "./search-blocks";

export type ExplicitSort = Exclude<SearchSort, "relevance">;
/** "reuse": the library's order, which relevance falls back to without words or with too many matches. */
export type CopyOrder = ExplicitSort | "reuse";

/**
 * PostgreSQL's COLLATE "C" order of two strings (UTF-8 bytes, that is code points), where JavaScript compares
 * UTF-16 units: the two differ only between a surrogate (a character past U+FFFF) and U+E000–U+FFFF.
 */
export function compareBytes(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}
const codePointRank = (unit: number) =>
  unit >= 0xd800 && unit <= 0xdfff ? unit + 0x2000 : unit >= 0xe000 ? unit - 0x800 : unit;

/**
 * The order's keys but the id (negative: a comes first), descending on each; never-used blocks (-Infinity) last
 * (-Infinity minus -Infinity is NaN, a tie).
 */
function compareSortKeys(c: MirrorColumns, sort: CopyOrder): (a: number, b: number) => number {
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

/** The last tie-breaker of every order: the id, descending in byte order. */
const compareIds =
  (c: MirrorColumns) =>
  (a: number, b: number): number =>
    compareBytes(c.ids[b]!, c.ids[a]!);

/** `slots`: the search's matches; `take`: the page's last position (offset + limit). */
export function sortedPage(c: MirrorColumns, slots: ArrayLike<number>, sort: CopyOrder, take: number): number[] {
  return firstInOrder(slots, take, compareSortKeys(c, sort), compareIds(c));
}

/**
 * The first `take` items in the order `before` (negative: a comes first), ties broken by `tie` (a total order), in
 * that order. A first pass keeps the best `take` by `before` alone in a heap whose root is the worst of them, so
 * tens of thousands of matches cost about a millisecond where sorting them all cost ten; a second takes those before
 * the last one, and the best of those tied with it by `tie`: an import's blocks share their creation time, and
 * comparing ids throughout the first pass made 最新加入 on a common word several times slower.
 */
export function firstInOrder(
  items: ArrayLike<number>,
  take: number,
  before: (a: number, b: number) => number,
  tie: (a: number, b: number) => number,
): number[] {
  const order = (a: number, b: number) => before(a, b) || tie(a, b);
  if (items.length <= take) return Array.from(items).sort(order);
  const last = bestInHeap(items, take, before)[0]!;
  const ahead: number[] = [];
  const tied: number[] = [];
  for (let k = 0; k < items.length; k++) {
    const item = items[k]!;
    const c = before(item, last);
    if (c < 0) ahead.push(item);
    else if (c === 0) tied.push(item);
  }
  return [...ahead, ...bestInHeap(tied, take - ahead.length, tie)].sort(order);
}

/** The best `take` items by `before`, in a heap whose root is the worst of them (any of the worst, on ties). */
function bestInHeap(items: ArrayLike<number>, take: number, before: (a: number, b: number) => number): number[] {
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
  return heap;
}
