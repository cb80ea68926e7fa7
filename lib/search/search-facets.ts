// Facet counts for the blocks a query and filters match, in one pass over the matches: PostgreSQL groups them
// by category, counting the other facets in each group with FILTER and collecting the group's tags into one
// string (cheaper than grouping by the tag arrays: 30 ms instead of 38 for 30,000 matches), then sums the groups
// into the facets and returns them as three JSON values. The category facet ignores the category filter (each
// tab shows what it would hold), so the pass reads every category; with a category filter, each row is marked
// once as selected or not, and only selected rows count towards the other facets (and pay for them).
import { Prisma } from "../db/generated/client";
import { keptUntilChange } from "./facet-cache";
import { LONG_FROM, SHORT_BELOW, type Facets } from "./facet-types";
import { currentMirror, type LibraryMirror } from "./library-mirror";
import { countInMirror, mirrorAnswers } from "./mirror-facets";
import { parseQuery, toGinTsquery, type ParsedQuery } from "./parse-query";
import { runSearchSql } from "./search-db";
import { BROAD_MATCHES, pageBounds, type SearchHit, type SearchSort } from "./search-blocks";
import { pageFromCopy } from "./mirror-page";
import { rankedPage } from "./mirror-relevance";
import { sortedPage } from "./sorted-page";
import type { TextForm } from "./text-scan";
import {
  andSql,
  categorySql,
  NO_CATEGORY,
  searchConditions,
  type SearchFilters,
  type SearchWhere,
} from "./search-filters";

export { LONG_FROM, SHORT_BELOW, type Facets, type LengthFacet } from "./facet-types";

/** Joins a group's tags into one string (the ASCII unit separator, which no tag contains). */
const TAG_SEPARATOR = "\u001f";

type Sums = { total: number; heading: number; curated: number; ph: number; used: number; short: number; long: number };
export type FacetRow = { category: Record<string, number> | null; tag: Record<string, number> | null; sums: Sums };

export async function searchFacets(
  query: string,
  filters: SearchFilters = {},
  parsed: ParsedQuery = parseQuery(query),
  form: TextForm = "index",
): Promise<Facets> {
  const mirrored = await facetsFromCopy(parsed, filters);
  if (mirrored) return mirrored;
  // The counts depend on the parsed query and the filters alone (favouriteOfUserId names the user where it matters).
  return keptUntilChange(JSON.stringify(["facets", parsed, filters]), () =>
    countFacets(searchConditions(query, filters, parsed, form), filters),
  );
}

/**
 * The facets from the library's copy in memory (mirror-facets.ts), caught up with every change committed before the
 * call; null when the copy cannot answer these filters or is still being loaded. Counted afresh each time: it costs
 * less than reading what was kept.
 */
async function facetsFromCopy(parsed: ParsedQuery, filters: SearchFilters): Promise<Facets | null> {
  const mirror = mirrorAnswers(filters) ? await currentMirror() : null;
  return mirror && countInCopy(mirror, parsed, filters).facets;
}

/** A page to make beside the counts: its sort and positions, and the query as typed (relevance reads it). */
type PageOrder = { sort: SearchSort; offset: number; limit: number; query: string };
/**
 * `page`: made in memory (mirror-page.ts) for every search but the landing view (no words, no filter), whose first
 * rows in the library's order are the page: PostgreSQL walks that order's index for them.
 */
type CopyCount = { facets: Facets; page: SearchHit[] | null };

/** As facetsFromCopy, with the copy already caught up (synchronous: the slots stay where they are). */
export function countInCopy(
  mirror: LibraryMirror,
  parsed: ParsedQuery,
  filters: SearchFilters,
  order?: PageOrder,
): CopyCount {
  const { facets, all, matches } = countInMirror(mirror, parsed, filters);
  const c = mirror.columns;
  const text = toGinTsquery(parsed) !== null;
  const landing = !text && !parsed.exclude.length && facets.total === all;
  if (!order || landing) return { facets, page: null };
  const { limit, offset } = pageBounds(order);
  // Past the last match (a deep page, or a library that shrank under an open page): nothing to order.
  if (offset >= facets.total) return { facets, page: [] };
  const ranked = text && order.sort === "relevance" && facets.total <= BROAD_MATCHES;
  const take = offset + limit;
  // A broad relevance search is in the library's order, as are its ranks; an explicit sort ranks by the words.
  const sort = order.sort === "relevance" ? "reuse" : order.sort;
  const rankOf = text && order.sort !== "relevance" ? { words: parsed, query: order.query } : "reuse";
  const first = ranked
    ? rankedPage(c, matches, parsed, order.query, take)
    : { slots: sortedPage(c, matches, sort, take), ranks: null };
  const page = pageFromCopy(c, first, rankOf, offset, limit);
  return { facets, page };
}

/** The facet counts straight from the blocks, kept nowhere. */
export async function countFacets(w: SearchWhere, filters: SearchFilters): Promise<Facets> {
  const sql = facetsSql(andSql([...w.text, ...w.filters]), categorySql(filters.categoryIds));
  const [row] = await runSearchSql<FacetRow[]>(sql, w.usesTextIndex);
  return facetsFromRow(row!);
}

/**
 * The facet statement over the blocks (alias b) that `match` selects, with `selected` the category filter (counted
 * apart, see above). Exported so that the search benchmark's baselines count facets the same way.
 */
export function facetsSql(match: Prisma.Sql, selected: Prisma.Sql | null): Prisma.Sql {
  // OFFSET 0 keeps the subquery, so that the category test runs once a row, not once an aggregate.
  const m = selected
    ? Prisma.sql`(SELECT b.category_id, b.kind, b.curated, b.placeholders, b.use_count, b.char_count, b.tags,
        ${selected} AS selected FROM blocks b WHERE ${match} OFFSET 0) m`
    : Prisma.sql`(SELECT b.* FROM blocks b WHERE ${match}) m`;
  const where = (condition: Prisma.Sql) => (selected ? Prisma.sql`m.selected AND ${condition}` : condition);
  return Prisma.sql`
    WITH g AS MATERIALIZED (
      SELECT m.category_id AS c, count(*)::int AS n,
             count(*) FILTER (WHERE ${where(Prisma.sql`true`)})::int AS total,
             count(*) FILTER (WHERE ${where(Prisma.sql`m.kind = 'HEADING'`)})::int AS heading,
             count(*) FILTER (WHERE ${where(Prisma.sql`m.curated`)})::int AS curated,
             count(*) FILTER (WHERE ${where(Prisma.sql`m.placeholders <> '[]'::jsonb`)})::int AS ph,
             count(*) FILTER (WHERE ${where(Prisma.sql`m.use_count > 0`)})::int AS used,
             count(*) FILTER (WHERE ${where(Prisma.sql`m.char_count < ${SHORT_BELOW}`)})::int AS short,
             count(*) FILTER (WHERE ${where(Prisma.sql`m.char_count >= ${LONG_FROM}`)})::int AS long,
             string_agg(array_to_string(m.tags, ${TAG_SEPARATOR}), ${TAG_SEPARATOR})
               FILTER (WHERE ${where(Prisma.sql`cardinality(m.tags) > 0`)}) AS tags
      FROM ${m}
      GROUP BY m.category_id)
    SELECT
      (SELECT json_object_agg(coalesce(c, ${NO_CATEGORY}), n) FROM g) AS category,
      (SELECT json_object_agg(t, n) FROM (
        SELECT t, count(*)::int AS n FROM g, string_to_table(g.tags, ${TAG_SEPARATOR}) t GROUP BY t) x) AS tag,
      (SELECT json_build_object('total', coalesce(sum(total), 0), 'heading', coalesce(sum(heading), 0),
              'curated', coalesce(sum(curated), 0), 'ph', coalesce(sum(ph), 0), 'used', coalesce(sum(used), 0),
              'short', coalesce(sum(short), 0), 'long', coalesce(sum(long), 0)) FROM g) AS sums`;
}

export function facetsFromRow(row: FacetRow): Facets {
  const s = row.sums;
  const kind: Record<string, number> = {};
  if (s.heading) kind.HEADING = s.heading;
  if (s.total - s.heading) kind.PARAGRAPH = s.total - s.heading;
  return {
    total: s.total,
    category: row.category ?? {},
    kind,
    tag: row.tag ?? {},
    curated: s.curated,
    placeholders: s.ph,
    used: s.used,
    length: { short: s.short, medium: s.total - s.short - s.long, long: s.long },
  };
}
