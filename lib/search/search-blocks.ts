// Library search: the n-gram tsquery finds the matches through the GIN index, the filters narrow them, and the
// page is ordered by relevance (lib/search/relevance.ts) or by one of the explicit sorts.
//
// Relevance needs every match in hand, which is cheap for a few thousand matches and not for a one-character
// query that matches a third of the library. So a first statement takes up to BROAD_MATCHES + 1 matches from
// the index and, when that is all of them, ranks them. A broader query, for which relevance says little, is
// ordered as an empty one is (curated, then most used, then newest) by a second statement that walks that
// order's index (blocks_reuse_order_idx) and so reads only as many rows as the page needs.
//
// When the library's copy in memory has counted a search, searchLibrary makes its page there instead
// (mirror-page.ts): these statements serve the landing view and the searches the copy cannot answer (a source,
// speaker, meeting, genre or favourites filter, hidden blocks, or any search before the copy is loaded).
import { Prisma } from "../db/generated/client";
import { highlightTerms, type ParsedQuery } from "./parse-query";
import type { TextForm } from "./text-scan";
import { relevanceSql, reuseSql } from "./relevance";
import { runSearchSql } from "./search-db";
import { andSql, searchConditions, type SearchFilters } from "./search-filters";

export { searchWhere, type SearchFilters } from "./search-filters";

export const BROAD_MATCHES = 2000;
export const MAX_LIMIT = 100;

export type SearchSort = "relevance" | "most_used" | "recently_used" | "newest";

export type SearchOptions = {
  query: string;
  filters?: SearchFilters;
  /** Default relevance; with an empty query relevance means curated first, then most used, then newest. */
  sort?: SearchSort;
  limit?: number;
  offset?: number;
  /** The query already parsed, when the caller has it. */
  parsed?: ParsedQuery;
  /** How the words are found (chooseTextForm); the index unless told. */
  form?: TextForm;
  /** How many blocks match, when the caller has counted them (searchLibrary, from the library's copy). */
  matches?: number;
};

export type PlaceholderSpan = { text: string; start: number; end: number };

export type SearchHit = {
  id: string;
  text: string;
  kind: "HEADING" | "PARAGRAPH";
  level: number | null;
  categoryId: string | null;
  tags: string[];
  curated: boolean;
  hidden: boolean;
  /** The block's version (the composer stores it as the provenance of an inserted paragraph). */
  version: number;
  useCount: number;
  charCount: number;
  hasPlaceholders: boolean;
  placeholders: PlaceholderSpan[];
  /** ISO timestamps */
  lastUsedAt: string | null;
  createdAt: string;
  /** Title of the source speech, else the source document's file name. */
  sourceTitle: string | null;
  rank: number;
};

/**
 * The last tie-breaker of every order: the id in byte order (COLLATE "C"), whatever the database's collation, so
 * that the library's copy, which makes most pages in memory (mirror-page.ts), orders ties exactly as PostgreSQL.
 * The sort indexes end in the same order (migration 20261206090000_sort_indexes_byte_order): walking one needs no
 * sort.
 */
export const idOrder = (a: Prisma.Sql) => Prisma.sql`${a}.id COLLATE "C" DESC`;
const blockRow = Prisma.sql`b`;

/** Each sort's ORDER BY (relevance without a text query: curated, then most used, then newest). */
export const SORT_ORDER: Record<SearchSort, Prisma.Sql> = {
  relevance: Prisma.sql`b.curated DESC, b.use_count DESC, b.created_at DESC, ${idOrder(blockRow)}`,
  most_used: Prisma.sql`b.use_count DESC, b.created_at DESC, ${idOrder(blockRow)}`,
  recently_used: Prisma.sql`b.last_used_at DESC NULLS LAST, b.created_at DESC, ${idOrder(blockRow)}`,
  newest: Prisma.sql`b.created_at DESC, ${idOrder(blockRow)}`,
};

/** The hit's columns, from rows of `alias` with the columns of blocks (the title lookups run for the page only). */
export const hitColumns = (a: Prisma.Sql) => Prisma.sql`${a}.id, ${a}.text, ${a}.kind::text AS kind, ${a}.level,
  ${a}.category_id AS "categoryId", ${a}.tags, ${a}.curated, ${a}.hidden, ${a}.version, ${a}.use_count AS "useCount",
  ${a}.char_count AS "charCount", ${a}.placeholders, ${a}.placeholders <> '[]'::jsonb AS "hasPlaceholders",
  ${a}.last_used_at AS "lastUsedAt", ${a}.created_at AS "createdAt",
  coalesce((SELECT s.title FROM corpus_speeches s WHERE s.id = ${a}.source_speech_id),
           (SELECT d.file_name FROM source_documents d WHERE d.id = ${a}.source_document_id)) AS "sourceTitle"`;

export type HitRow = Omit<SearchHit, "lastUsedAt" | "createdAt"> & { lastUsedAt: Date | null; createdAt: Date };
/** A row of the ranking statement: a hit with the match count, or only the count when the page is empty. */
type Ranked = (HitRow & { n: number }) | { id: null; n: number };

/** The page's size (1 to MAX_LIMIT, 20 unless told) and offset, whoever makes the page (mirror-page.ts too). */
export function pageBounds(opts: { limit?: number; offset?: number }): { limit: number; offset: number } {
  return {
    limit: Math.max(1, Math.min(Math.floor(opts.limit ?? 20), MAX_LIMIT)),
    offset: Math.max(0, Math.floor(opts.offset ?? 0)),
  };
}

export async function searchBlocks(opts: SearchOptions): Promise<{ hits: SearchHit[]; terms: string[] }> {
  const w = searchConditions(opts.query, opts.filters, opts.parsed, opts.form);
  const where = andSql([...w.text, ...w.filters, w.category]);
  const sort = opts.sort ?? "relevance";
  const { limit, offset } = pageBounds(opts);
  const b = Prisma.sql`b`;
  const text = w.tsquery !== null;
  let rows: HitRow[] | null = null;
  if (text && sort === "relevance" && !(opts.matches !== undefined && opts.matches > BROAD_MATCHES)) {
    // Up to BROAD_MATCHES + 1 matches from the index (c), ranked as they are read, and counted (n). When that is
    // all of them, the page is taken from c; its one row of n always comes back, even with an empty page.
    const c = Prisma.sql`c`;
    const p = Prisma.sql`p`;
    const ranked = await runSearchSql<Ranked[]>(
      Prisma.sql`
      WITH c AS MATERIALIZED (
             SELECT b.id, ${relevanceSql(b, w.parsed, opts.query)} AS rank, b.created_at
             FROM blocks b WHERE ${where} LIMIT ${BROAD_MATCHES + 1}),
           n AS (SELECT count(*)::int AS n FROM c)
      SELECT ${hitColumns(b)}, p.rank, n.n
      FROM n LEFT JOIN LATERAL (
             SELECT c.id, c.rank, c.created_at FROM c WHERE n.n <= ${BROAD_MATCHES}
             ORDER BY c.rank DESC, c.created_at DESC, ${idOrder(c)} LIMIT ${limit} OFFSET ${offset}) p ON true
        LEFT JOIN blocks b ON b.id = p.id
      ORDER BY p.rank DESC, p.created_at DESC, ${idOrder(p)}`,
      w.usesTextIndex,
    );
    if (ranked[0]!.n <= BROAD_MATCHES) rows = ranked.flatMap(({ n: _n, ...r }) => (r.id === null ? [] : [r]));
  }
  if (!rows) {
    // An empty or broad query is ordered by curation and reuse, so that is its rank too.
    const rank = text && sort !== "relevance" ? relevanceSql(b, w.parsed, opts.query) : reuseSql(b);
    // The page's ids first, so that the hit's columns are computed for the page only.
    rows = await runSearchSql<HitRow[]>(
      Prisma.sql`SELECT ${hitColumns(b)}, p.rank FROM (
          SELECT b.id, ${rank} AS rank FROM blocks b WHERE ${where} ORDER BY ${SORT_ORDER[sort]} LIMIT ${limit} OFFSET ${offset}
        ) p JOIN blocks b ON b.id = p.id
        ORDER BY ${SORT_ORDER[sort]}`,
      w.usesTextIndex,
    );
  }
  return { hits: rows.map(toHit), terms: highlightTerms(w.parsed) };
}

export const toHit = (r: HitRow): SearchHit => ({
  ...r,
  lastUsedAt: r.lastUsedAt ? r.lastUsedAt.toISOString() : null,
  createdAt: r.createdAt.toISOString(),
});
