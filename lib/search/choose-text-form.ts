// Whether a search's words should be found through the n-gram index or tested on each row's text (text-scan.ts):
// the latter when the facet filters select at most SCAN_AT_MOST blocks (counted in memory from the library's
// summary, facet-cube.ts) and the planner expects the words to match several times as many. One EXPLAIN (well
// under a millisecond) asks the planner, whose statistics know how common each character pair is.
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { cubeAnswers, facetsFromCube } from "./facet-cube";
import { toGinTsquery, type ParsedQuery } from "./parse-query";
import type { SearchFilters } from "./search-filters";
import type { TextForm } from "./text-scan";

const SCAN_AT_MOST = 20_000;
const SCAN_RATIO = 3;

export async function chooseTextForm(parsed: ParsedQuery, filters: SearchFilters): Promise<TextForm> {
  const tsquery = toGinTsquery(parsed);
  if (!tsquery || !cubeAnswers(filters)) return "index";
  const selected = (await facetsFromCube(filters))?.total;
  if (selected === undefined || selected > SCAN_AT_MOST) return "index";
  const [row] = await db().$queryRaw<{ "QUERY PLAN": [{ Plan: { "Plan Rows": number } }] }[]>(
    Prisma.sql`EXPLAIN (FORMAT JSON) SELECT 1 FROM blocks b WHERE b.search_vector @@ ${tsquery}::tsquery`,
  );
  const estimated = row?.["QUERY PLAN"][0].Plan["Plan Rows"] ?? 0;
  return estimated > SCAN_RATIO * selected ? "scan" : "index";
}
