// Library search: the n-gram tsquery finds candidates through the GIN index; ranking combines text relevance
// (ts_rank_cd), a bonus when the whole query occurs as written, curation and reuse.
import { Prisma } from "../db/generated/client";
import { db } from "../db/client";
import { highlightTerms, parseQuery, toTsquery } from "./parse-query";

export const RANK_CANDIDATES = 3000;

export type SearchFilters = {
  categoryIds?: string[];
  kind?: "HEADING" | "PARAGRAPH";
  tags?: string[];
  curated?: boolean;
  includeHidden?: boolean;
};

export type SearchOptions = { query: string; filters?: SearchFilters; limit?: number; offset?: number };

export type SearchHit = {
  id: string;
  text: string;
  kind: "HEADING" | "PARAGRAPH";
  level: number | null;
  categoryId: string | null;
  tags: string[];
  curated: boolean;
  useCount: number;
  rank: number;
};

function filterSql(f: SearchFilters): Prisma.Sql[] {
  const where: Prisma.Sql[] = [];
  if (!f.includeHidden) where.push(Prisma.sql`b.hidden = false`);
  if (f.categoryIds?.length) where.push(Prisma.sql`b.category_id = ANY(${f.categoryIds})`);
  if (f.kind) where.push(Prisma.sql`b.kind = ${f.kind}::"BlockKind"`);
  if (f.tags?.length) where.push(Prisma.sql`b.tags @> ${f.tags}::text[]`);
  if (f.curated !== undefined) where.push(Prisma.sql`b.curated = ${f.curated}`);
  return where;
}

/** The WHERE clause for a query and filters, shared by the result list and the facet counts. */
export function searchWhere(query: string, filters: SearchFilters = {}) {
  const parsed = parseQuery(query);
  const tsquery = toTsquery(parsed);
  const where = filterSql(filters);
  if (tsquery) where.push(Prisma.sql`b.search_vector @@ ${tsquery}::tsquery`);
  // Only exclusions: nothing for the index to find, so they are checked on the text.
  if (!tsquery) for (const ex of parsed.exclude) where.push(Prisma.sql`strpos(lower(b.text), lower(${ex})) = 0`);
  return { parsed, tsquery, sql: where.length ? Prisma.join(where, " AND ") : Prisma.sql`true` };
}

export async function searchBlocks(opts: SearchOptions): Promise<{ hits: SearchHit[]; terms: string[] }> {
  const { parsed, tsquery, sql } = searchWhere(opts.query, opts.filters);
  const whole = opts.query.replace(/["“”]/g, "").trim();
  const rank = tsquery
    ? Prisma.sql`ts_rank_cd(b.search_vector, ${tsquery}::tsquery)
        + CASE WHEN strpos(lower(b.text), lower(${whole})) > 0 THEN 1 ELSE 0 END
        + CASE WHEN b.curated THEN 0.2 ELSE 0 END + ln(1 + b.use_count) * 0.1`
    : Prisma.sql`CASE WHEN b.curated THEN 0.2 ELSE 0 END + ln(1 + b.use_count) * 0.1`;
  // Ranking is computed over at most RANK_CANDIDATES matches: a one-character query can match most of the
  // library, where ranking every row would cost far more than the difference it makes to the first page.
  const rows = await db().$queryRaw<SearchHit[]>`
    WITH cand AS MATERIALIZED (
      SELECT b.id, b.text, b.kind, b.level, b.category_id, b.tags, b.curated, b.use_count, b.created_at, b.search_vector
      FROM blocks b WHERE ${sql} LIMIT ${RANK_CANDIDATES})
    SELECT b.id, b.text, b.kind::text AS kind, b.level, b.category_id AS "categoryId", b.tags, b.curated,
           b.use_count AS "useCount", (${rank})::float8 AS rank
    FROM cand b
    ORDER BY rank DESC, b.created_at DESC, b.id
    LIMIT ${Math.min(opts.limit ?? 20, 100)} OFFSET ${opts.offset ?? 0}`;
  return { hits: rows, terms: highlightTerms(parsed) };
}
