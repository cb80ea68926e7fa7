// The candidates for near matches (near-matches.ts) from the library's copy in memory: every visible block that
// passes the filters, holds none of the excluded words and holds at least `need` of the relaxed terms, the best
// SIMILARITY_RANKED of them by terms held, shorter first. In memory every block is weighed, where the index's
// statement can afford only the first 1,000 candidates it happens to read; and which blocks hold a term is
// usually kept already (mirror-part-sets.ts). The chosen ones' hits are made from the copy too (hitAt).
import type { LibraryMirror } from "./library-mirror";
import { CURATED, HEADING, PLACEHOLDERS, type MirrorColumns } from "./mirror-columns";
import { slotFilter } from "./mirror-facets";
import { wordParts } from "./ngram-index";
import type { ParsedQuery } from "./parse-query";
import type { SearchHit } from "./search-blocks";
import type { SearchFilters } from "./search-filters";

/** `slot`: valid until the copy next changes. */
export type NearCandidate = { id: string; held: number; slot: number };

/** The slots holding every run of `word` (null: the word sets no condition). */
function holdingWord(m: LibraryMirror, word: string): Uint32Array | null {
  const parts = wordParts(word);
  if (!parts.length) return null;
  const out = m.columns.noSlots();
  out.set(m.columns.holding(parts[0]!));
  for (const part of parts.slice(1)) {
    const held = m.columns.holding(part);
    for (let i = 0; i < out.length; i++) out[i]! &= held[i]!;
  }
  return out;
}

/** Counts, per slot, how many of the sets hold it, as bit planes: plane k holds bit k of each slot's count. */
function countPlanes(m: LibraryMirror, sets: Uint32Array[]): Uint32Array[] {
  const planes = [m.columns.noSlots(), m.columns.noSlots(), m.columns.noSlots(), m.columns.noSlots()]; // counts to 15
  for (const set of sets)
    for (let i = 0; i < set.length; i++) {
      let carry = set[i]!;
      for (let k = 0; carry && k < planes.length; k++) {
        const plane = planes[k]!;
        const next = plane[i]! & carry;
        plane[i]! ^= carry;
        carry = next;
      }
    }
  return planes;
}

/** The slots whose count is exactly `held`, less the excluded ones, that pass the filters. */
function slotsHolding(
  planes: Uint32Array[],
  held: number,
  excluded: Uint32Array | null,
  passes: (slot: number) => boolean,
) {
  const out: number[] = [];
  for (let i = 0; i < planes[0]!.length; i++) {
    let word = excluded ? ~excluded[i]! : ~0;
    planes.forEach((plane, k) => (word &= held & (1 << k) ? plane[i]! : ~plane[i]!));
    for (; word; word &= word - 1) {
      const slot = i * 32 + (31 - Math.clz32(word & -word));
      if (passes(slot)) out.push(slot);
    }
  }
  return out;
}

/**
 * The best `limit` candidates: most terms held first, then shorter, then by id. Counted a machine word (32 slots) at a
 * time, and only the level that does not fit whole is sorted: two common character pairs are in a third of the
 * library, and sorting those blocks took longer than all the rest.
 */
export function nearCandidates(
  m: LibraryMirror,
  relaxed: { terms: string[]; need: number },
  parsed: ParsedQuery,
  filters: SearchFilters,
  limit: number,
): NearCandidate[] {
  const c = m.columns;
  const terms = relaxed.terms.map((t) => holdingWord(m, t)).filter((s): s is Uint32Array => s !== null);
  const excludedSets = parsed.exclude.map((w) => holdingWord(m, w)).filter((s): s is Uint32Array => s !== null);
  let excluded: Uint32Array | null = null;
  if (excludedSets.length) {
    excluded = c.noSlots();
    for (const set of excludedSets) for (let i = 0; i < set.length; i++) excluded[i]! |= set[i]!;
  }
  const planes = countPlanes(m, terms);
  const passes = slotFilter(c, filters);
  const found: NearCandidate[] = [];
  for (let held = terms.length; held >= Math.max(1, relaxed.need) && found.length < limit; held--) {
    let level = slotsHolding(planes, held, excluded, passes);
    if (found.length + level.length > limit) {
      const byLength = (a: number, b: number) =>
        c.chars[a]! - c.chars[b]! || (c.ids[a]! < c.ids[b]! ? -1 : c.ids[a]! > c.ids[b]! ? 1 : 0);
      // Only the blocks as short as the last one taken need the full order.
      const lengths = Int32Array.from(level, (slot) => c.chars[slot]!).sort();
      const longest = lengths[limit - found.length - 1]!;
      level = level.filter((slot) => c.chars[slot]! <= longest).sort(byLength);
    }
    for (const slot of level.slice(0, limit - found.length)) found.push({ id: c.ids[slot]!, held, slot });
  }
  return found;
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
