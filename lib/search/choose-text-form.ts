// Whether a search's words should be found through the n-gram index or tested on each row's text (text-scan.ts).
// Through the index PostgreSQL visits the blocks the words match; testing the text, it visits the blocks the other
// filters select, about 1.5 µs each. So the text is tested when the filters select at most half the library and the
// words match more than SCAN_RATIO times as many blocks (安全, in nine blocks of ten, with 用过 or a category): the
// planner then rightly starts from the filter, and testing each row's n-gram vector would mean reading it back
// from TOAST (about 10 µs a row). Words alone stay on the index, however common: a full scan testing the text
// measured no faster than the index's bitmap. Exclusions alone stay on the index (an anti-join): testing the text
// would have to prove each row does not hold the word, and a row holding whitespace is then read back from TOAST
// (0.3 s at 100,000 blocks, twice the anti-join).
// The planner's statistics know how common each character pair is: two EXPLAINs and the table's row count,
// together well under a millisecond, answer the question.
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
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
  if (!tsquery) return "index";
  const [matched, selected, [library]] = await Promise.all([
    estimatedRows(Prisma.sql`b.search_vector @@ ${tsquery}::tsquery`),
    estimatedRows(andSql([...filterSql(filters), categorySql(filters.categoryIds)])),
    db().$queryRaw<
      { n: number }[]
    >`SELECT greatest(reltuples, 0)::float8 AS n FROM pg_class WHERE oid = 'blocks'::regclass`,
  ]);
  return decideTextForm({ matched, selected, all: library?.n ?? 0 });
}

/** The rule above, on the planner's estimates: rows the words match, rows the filters select, all rows. */
export function decideTextForm(e: { matched: number; selected: number; all: number }): TextForm {
  return e.selected <= e.all / 2 && e.matched > SCAN_RATIO * e.selected ? "scan" : "index";
}
