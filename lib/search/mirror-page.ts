// The page of a search the library's copy in memory has counted, made there: the copy finds the blocks up to the
// page's last in the order of the page statements of search-blocks.ts, ties by id in byte order (idOrder;
// mirror-relevance.ts, sorted-page.ts), and makes each hit from what it holds of the block (mirror-hits.ts). The
// copy is caught up with every change committed before the search, so the page is the one PostgreSQL would return;
// it saves the search a round trip, the slowest part of most searches at 100,000 blocks.
import { CURATED, HEADING, PLACEHOLDERS, type MirrorColumns } from "./mirror-columns";
import type { ParsedQuery } from "./parse-query";
import { relevanceOfSlots, reuseOfSlot } from "./mirror-relevance";
import type { SearchHit } from "./search-blocks";

/** The blocks up to the page's last, in the page's order, and their relevance when the page is ranked by it. */
export type FirstInOrder = { slots: number[]; ranks: number[] | null };

/** What the hit's rank is, as the statement computes it: relevance to the words, or the library's order. */
export type RankOf = { words: ParsedQuery; query: string } | "reuse";

/** The hits at positions offset … offset + limit - 1 of the blocks named in order. */
export function pageFromCopy(
  c: MirrorColumns,
  first: FirstInOrder,
  rankOf: RankOf,
  offset: number,
  limit: number,
): SearchHit[] {
  const slots = first.slots.slice(offset, offset + limit);
  const ranks =
    first.ranks?.slice(offset, offset + limit) ??
    (rankOf === "reuse"
      ? slots.map((slot) => reuseOfSlot(c, slot))
      : relevanceOfSlots(c, slots, rankOf.words, rankOf.query));
  return slots.map((slot, k) => hitAt(c, slot, ranks[k]!));
}

/** Microseconds since the epoch (as the copy holds times) as an ISO timestamp, as a hit read from a row gives it. */
const isoFromMicros = (us: number) => new Date(us / 1000).toISOString();

/** The hit of a slot, as the statements of search-blocks.ts read it from the block's row; valid until it moves. */
export function hitAt(c: MirrorColumns, slot: number, rank: number): SearchHit {
  const flags = c.flags[slot]!;
  const level = c.hits.level[slot]!;
  const lastUsed = c.lastUsed[slot]!;
  return {
    id: c.ids[slot]!,
    text: c.storedTexts[slot]!,
    kind: flags & HEADING ? "HEADING" : "PARAGRAPH",
    level: level < 0 ? null : level,
    categoryId: c.categories.names[c.category[slot]!] ?? null,
    tags: Array.from(c.tagsOf(slot), (t) => c.tagNames.names[t]!),
    curated: (flags & CURATED) !== 0,
    hidden: false, // the copy holds visible blocks only
    version: c.hits.version[slot]!,
    useCount: c.uses[slot]!,
    charCount: c.chars[slot]!,
    hasPlaceholders: (flags & PLACEHOLDERS) !== 0,
    placeholders: [...c.hits.spans[slot]!],
    lastUsedAt: lastUsed === -Infinity ? null : isoFromMicros(lastUsed),
    createdAt: isoFromMicros(c.created[slot]!),
    sourceTitle: c.hits.sourceTitles[slot]!,
    rank,
  };
}
