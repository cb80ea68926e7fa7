// The blocks that can be on a page of a narrow query in an explicit sort (most used, recently used, newest), from the
// library's copy, which holds each block's sort keys exactly: every block that sorts at or before the page's last
// one, ties on those keys included. The copy does not know how PostgreSQL's collation orders ids (the last
// tie-breaker), so the page statement orders these few rows itself; without them it would walk the sort's index
// and test row after row for a phrase that a few hundred blocks hold, or read every match to sort them.
import type { MirrorColumns } from "./mirror-columns";
import type { SearchSort } from "./search-blocks";

export type ExplicitSort = Exclude<SearchSort, "relevance">;

/** `slots`: the query's matches; `take`: the page's last position (offset + limit). */
export function sortedPageCandidates(c: MirrorColumns, slots: number[], sort: ExplicitSort, take: number): number[] {
  if (slots.length <= take) return slots;
  const [first, second] =
    sort === "most_used" ? [c.uses, c.created] : sort === "recently_used" ? [c.lastUsed, c.created] : [c.created, null];
  // Descending; never-used blocks (-Infinity) last. -Infinity minus -Infinity is NaN, which reads as a tie.
  const order = (a: number, b: number) => first[b]! - first[a]! || (second ? second[b]! - second[a]! : 0) || 0;
  const last = [...slots].sort(order)[take - 1]!;
  return slots.filter((s) => order(s, last) <= 0);
}
