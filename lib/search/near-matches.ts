// When all the words together find nothing (a word the library does not use, a character typed wrong), the clerk
// gets the closest blocks instead of an empty page: with several words, the blocks holding the most of them; with
// one word of three or more characters, the blocks holding the most of its character pairs (an n-gram fuzzy
// match). Ties go to pg_trgm's similarity to the whole query. Both are found through the n-gram GIN index.
// The work is bounded whatever the query: at most NEAR_TERMS terms (the longest, which say the most), and the
// statement stops after NEAR_TIMEOUT_MS (then there are simply no near matches): a courtesy must not let one
// read-only user keep the database busy.
import { Prisma } from "../db/generated/client";
import { containsQuery } from "./ngram-index";
import { parseQuery, type ParsedQuery } from "./parse-query";
import { hitColumns, toHit, type HitRow, type SearchHit } from "./search-blocks";
import { runBoundedSearchSql } from "./search-db";
import { andSql, categorySql, filterSql, type SearchFilters } from "./search-filters";

export const NEAR_LIMIT = 5;
const CANDIDATES = 500;
/** The most terms a near match is made of: words (the longest first) or character pairs (the first ones). */
export const NEAR_TERMS = 8;
export const NEAR_TIMEOUT_MS = 1000;

/** The terms a near match is made of, and how many of them a block must hold; null when nothing can be relaxed. */
export function relaxedTerms(parsed: ParsedQuery): { terms: string[]; need: number } | null {
  const words = [...parsed.include, ...parsed.phrases].map((w) => w.trim()).filter(Boolean);
  if (words.length > 1) {
    const longest = words
      .map((w, i) => ({ w, i }))
      .sort((a, b) => [...b.w].length - [...a.w].length || a.i - b.i)
      .slice(0, NEAR_TERMS);
    return { terms: longest.sort((a, b) => a.i - b.i).map((x) => x.w), need: 1 };
  }
  const chars = [...(words[0] ?? "").normalize("NFKC").toLowerCase()].filter((c) => /[\p{L}\p{N}]/u.test(c));
  if (chars.length < 3) return null;
  const pairs = [...new Set(chars.slice(1).map((c, i) => chars[i] + c))].slice(0, NEAR_TERMS);
  return { terms: pairs, need: Math.max(1, Math.ceil(pairs.length / 2)) };
}

export async function nearMatches(query: string, filters: SearchFilters = {}): Promise<SearchHit[]> {
  const parsed = parseQuery(query);
  const relaxed = relaxedTerms(parsed);
  if (!relaxed) return [];
  const any = relaxed.terms.map(containsQuery).filter((q): q is string => !!q);
  if (!any.length) return [];
  const excluded = parsed.exclude
    .map(containsQuery)
    .filter((q): q is string => !!q)
    .map((q) => `!${q}`);
  const tsquery = [`(${any.join(" | ")})`, ...excluded].join(" & ");
  const held = Prisma.join(
    relaxed.terms.map((t) => Prisma.sql`(strpos(lower(b.text), ${t.toLowerCase()}) > 0)::int`),
    " + ",
  );
  const whole = [...parsed.include, ...parsed.phrases].join(" ");
  const where = andSql([
    Prisma.sql`b.search_vector @@ ${tsquery}::tsquery`,
    ...filterSql(filters),
    categorySql(filters.categoryIds),
  ]);
  const rows = await runBoundedSearchSql<(HitRow & { held: number })[]>(
    NEAR_TIMEOUT_MS,
    Prisma.sql`
      WITH c AS MATERIALIZED (
        SELECT b.id, ${held} AS held, similarity(b.text, ${whole}) AS sim FROM blocks b WHERE ${where} LIMIT ${CANDIDATES})
      SELECT ${hitColumns(Prisma.sql`b`)}, (c.held + c.sim)::float8 AS rank
      FROM c JOIN blocks b ON b.id = c.id
      WHERE c.held >= ${relaxed.need}
      ORDER BY c.held DESC, c.sim DESC, b.id
      LIMIT ${NEAR_LIMIT}`,
  );
  return (rows ?? []).map(({ held: _held, ...r }) => toHit(r));
}
