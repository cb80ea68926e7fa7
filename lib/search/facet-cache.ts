// The facet counts of a search are the same for everyone until the library changes, and counting them reads every
// block that matches: every block for the landing view every clerk opens first, a category tab or a filter, and
// most of them for the commonest words (安全 is in nine blocks of ten), about 100 ms at 100,000 blocks. So they are
// kept, per process, under the library's generation: a sequence that triggers on
// blocks, block_usages, block_favorites and block_sources bump at the end of every statement that can change a
// count (migration 20261201120000_library_generation). A search reads the generation (one tiny statement) and
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
  const [row] = await db().$queryRaw<{ generation: bigint }[]>`SELECT last_value AS generation FROM library_generation`;
  return String(row!.generation);
}

/** What is kept under `key` when it was counted at the current generation, else counted now (and kept). */
export async function keptUntilChange<T>(key: string, count: () => Promise<T>): Promise<T> {
  const generation = await libraryGeneration();
  const cache = entries();
  const kept = cache.get(key);
  const keep = (value: T) => {
    cache.delete(key); // re-inserted last: the Map's order is the eviction order
    cache.set(key, { generation, at: Date.now(), value });
    if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
    return value;
  };
  if (kept && kept.generation === generation) {
    if (Date.now() - kept.at >= MAX_AGE_MS && !recounting.has(key)) {
      kept.at = Date.now(); // one recount at a time
      recounting.add(key);
      void count()
        .then(keep, () => undefined) // a failed recount leaves the kept counts; the next one tries again
        .finally(() => recounting.delete(key));
    }
    return kept.value as T;
  }
  return keep(await count());
}

const recounting = new Set<string>();

/** For tests: forget every kept count. */
export const clearFacetCache = () => entries().clear();
