// Facet counts for the blocks a query and filters match, in one pass over the matches: PostgreSQL groups them
// by (category, tags), counting the other facets in each group with FILTER, then sums the groups (a few hundred
// to a few thousand) into the facets and returns them as JSON values. The category facet ignores the category
// filter (each tab shows what it would hold), so the pass reads every category and only the groups of the
// selected ones count towards the other facets and the total.
import { Prisma } from "../db/generated/client";
import { andSql, categorySql, NO_CATEGORY, runSearchSql, searchConditions, type SearchFilters } from "./search-filters";

export type LengthFacet = "short" | "medium" | "long";

export type Facets = {
  /** Blocks matching the query and every filter. */
  total: number;
  /** Category id (or "none") → blocks, counted without the category filter. */
  category: Record<string, number>;
  /** HEADING / PARAGRAPH → blocks */
  kind: Record<string, number>;
  tag: Record<string, number>;
  curated: number;
  placeholders: number;
  used: number;
  /** short: under 80 characters, medium: 80–199, long: 200 and more */
  length: Record<LengthFacet, number>;
};

export const SHORT_BELOW = 80;
export const LONG_FROM = 200;

type Sums = { total: number; heading: number; curated: number; ph: number; used: number; short: number; long: number };
type Row = { category: Record<string, number> | null; tag: Record<string, number> | null; sums: Sums };

export async function searchFacets(query: string, filters: SearchFilters = {}): Promise<Facets> {
  const w = searchConditions(query, filters);
  const selected = categorySql(filters.categoryIds, Prisma.sql`g.c`) ?? Prisma.sql`true`;
  const [row] = await runSearchSql<Row[]>(
    Prisma.sql`
    WITH g AS MATERIALIZED (
      SELECT b.category_id AS c, b.tags, count(*)::int AS n,
             count(*) FILTER (WHERE b.kind = 'HEADING')::int AS heading,
             count(*) FILTER (WHERE b.curated)::int AS curated,
             count(*) FILTER (WHERE b.placeholders <> '[]'::jsonb)::int AS ph,
             count(*) FILTER (WHERE b.use_count > 0)::int AS used,
             count(*) FILTER (WHERE b.char_count < ${SHORT_BELOW})::int AS short,
             count(*) FILTER (WHERE b.char_count >= ${LONG_FROM})::int AS long
      FROM blocks b WHERE ${andSql([...w.text, ...w.filters])}
      GROUP BY b.category_id, b.tags),
    s AS MATERIALIZED (SELECT * FROM g WHERE ${selected})
    SELECT
      (SELECT json_object_agg(coalesce(c, ${NO_CATEGORY}), n) FROM (SELECT c, sum(n)::int AS n FROM g GROUP BY c) x) AS category,
      (SELECT json_object_agg(t, n) FROM (SELECT t, sum(n)::int AS n FROM s, unnest(s.tags) t GROUP BY t) x) AS tag,
      (SELECT json_build_object('total', coalesce(sum(n), 0), 'heading', coalesce(sum(heading), 0),
              'curated', coalesce(sum(curated), 0), 'ph', coalesce(sum(ph), 0), 'used', coalesce(sum(used), 0),
              'short', coalesce(sum(short), 0), 'long', coalesce(sum(long), 0)) FROM s) AS sums`,
    w.tsquery !== null,
  );
  const s = row!.sums;
  const kind: Record<string, number> = {};
  if (s.heading) kind.HEADING = s.heading;
  if (s.total - s.heading) kind.PARAGRAPH = s.total - s.heading;
  return {
    total: s.total,
    category: row!.category ?? {},
    kind,
    tag: row!.tag ?? {},
    curated: s.curated,
    placeholders: s.ph,
    used: s.used,
    length: { short: s.short, medium: s.total - s.short - s.long, long: s.long },
  };
}
