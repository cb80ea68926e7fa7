// The facet counts of every search without words whose filters are facets themselves (the landing view, a
// category tab, 标题/段落, 已精选, 含占位符, 用过, a length bucket, and any mix of them), answered from one summary of
// the library: the visible blocks counted by category, kind, curated, placeholders, used and length bucket, with
// each group's tags. One statement reads the library once (somewhat longer than one such search takes), behind the
// first such search after a change, which counts its own facets meanwhile; the summary is kept until the library
// changes (facet-cache.ts), and every such search after that is summed in memory in well under a millisecond,
// whichever filter the clerk clicks next.
import { db } from "../db/client";
import { keptOrCountLater } from "./facet-cache";
import type { Facets } from "./facet-types";
import { LENGTH_FACETS, LENGTH_RANGES, LONG_FROM, SHORT_BELOW, type LengthFacet } from "./length-buckets";
import { NO_CATEGORY, type SearchFilters } from "./search-filters";

type Cell = {
  category: string | null;
  heading: boolean;
  curated: boolean;
  ph: boolean;
  used: boolean;
  length: LengthFacet;
  n: number;
  tags: Record<string, number>;
};

const LENGTHS = LENGTH_FACETS;
/** The character range of each length bucket, both ends inclusive. */
const RANGE = Object.fromEntries(
  LENGTHS.map((l) => [l, [LENGTH_RANGES[l].minChars ?? 0, LENGTH_RANGES[l].maxChars ?? Infinity]]),
) as Record<LengthFacet, [number, number]>;

/** The filters the summary can answer: facet filters only, and a length range made of whole buckets. */
export function cubeAnswers(f: SearchFilters): boolean {
  const { categoryIds: _c, kind: _k, curated: _cu, hasPlaceholders: _p, used: _u, minChars, maxChars, ...rest } = f;
  if (Object.values(rest).some((v) => v !== undefined && v !== false)) return false;
  const [min, max] = [minChars ?? 0, maxChars ?? Infinity];
  return LENGTHS.every((l) => {
    const [lo, hi] = RANGE[l];
    return (lo >= min && hi <= max) || hi < min || lo > max;
  });
}

type CellRow = Omit<Cell, "tags" | "length"> & { key: string; length: number };
type TagRow = { key: string; tag: string; n: number };

async function loadCells(): Promise<Cell[]> {
  const bucket = `CASE WHEN b.char_count < ${SHORT_BELOW} THEN 0 WHEN b.char_count >= ${LONG_FROM} THEN 2 ELSE 1 END`;
  // One statement, so that the cells and their tags come from the same snapshot; a cell's key is its values.
  const [row] = await db().$queryRawUnsafe<{ cells: CellRow[] | null; tags: TagRow[] | null }[]>(`
    WITH r AS MATERIALIZED (
      SELECT b.category_id AS category, b.kind = 'HEADING' AS heading, b.curated,
             b.placeholders <> '[]'::jsonb AS ph, b.use_count > 0 AS used, ${bucket} AS length, b.tags
      FROM blocks b WHERE b.merged_into_id IS NULL AND b.hidden = false),
    k AS (SELECT concat_ws('|', coalesce(r.category, ''), r.heading, r.curated, r.ph, r.used, r.length) AS key, r.*
          FROM r)
    SELECT
      (SELECT json_agg(c) FROM (
         SELECT k.key, k.category, k.heading, k.curated, k.ph, k.used, k.length, count(*)::int AS n FROM k
         GROUP BY k.key, k.category, k.heading, k.curated, k.ph, k.used, k.length) c) AS cells,
      (SELECT json_agg(t) FROM (
         SELECT k.key, tag, count(*)::int AS n FROM k, unnest(k.tags) AS tag GROUP BY k.key, tag) t) AS tags`);
  const byKey = new Map<string, Cell>();
  for (const { key, ...c } of row?.cells ?? []) byKey.set(key, { ...c, length: LENGTHS[c.length]!, tags: {} });
  for (const t of row?.tags ?? []) byKey.get(t.key)!.tags[t.tag] = t.n;
  return [...byKey.values()];
}

const inLength = (c: Cell, f: SearchFilters) => {
  const [lo, hi] = RANGE[c.length];
  return lo >= (f.minChars ?? 0) && hi <= (f.maxChars ?? Infinity);
};

/** Whether a cell passes every filter but the category one. */
const passes = (c: Cell, f: SearchFilters) =>
  (f.kind === undefined || c.heading === (f.kind === "HEADING")) &&
  (f.curated === undefined || c.curated === f.curated) &&
  (f.hasPlaceholders === undefined || c.ph === f.hasPlaceholders) &&
  (f.used === undefined || c.used === f.used) &&
  inLength(c, f);

export function facetsFromCells(cells: Cell[], f: SearchFilters): Facets {
  const categoryKey = (c: Cell) => c.category ?? NO_CATEGORY;
  const selected = f.categoryIds?.length ? new Set(f.categoryIds) : null;
  const out: Facets = {
    total: 0,
    category: {},
    kind: {},
    tag: {},
    curated: 0,
    placeholders: 0,
    used: 0,
    length: { short: 0, medium: 0, long: 0 },
  };
  for (const c of cells) {
    if (!passes(c, f)) continue;
    out.category[categoryKey(c)] = (out.category[categoryKey(c)] ?? 0) + c.n;
    if (selected && !selected.has(categoryKey(c))) continue;
    out.total += c.n;
    const kind = c.heading ? "HEADING" : "PARAGRAPH";
    out.kind[kind] = (out.kind[kind] ?? 0) + c.n;
    if (c.curated) out.curated += c.n;
    if (c.ph) out.placeholders += c.n;
    if (c.used) out.used += c.n;
    out.length[c.length] += c.n;
    for (const [tag, n] of Object.entries(c.tags)) out.tag[tag] = (out.tag[tag] ?? 0) + n;
  }
  return out;
}

/**
 * The facets of a search without words whose filters cubeAnswers accepts, from the summary when it is kept; else
 * none, and makeSummary (to call once the caller has counted its own) makes it for the searches after it.
 */
export async function facetsFromCube(f: SearchFilters): Promise<{ facets?: Facets; makeSummary: () => void }> {
  const cells = await keptOrCountLater("cube", loadCells);
  return { facets: cells.value && facetsFromCells(cells.value, f), makeSummary: cells.countLater };
}
