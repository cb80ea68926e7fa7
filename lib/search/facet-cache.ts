// The facet counts of a search the library's copy in memory cannot answer (a source, a meeting, a speaker,
// favourites, hidden blocks; or any search before the copy is loaded) are the same for everyone until the library
// changes, and counting them reads every block that matches. So they are kept, per process, under the library's
// generation: a sequence that triggers on blocks, block_usages, block_favorites and block_sources bump at the end of
// every statement that can change a count (migration 20261201120000_library_generation). A search reads the generation (one tiny statement) and
// counts again when it has moved.
//
// Counts taken while a change is running are kept under the generation read before counting, so the change's
// bump makes the next search count again. One window remains: a change whose statement has ended (and bumped)
// but which has not committed yet when the counting starts; its counts would be kept until the next change. So
// counts older than MAX_AGE_MS are still answered, and counted again behind the answer for the next search.
import { db } from "../db/client";

export const MAX_AGE_MS = 30_000;
const MAX_ENTRIES = 500;

type Entry = { generation: string; at: number; value: unknown };
const globalForCache = globalThis as unknown as { __jgtFacetCache?: Map<string, Entry> };
const entries = () => (globalForCache.__jgtFacetCache ??= new Map());

export async function libraryGeneration(): Promise<string> {
  // A sequence not yet used reads last_value 1 before and after its first nextval; is_called tells them apart.
  const [row] = await db().$queryRaw<{ generation: bigint }[]>`
    SELECT CASE WHEN is_called THEN last_value ELSE 0 END AS generation FROM library_generation`;
  return String(row!.generation);
}

/** What is kept under `key` when it was counted at the current generation, else counted now (and kept). */
export async function keptUntilChange<T>(key: string, count: () => Promise<T>): Promise<T> {
  const generation = await libraryGeneration();
  const kept = current<T>(key, generation, count);
  return kept ? kept.value : keep(key, generation, await count());
}

function current<T>(key: string, generation: string, count: () => Promise<T>): { value: T } | null {
  const kept = entries().get(key);
  if (!kept || kept.generation !== generation) return null;
  if (Date.now() - kept.at >= MAX_AGE_MS) {
    kept.at = Date.now(); // counted once more, behind the answer
    countBehind(key, generation, count);
  }
  return { value: kept.value as T };
}

function keep<T>(key: string, generation: string, value: T): T {
  const cache = entries();
  cache.delete(key); // re-inserted last: the Map's order is the eviction order
  cache.set(key, { generation, at: Date.now(), value });
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  return value;
}

const counting = new Map<string, Promise<void>>();

function countBehind<T>(key: string, generation: string, count: () => Promise<T>) {
  if (counting.has(key)) return;
  const done = count()
    .then((value) => void keep(key, generation, value))
    .catch(() => undefined) // a failed count leaves what was kept; a later search counts again
    .finally(() => counting.delete(key));
  counting.set(key, done);
}

/** Resolves when nothing is being counted behind an answer (the search benchmark waits for it between timings). */
export async function countsSettled(): Promise<void> {
  while (counting.size) await Promise.all(counting.values());
}

/** For tests: forget every kept count. */
export const clearFacetCache = () => entries().clear();
