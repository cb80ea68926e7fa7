// Relevance (relevance.ts) computed in memory on the library's copy, for the page of a narrow query: the copy names
// its matches (at most BROAD_MATCHES), ranks them here with the same formula, in the same float arithmetic, on the
// text as stored (the copy keeps it), and the page is made from the first of them (mirror-page.ts). Ranking a few
// hundred matches in the database meant reading each of them (3–10 ms); here it is a fraction of a millisecond.
import { CURATED, HEADING, type MirrorColumns } from "./mirror-columns";
import type { ParsedQuery } from "./parse-query";
import { compareBytes, firstInOrder } from "./sorted-page";
import { asWritten, HEADING_WEIGHT, rankTerms, RELEVANCE } from "./relevance";

/** Non-overlapping occurrences, as relevance.ts counts them (the text's length less the text without the term). */
function occurrences(text: string, term: string): number {
  let n = 0;
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) n++;
  return n;
}

/** strpos: the 1-based position in characters (code points), 0 when absent. */
function strpos(text: string, term: string): number {
  const at = text.indexOf(term);
  if (at < 0) return 0;
  return /[\uD800-\uDFFF]/.test(text) ? [...text.slice(0, at)].length + 1 : at + 1;
}

/** The library's order as a rank (reuseSql): the rank of a page without words or with too many matches. */
export function reuseOfSlot(c: MirrorColumns, slot: number): number {
  const { CURATED_BONUS, USE_WEIGHT } = RELEVANCE;
  return (c.flags[slot]! & CURATED ? CURATED_BONUS : 0) + Math.log(1 + c.uses[slot]!) * USE_WEIGHT;
}

/** Each slot's relevance to the query, as relevanceSql computes it for the row. */
export function relevanceOfSlots(
  c: MirrorColumns,
  slots: ArrayLike<number>,
  parsed: ParsedQuery,
  query: string,
): number[] {
  const { K1, B, AVG_CHARS, WHOLE_BONUS, NEAR_BONUS, NEAR_SPAN } = RELEVANCE;
  const terms = rankTerms(parsed);
  const whole = asWritten(query);
  const typed = [...(whole || terms.join(""))].length;
  return Array.from(slots, (slot) => {
    const reuse = reuseOfSlot(c, slot);
    if (!terms.length) return reuse;
    const text = c.storedTexts[slot]!;
    const chars = c.chars[slot]!;
    const norm = K1 * (1 - B + (B * Math.max(chars, AVG_CHARS)) / AVG_CHARS);
    let saturated = 0;
    for (const t of terms) saturated += 1 - Math.exp(-occurrences(text, t) / norm);
    let score = saturated / terms.length;
    if (terms.length > 1) {
      if (whole) score += text.includes(whole) ? WHOLE_BONUS : 0;
      const pos = terms.map((t) => strpos(text, t));
      const least = Math.min(...pos);
      score += least > 0 ? NEAR_BONUS / (1 + (Math.max(...pos) - least) / NEAR_SPAN) : 0;
    }
    const weight = c.flags[slot]! & HEADING && chars > typed * 2 ? HEADING_WEIGHT : 1;
    return score * weight + reuse;
  });
}

/**
 * The first `take` blocks of the relevance order (rank, then newest, then the id in byte order), in that order,
 * with their ranks.
 */
export function rankedPage(
  c: MirrorColumns,
  slots: ArrayLike<number>,
  parsed: ParsedQuery,
  query: string,
  take: number,
): { slots: number[]; ranks: number[] } {
  const ranks = relevanceOfSlots(c, slots, parsed, query);
  const { created, ids } = c;
  const first = firstInOrder(
    Array.from(slots, (_, i) => i),
    take,
    (a, b) => ranks[b]! - ranks[a]! || created[slots[b]!]! - created[slots[a]!]!,
    (a, b) => compareBytes(ids[slots[b]!]!, ids[slots[a]!]!),
  );
  return { slots: first.map((i) => slots[i]!), ranks: first.map((i) => ranks[i]!) };
}
