// When all the words together find nothing (a word the library does not use, a character typed wrong), the clerk
// gets the closest blocks instead of an empty page: with several words, the blocks holding the most of them; with
// one word of three or more characters, the blocks holding the most of its character pairs (an n-gram fuzzy
// match). Ties go to pg_trgm's similarity to the whole query. Both are found through the n-gram GIN index.
import { Prisma } from "../db/generated/client";
import { containsQuery } from "./ngram-index";
import { parseQuery, type ParsedQuery } from "./parse-query";
import { hitColumns, toHit, type HitRow, type SearchHit } from "./search-blocks";
import { runSearchSql } from "./search-db";
import { andSql, categorySql, filterSql, type SearchFilters } from "./search-filters";

export const NEAR_LIMIT = 5;
const CANDIDATES = 500;

/** The terms a near match is made of, and how many of them a block must hold; null when nothing can be relaxed. */
export function relaxedTerms(parsed: ParsedQuery): { terms: string[]; need: number } | null {
  const words = [...parsed.include, ...parsed.phrases].map((w) => w.trim()).filter(Boolean);
  if (words.length > 1) return { terms: words, need: 1 };
  const chars = [...(words[0] ?? "").normalize("NFKC").toLowerCase()].filter((c) => /[\p{L}\p{N}]/u.test(c));
  if (chars.length < 3) return null;
  const pairs = [...new Set(chars.slice(1).map((c, i) => chars[i] + c))];
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
  const rows = await runSearchSql<(HitRow & { held: number })[]>(
    Prisma.sql`
      WITH c AS MATERIALIZED (
        SELECT b.id, ${held} AS held, similarity(b.text, ${whole}) AS sim FROM blocks b WHERE ${where} LIMIT ${CANDIDATES})
      SELECT ${hitColumns(Prisma.sql`b`)}, (c.held + c.sim)::float8 AS rank
      FROM c JOIN blocks b ON b.id = c.id
      WHERE c.held >= ${relaxed.need}
      ORDER BY c.held DESC, c.sim DESC, b.id
      LIMIT ${NEAR_LIMIT}`,
    true,
  );
  return rows.map(({ held: _held, ...r }) => toHit(r));
}
