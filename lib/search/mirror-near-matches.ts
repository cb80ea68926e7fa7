// The candidates for near matches (near-matches.ts) from the library's copy in memory: every visible block that
// passes the filters, holds none of the excluded words and holds at least `need` of the relaxed terms, the best
// SIMILARITY_RANKED of them by terms held, shorter first. In memory every block is weighed, where the index's
// statement can afford only the first 1,000 candidates it happens to read; and which blocks hold a term is
// usually kept already (mirror-part-sets.ts).
import type { LibraryMirror } from "./library-mirror";
import { slotFilter } from "./mirror-facets";
import { hasBit } from "./mirror-part-sets";
import { wordParts } from "./ngram-index";
import type { ParsedQuery } from "./parse-query";
import type { SearchFilters } from "./search-filters";

export type NearCandidate = { id: string; held: number };

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

export function nearCandidates(
  m: LibraryMirror,
  relaxed: { terms: string[]; need: number },
  parsed: ParsedQuery,
  filters: SearchFilters,
  limit: number,
): NearCandidate[] {
  const c = m.columns;
  const terms = relaxed.terms.map((t) => holdingWord(m, t)).filter((s): s is Uint32Array => s !== null);
  const excluded = parsed.exclude.map((w) => holdingWord(m, w)).filter((s): s is Uint32Array => s !== null);
  const passes = slotFilter(c, filters);
  const found: { slot: number; held: number }[] = [];
  for (let slot = 0; slot < c.size; slot++) {
    let held = 0;
    for (const t of terms) if (hasBit(t, slot)) held++;
    if (held < relaxed.need || excluded.some((x) => hasBit(x, slot)) || !passes(slot)) continue;
    found.push({ slot, held });
  }
  return found
    .map(({ slot, held }) => ({ id: c.ids[slot]!, held, chars: c.chars[slot]! }))
    .sort((a, b) => b.held - a.held || a.chars - b.chars || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, limit)
    .map(({ id, held }) => ({ id, held }));
}
