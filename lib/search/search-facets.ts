// Facet counts for the blocks a query and filters match, in one pass over the matched rows.
import { db } from "../db/client";
import { searchWhere, type SearchFilters } from "./search-blocks";

export type Facets = {
  total: number;
  category: Record<string, number>;
  kind: Record<string, number>;
  tag: Record<string, number>;
  curated: number;
  placeholders: number;
  used: number;
};

export async function searchFacets(query: string, filters: SearchFilters = {}): Promise<Facets> {
  const { sql } = searchWhere(query, filters);
  const rows = await db().$queryRaw<{ facet: string; value: string | null; n: number }[]>`
    WITH m AS (
      SELECT b.category_id, b.kind, b.tags, b.curated, b.placeholders <> '[]'::jsonb AS has_ph, b.use_count > 0 AS used
      FROM blocks b WHERE ${sql})
    SELECT 'total' AS facet, NULL AS value, count(*)::int AS n FROM m
    UNION ALL SELECT 'category', category_id, count(*)::int FROM m GROUP BY category_id
    UNION ALL SELECT 'kind', kind::text, count(*)::int FROM m GROUP BY kind
    UNION ALL SELECT 'tag', t, count(*)::int FROM m, unnest(m.tags) t GROUP BY t
    UNION ALL SELECT 'curated', NULL, count(*)::int FROM m WHERE curated
    UNION ALL SELECT 'placeholders', NULL, count(*)::int FROM m WHERE has_ph
    UNION ALL SELECT 'used', NULL, count(*)::int FROM m WHERE used`;
  const f: Facets = { total: 0, category: {}, kind: {}, tag: {}, curated: 0, placeholders: 0, used: 0 };
  for (const r of rows) {
    if (r.facet === "category" || r.facet === "kind" || r.facet === "tag") f[r.facet][r.value ?? "未分类"] = r.n;
    else f[r.facet as "total" | "curated" | "placeholders" | "used"] = r.n;
  }
  return f;
}

