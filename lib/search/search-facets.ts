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
import { decideTextForm } from "./choose-text-form";
import { countInMirror, mirrorAnswers } from "./mirror-facets";
import { parseQuery, toGinTsquery, type ParsedQuery } from "./parse-query";
import { runSearchSql } from "./search-db";
import { BROAD_MATCHES, type SearchSort } from "./search-blocks";
import { rankedPageCandidates } from "./mirror-relevance";
import { sortedPageCandidates } from "./sorted-page";
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
  if (mirrored) return mirrored.facets;
  // The counts depend on the parsed query and the filters alone (favouriteOfUserId names the user where it matters).
  return keptUntilChange(JSON.stringify(["facets", parsed, filters]), () =>
    countFacets(searchConditions(query, filters, parsed, form), filters),
  );
}

/**
 * The facets from the library's copy in memory (mirror-facets.ts), caught up with every change committed before the
 * call, and, for a page of `order`, the words' form chosen on its exact counts; null when the copy cannot answer
 * these filters or is still being loaded. Counted afresh each time: it costs less than reading what was kept. `ids`:
 * for a narrow query, the blocks the page of `order` is among (mirror-relevance.ts and sorted-page.ts), else null;
 * `ranks`, for relevance, their relevance (the page statement orders them by it).
 */
/** The page a copy's count names the candidates of: its sort, its last position, the query as typed (relevance). */
export type PageOrder = { sort: SearchSort; take: number; query: string };
type CopyCount = { facets: Facets; form: TextForm | null; ids: string[] | null; ranks: number[] | null };

export async function facetsFromCopy(
  parsed: ParsedQuery,
  filters: SearchFilters,
  order?: PageOrder,
): Promise<CopyCount | null> {
  const mirror = mirrorAnswers(filters) ? await currentMirror() : null;
  return mirror && countInCopy(mirror, parsed, filters, order);
}

/** As facetsFromCopy, with the copy already caught up (synchronous: the slots stay where they are). */
export function countInCopy(
  mirror: LibraryMirror,
  parsed: ParsedQuery,
  filters: SearchFilters,
  order?: PageOrder,
): CopyCount {
  const { facets, textMatches, filterMatches, all, matches } = countInMirror(mirror, parsed, filters);
  const c = mirror.columns;
  const ranked = toGinTsquery(parsed) !== null && facets.total <= BROAD_MATCHES;
  // The landing view (no words, no filter) walks the library's order in PostgreSQL: its first rows are the page.
  const landing = textMatches === all && facets.total === all && !parsed.exclude.length;
  // Read before any await: a later catch-up may move blocks between slots.
  const named =
    !order || landing
      ? null
      : order.sort === "relevance" && ranked
        ? rankedPageCandidates(c, matches, parsed, order.query, order.take)
        : {
            slots: sortedPageCandidates(c, matches, order.sort === "relevance" ? "reuse" : order.sort, order.take),
            ranks: null,
          };
  const ids = named && named.slots.map((slot) => c.ids[slot]!);
  // Chosen only for a page to be found (`order`) otherwise than by ids, which confirm the words on their rows
  // whatever the form: the filters-only count it needs is a pass over every block.
  const form = !order ? null : ids ? "scan" : decideTextForm({ matched: textMatches, selected: filterMatches(), all });
  return { facets, form, ids, ranks: named?.ranks ?? null };
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
