// The candidates for near matches (near-matches.ts) from the library's copy in memory: every visible block that
// passes the filters, holds none of the excluded words and holds at least `need` of the relaxed terms, the best
// SIMILARITY_RANKED of them by terms held, shorter first. In memory every block is weighed, where the index's
// statement can afford only the first 1,000 candidates it happens to read; and which blocks hold a term is
// usually kept already (mirror-part-sets.ts). The chosen ones' hits are made from the copy too (mirror-page.ts).
import type { LibraryMirror } from "./library-mirror";
import { slotFilter } from "./mirror-facets";
import { wordParts } from "./ngram-index";
import type { ParsedQuery } from "./parse-query";
import type { SearchFilters } from "./search-filters";
import { firstInOrder } from "./sorted-page";

/** `slot`: valid until the copy next changes. */
export type NearCandidate = { id: string; held: number; slot: number };

/** The slots holding every run of `word` (null: the word sets no condition); read-only (it may be the copy's own). */
function holdingWord(m: LibraryMirror, word: string): Uint32Array | null {
  const parts = wordParts(word);
  if (!parts.length) return null;
  if (parts.length === 1) return m.columns.holding(parts[0]!);
  const out = m.columns.noSlots();
  out.set(m.columns.holding(parts[0]!));
  for (const part of parts.slice(1)) {
    const held = m.columns.holding(part);
    for (let i = 0; i < out.length; i++) out[i]! &= held[i]!;
  }
  return out;
}

/**
 * Counts, per slot, how many of the sets hold it, as bit planes: plane k holds bit k of each slot's count (as many
 * planes as the count of sets needs: two for three terms).
 */
function countPlanes(m: LibraryMirror, sets: Uint32Array[]): Uint32Array[] {
  const planes = Array.from({ length: Math.max(1, 32 - Math.clz32(sets.length)) }, () => m.columns.noSlots());
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
  const length = planes[0]!.length;
  for (let i = 0; i < length; i++) {
    let word = excluded ? ~excluded[i]! : ~0;
    for (let k = 0; word && k < planes.length; k++) word &= held & (1 << k) ? planes[k]![i]! : ~planes[k]![i]!;
    for (; word; word &= word - 1) {
      const slot = i * 32 + (31 - Math.clz32(word & -word));
      if (passes(slot)) out.push(slot);
    }
  }
  return out;
}

/**
 * The best `limit` candidates: most terms held first, then shorter, then by id (in no particular order: rankNear
 * orders them). Counted a machine word (32 slots) at a time, and of the level that does not fit whole only the
 * shortest are chosen, in a bounded heap: two common character pairs are in a third of the library, and sorting
 * those blocks took longer than all the rest.
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
  const shorter = (a: number, b: number) => c.chars[a]! - c.chars[b]!;
  const byId = (a: number, b: number) => (c.ids[a]! < c.ids[b]! ? -1 : c.ids[a]! > c.ids[b]! ? 1 : 0);
  for (let held = terms.length; held >= Math.max(1, relaxed.need) && found.length < limit; held--) {
    const level = slotsHolding(planes, held, excluded, passes);
    // Only the level that does not fit whole is ordered, and only its shortest (a bounded heap).
    const room = limit - found.length;
    const taken = level.length <= room ? level : firstInOrder(level, room, shorter, byId);
    for (const slot of taken) found.push({ id: c.ids[slot]!, held, slot });
  }
  return found;
}
