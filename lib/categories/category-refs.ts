// How the library's URLs name a category: by its stable key (?category=隐患排查), which a person can read and which
// survives a reseed. Links written before keep working: a value may also be a category's id, and a key or id of a
// category merged into another stands for the survivor. "none" stands for blocks without a category.
import type { DbTx } from "../db/client";
import { Prisma } from "../db/generated/client";
import { preparedRows } from "../db/raw-sql";

export const NO_CATEGORY_REF = "none";

export type CategoryRow = { id: string; key: string; mergedIntoId: string | null };
export type ResolvedCategory = { id: string; key: string };

/** The live category a URL value names (following merges), or null when it names none. Pure. */
export function resolveCategoryRef(ref: string, rows: readonly CategoryRow[]): ResolvedCategory | null {
  const value = ref.trim();
  let row = rows.find((c) => c.key === value) ?? rows.find((c) => c.id === value);
  // A merge chain ends at a live category; the bound guards against a cycle someone wrote by hand.
  for (let steps = 0; row?.mergedIntoId && steps < rows.length; steps++) {
    const next = rows.find((c) => c.id === row!.mergedIntoId);
    if (!next) break;
    row = next;
  }
  return row && !row.mergedIntoId ? { id: row.id, key: row.key } : null;
}

/**
 * Inside a transaction through Prisma; otherwise on the app's pool directly (raw-sql.ts): every library search with a
 * category runs this, and Prisma added a millisecond or two to it.
 */
const categoryColumns = Prisma.sql`id, key, merged_into_id AS "mergedIntoId"`;

async function categoryRows(tx?: DbTx): Promise<CategoryRow[]> {
  if (tx) return tx.category.findMany({ select: { id: true, key: true, mergedIntoId: true } });
  return preparedRows<CategoryRow[]>(Prisma.sql`SELECT ${categoryColumns} FROM categories`);
}

const idsFor = (refs: readonly string[], rows: readonly CategoryRow[]) => [
  ...new Set(refs.map((r) => (r === NO_CATEGORY_REF ? r : (resolveCategoryRef(r, rows)?.id ?? r)))),
];

/**
 * The category ids to filter by for the URL's values: each resolved as above; "none" is kept, and a value naming no
 * category is kept as it is (it matches no block, and the chip says the category is gone).
 */
export async function categoryIdsForRefs(refs: readonly string[], tx?: DbTx): Promise<string[]> {
  if (!refs.length) return [];
  return idsFor(refs, await categoryRows(tx));
}

/**
 * What the categories table holds, as one string that changes whenever a category's id, key or merge does: the
 * library's copy reads it with every catch-up (library-mirror.ts), so a search can tell that the rows it read
 * before are still current without reading them again.
 */
export const CATEGORIES_FINGERPRINT_SQL = Prisma.sql`(SELECT md5(coalesce(string_agg(
  id || ':' || key || ':' || coalesce(merged_into_id, ''), ',' ORDER BY id), '')) FROM categories)`;

let read: { fingerprint: string; rows: CategoryRow[] } | null = null;

/**
 * As categoryIdsForRefs, for a caller that knows the table's fingerprint as of a moment after its request arrived
 * (the copy's catch-up): the rows read last are used while the fingerprint is theirs, read again otherwise.
 */
export async function categoryIdsAsOf(refs: readonly string[], fingerprint: string): Promise<string[]> {
  if (!refs.length) return [];
  if (!read || read.fingerprint !== fingerprint) {
    const rows = await preparedRows<(CategoryRow & { fingerprint: string })[]>(
      Prisma.sql`SELECT ${categoryColumns}, ${CATEGORIES_FINGERPRINT_SQL} AS fingerprint FROM categories`,
    );
    // Read in one statement with their fingerprint, which may be newer than the caller's: they are the rows to use.
    read = { fingerprint: rows[0]?.fingerprint ?? "", rows: rows.map(({ fingerprint: _, ...row }) => row) };
  }
  return idsFor(refs, read.rows);
}

/**
 * The URL's category values as keys: an id (an old link) or a merged category's key becomes the live key; "none"
 * and values naming nothing stay. Returns null when every value already is what the URL should say.
 */
export async function canonicalCategoryRefs(refs: readonly string[], tx?: DbTx): Promise<string[] | null> {
  if (!refs.length) return null;
  const rows = await categoryRows(tx);
  const keys = refs.map((r) => (r === NO_CATEGORY_REF ? r : (resolveCategoryRef(r, rows)?.key ?? r)));
  return keys.some((k, i) => k !== refs[i]) ? keys : null;
}
