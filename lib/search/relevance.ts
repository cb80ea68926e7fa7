// Relevance of a block to a query, computed from the block's text (stored inline) rather than from its n-gram
// tsvector (stored out of line: reading it back costs more than the whole formula). For each term, its number
// of occurrences, saturated and normalised by the block's length in the manner of BM25 (1 - e^(-tf/k), which
// needs the count once); for several terms, a bonus when the whole query occurs as written and one for terms
// close together; then curation and reuse.
//
// Length normalisation only ever lowers a term's weight (texts shorter than average count as average), and a
// heading's text relevance is scaled down unless the query is most of the heading: a 15-character heading that
// holds both words of a two-word query is a title, and the paragraph that holds them is what the clerk wants.
import { Prisma } from "../db/generated/client";
import type { ParsedQuery } from "./parse-query";

/** The formula's constants (mirror-relevance.ts computes the same in memory). */
export const RELEVANCE = {
  K1: 1.2,
  B: 0.75,
  AVG_CHARS: 150,
  /** Curation and reuse: the tie-breakers. */
  CURATED_BONUS: 0.2,
  USE_WEIGHT: 0.1,
  /** Several terms: the whole query as written, and the terms' first occurrences within about NEAR_SPAN. */
  WHOLE_BONUS: 1,
  NEAR_BONUS: 0.5,
  NEAR_SPAN: 20,
} as const;
const { K1, B, AVG_CHARS, CURATED_BONUS, USE_WEIGHT, WHOLE_BONUS, NEAR_BONUS, NEAR_SPAN } = RELEVANCE;
/** A heading's text relevance is multiplied by this, unless the query covers at least half of the heading. */
export const HEADING_WEIGHT = 0.3;
const CJK = /[\u3400-\u9fff]/u;

/** The query as it would appear in a text: quotes and exclusions dropped; no spaces in Chinese text. */
export function asWritten(query: string): string {
  const kept = query
    .replace(/-"[^"]*"|-“[^”]*”|(^|\s)-\S+/g, " ")
    .replace(/["“”]/g, " ")
    .trim();
  return CJK.test(kept) ? kept.replace(/\s+/g, "") : kept.replace(/\s+/g, " ");
}

/** The terms that count for relevance: words and phrases, each once. */
export const rankTerms = (q: ParsedQuery) =>
  [...new Set([...q.include, ...q.phrases].map((t) => t.trim()))].filter(Boolean);

/** A constant of ours (not input) written into the SQL as float8, so that the arithmetic stays in floats. */
const num = (x: number) => Prisma.raw(`${x}::float8`);

const occurrences = (alias: Prisma.Sql, term: string) =>
  Prisma.sql`((octet_length(${alias}.text) - octet_length(replace(${alias}.text, ${term}, '')))::float8
    / ${num(Buffer.byteLength(term))})`;

/** Curation and reuse: the whole relevance of an empty query, and the tie-breaker of every other. */
export const reuseSql = (alias: Prisma.Sql) =>
  Prisma.sql`(CASE WHEN ${alias}.curated THEN ${num(CURATED_BONUS)} ELSE ${num(0)} END + ln(1 + ${alias}.use_count) * ${num(USE_WEIGHT)})`;

/** The relevance expression for rows of `alias` (columns text, kind, char_count, curated, use_count). */
export function relevanceSql(alias: Prisma.Sql, parsed: ParsedQuery, query: string): Prisma.Sql {
  const terms = rankTerms(parsed);
  if (!terms.length) return reuseSql(alias);
  const norm = Prisma.sql`(${num(K1)} * (${num(1 - B)} + ${num(B)} * greatest(${alias}.char_count, ${num(AVG_CHARS)}) / ${num(AVG_CHARS)}))`;
  const saturated = terms.map((t) => Prisma.sql`(1 - exp(-${occurrences(alias, t)} / ${norm}))`);
  const parts = [Prisma.sql`(${Prisma.join(saturated, " + ")}) / ${num(terms.length)}`];
  const whole = asWritten(query);
  const typed = [...(whole || terms.join(""))].length;
  if (terms.length > 1) {
    if (whole)
      parts.push(Prisma.sql`CASE WHEN strpos(${alias}.text, ${whole}) > 0 THEN ${num(WHOLE_BONUS)} ELSE ${num(0)} END`);
    const pos = Prisma.join(
      terms.map((t) => Prisma.sql`strpos(${alias}.text, ${t})`),
      ", ",
    );
    // First occurrences only: a cheap stand-in for the smallest window holding every term.
    parts.push(Prisma.sql`CASE WHEN least(${pos}) > 0
      THEN ${num(NEAR_BONUS)} / (1 + (greatest(${pos}) - least(${pos})) / ${num(NEAR_SPAN)}) ELSE ${num(0)} END`);
  }
  // The query is "clearly a heading" when it is at least half of the heading's characters.
  const weight = Prisma.sql`(CASE WHEN ${alias}.kind = 'HEADING' AND ${alias}.char_count > ${typed * 2}
    THEN ${num(HEADING_WEIGHT)} ELSE ${num(1)} END)`;
  return Prisma.sql`((${Prisma.join(parts, " + ")}) * ${weight} + ${reuseSql(alias)})`;
}
