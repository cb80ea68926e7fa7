// What a clerk's search would cost without the product's n-gram index, and what it should return.
//
// Two baselines do the same work as the product's route for the same case (one page of hits with the same columns
// and the same facet counts, on two connections at once), with the product's own indexes in place and JIT off as
// for the product's search, on a pool queried directly as the product's statements are: `seq` writes each word as strpos(lower(text), lower(word)) > 0, which no index serves,
// so PostgreSQL scans (or walks an order index and tests each row); `trgm` writes it as text ILIKE '%word%', which
// the pg_trgm index serves for words of three or more characters. Both get the page order the product promises
// without having to find it out: for a relevance search, the product's relevance, or, when the reference found more
// than BROAD_MATCHES matches, the reuse order the product then falls back to.
//
// The reference scans the table with the strpos condition and orders every match: its first page is what the
// product's page should be (recall) and its matches are what the product's hits must be among (precision).
import type pg from "pg";
import { categoryIdsForRefs } from "../lib/categories/category-refs";
import { databaseUrl } from "../lib/db/client";
import { Prisma } from "../lib/db/generated/client";
import { createPool } from "../lib/db/pool";
import { rawRows } from "../lib/db/raw-sql";
import { parseQuery, type ParsedQuery } from "../lib/search/parse-query";
import { relevanceSql } from "../lib/search/relevance";
import { BROAD_MATCHES, hitColumns, idOrder, SORT_ORDER } from "../lib/search/search-blocks";
import { facetsSql } from "../lib/search/search-facets";
import { andSql, categorySql, filterSql, type SearchFilters } from "../lib/search/search-filters";
import { searchFilters, searchRequest, type SearchRequest } from "../lib/search/search-request";

export type Baseline = "seq" | "trgm";

/** A case as the baselines and the reference need it: parsed, filters resolved, and the reference's answer. */
export type PreparedCase = {
  request: SearchRequest;
  parsed: ParsedQuery;
  filters: SearchFilters;
  /**
   * The requested page of every match in the promised order (reference scan), the condition a match meets (for
   * precision), and whether a relevance search falls back to reuse. Only the page is kept: every match of 300
   * searches is millions of ids, a heap of the harness's own that the timed searches would share.
   */
  referencePage: string[];
  match: Prisma.Sql;
  broad: boolean;
};

const b = Prisma.sql`b`;

/** Each word, phrase and exclusion as a plain containment test, written the baseline's way. */
function textSql(parsed: ParsedQuery, way: Baseline): Prisma.Sql[] {
  const contains = (w: string) =>
    way === "trgm"
      ? Prisma.sql`b.text ILIKE ${"%" + w.replace(/[\\%_]/g, (c) => "\\" + c) + "%"}`
      : w.toLowerCase() === w.toUpperCase()
        ? Prisma.sql`strpos(b.text, ${w}) > 0` // no letters with case (Chinese): lower() would only cost
        : Prisma.sql`strpos(lower(b.text), ${w.toLowerCase()}) > 0`;
  return [
    ...[...parsed.include, ...parsed.phrases].map(contains),
    ...parsed.exclude.map((w) => Prisma.sql`NOT (${contains(w)})`),
  ];
}

const hasText = (p: ParsedQuery) => p.include.length + p.phrases.length > 0;

function orderSql(c: { request: SearchRequest; parsed: ParsedQuery }, broad: boolean): Prisma.Sql {
  const { sort, q } = c.request;
  if (sort === "relevance" && hasText(c.parsed) && !broad)
    return Prisma.sql`${relevanceSql(b, c.parsed, q)} DESC, b.created_at DESC, ${idOrder(b)}`;
  return SORT_ORDER[sort];
}

let pool: pg.Pool | null = null;
/**
 * The baselines' own pool: the app's settings with JIT off, as the product's search pool has, queried directly as
 * the product's search statements are (raw-sql.ts), so that neither side pays Prisma's millisecond a statement.
 */
function baselineSql<T = unknown>(sql: Prisma.Sql): Promise<T> {
  pool ??= createPool(databaseUrl(), { options: "-c jit=off", max: 4 });
  return rawRows<T>(pool, sql);
}

export async function disconnectBaselines() {
  await pool?.end();
  pool = null;
}

export async function prepareCase(params: Record<string, string>, userId: string): Promise<PreparedCase> {
  const request = searchRequest.parse(params);
  const resolved = request.category?.length
    ? { ...request, category: await categoryIdsForRefs(request.category) }
    : request;
  const filters = searchFilters(resolved, userId);
  const parsed = parseQuery(request.q);
  const match = andSql([...textSql(parsed, "seq"), ...filterSql(filters), categorySql(filters.categoryIds)]);
  const count = await baselineSql<{ n: number }[]>(Prisma.sql`SELECT count(*)::int AS n FROM blocks b WHERE ${match}`);
  const broad = request.sort === "relevance" && hasText(parsed) && count[0]!.n > BROAD_MATCHES;
  const rows = await baselineSql<{ id: string }[]>(Prisma.sql`
    SELECT b.id FROM blocks b WHERE ${match} ORDER BY ${orderSql({ request, parsed }, broad)}`);
  const { pageSize, page } = request;
  const referencePage = rows.slice((page - 1) * pageSize, page * pageSize).map((r) => r.id);
  return { request: resolved, parsed, filters, referencePage, match, broad };
}

/** One baseline's answer to a case: the page and the facets, on two connections at once. */
export async function runBaseline(c: PreparedCase, way: Baseline): Promise<void> {
  const text = textSql(c.parsed, way);
  const filters = filterSql(c.filters);
  const category = categorySql(c.filters.categoryIds);
  const { pageSize, page } = c.request;
  await Promise.all([
    baselineSql(Prisma.sql`SELECT ${hitColumns(b)} FROM blocks b WHERE ${andSql([...text, ...filters, category])}
      ORDER BY ${orderSql(c, c.broad)} LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`),
    baselineSql(facetsSql(andSql([...text, ...filters]), category)),
  ]);
}

/** Precision (its hits are matches) and recall (it is the reference's page) of the product's page, summed over cases. */
export async function scorePage(
  c: PreparedCase,
  pageIds: string[],
  tally: { hit: number; shown: number; wanted: number; found: number },
) {
  const [matched] = await baselineSql<{ n: number }[]>(
    Prisma.sql`SELECT count(*)::int AS n FROM blocks b WHERE b.id = ANY(${pageIds}::text[]) AND ${c.match}`,
  );
  const shown = new Set(pageIds);
  tally.shown += pageIds.length;
  tally.hit += matched!.n;
  tally.wanted += c.referencePage.length;
  tally.found += c.referencePage.filter((id) => shown.has(id)).length;
}
