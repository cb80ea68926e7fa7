// Whether a search's words should be found through the n-gram index or tested on each row's text (text-scan.ts).
// Through the index PostgreSQL visits the blocks the words match; testing the text, it visits the blocks the other
// filters select (or all of them), about 1 µs each. So the text is tested when the words match more than
// SCAN_RATIO times the blocks the filters select, or more than half the library (安全 is in nine blocks of ten:
// reading nine tenths of the table through a bitmap costs more than reading it in order); and when the words only
// exclude, when the excluded blocks are more than a quarter of the library (the anti-join hashes them all).
// The planner's statistics know how common each character pair is: two EXPLAINs and the table's row count,
// together well under a millisecond, answer the question.
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { containsQuery } from "./ngram-index";
import { toGinTsquery, type ParsedQuery } from "./parse-query";
import { andSql, categorySql, filterSql, type SearchFilters } from "./search-filters";
import type { TextForm } from "./text-scan";

const SCAN_RATIO = 3;

type Plan = { "QUERY PLAN": [{ Plan: { "Plan Rows": number } }] }[];
const estimatedRows = async (where: Prisma.Sql) =>
  (await db().$queryRaw<Plan>(Prisma.sql`EXPLAIN (FORMAT JSON) SELECT 1 FROM blocks b WHERE ${where}`))[0]![
    "QUERY PLAN"
  ][0].Plan["Plan Rows"];

export async function chooseTextForm(parsed: ParsedQuery, filters: SearchFilters): Promise<TextForm> {
  const tsquery = toGinTsquery(parsed);
  const excluded = parsed.exclude.map(containsQuery).filter((x): x is string => !!x);
  if (!tsquery && !excluded.length) return "index";
  const words = tsquery ?? excluded.join(" | ");
  const [matched, selected, [library]] = await Promise.all([
    estimatedRows(Prisma.sql`b.search_vector @@ ${words}::tsquery`),
    estimatedRows(andSql([...filterSql(filters), categorySql(filters.categoryIds)])),
    db().$queryRaw<
      { n: number }[]
    >`SELECT greatest(reltuples, 0)::float8 AS n FROM pg_class WHERE oid = 'blocks'::regclass`,
  ]);
  return decideTextForm({ positive: !!tsquery, matched, selected, all: library?.n ?? 0 });
}

/** The rule above, on the planner's estimates: rows the words match (or exclude), rows the filters select, all. */
export function decideTextForm(e: { positive: boolean; matched: number; selected: number; all: number }): TextForm {
  if (!e.positive) return e.matched > e.all / 4 ? "scan" : "index";
  return e.matched > Math.min(SCAN_RATIO * e.selected, e.all / 2) ? "scan" : "index";
}
