// Search statements that use the text index run on their own small pool of connections, whose sessions are set
// up at connection start (the `options` startup parameter) for what these statements need:
// - enable_seqscan = off. The planner does not know that testing a row's n-gram tsvector means reading it back
//   from TOAST (about 5 µs a row), so for a word in a fifth of the library it would rather test every row
//   (0.5 s for 100,000 blocks) than take the matches from the GIN index (25 ms).
// - jit = off. Compiling costs more (50 ms and up) than any of these statements.
// A transaction with SET LOCAL would do the same on the app's pool, but through Prisma it adds three round trips,
// which took the median search from 3.9 to 5.2 ms (README, Search).
// The statements run on the pools directly (raw-sql.ts), not through Prisma's $queryRaw: a millisecond less each.
import type pg from "pg";
import { databaseUrl, dbPool } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { createPool } from "../db/pool";
import { rawRows } from "../db/raw-sql";

export const SEARCH_SESSION = "-c enable_seqscan=off -c jit=off";

const globalForSearch = globalThis as unknown as { __jgtSearchDb?: pg.Pool };

/** Half the app's pool size (at least 2): a search runs its hits and facets on two connections at once. */
const poolSize = () => Math.max(2, Math.ceil(Number(process.env.DB_POOL_SIZE ?? 10) / 2));

function searchPool(): pg.Pool {
  globalForSearch.__jgtSearchDb ??= createPool(databaseUrl(), { options: SEARCH_SESSION, max: poolSize() });
  return globalForSearch.__jgtSearchDb;
}

export async function disconnectSearchDb(): Promise<void> {
  const pools = [globalForSearch.__jgtSearchDb, ...(globalForBounded.__jgtBoundedSearchDb?.values() ?? [])];
  globalForSearch.__jgtSearchDb = undefined;
  globalForBounded.__jgtBoundedSearchDb = undefined;
  await Promise.all(pools.map((p) => p?.end()));
}

/** Runs a search statement: on the search pool when it uses the text index, else on the app's pool. */
export function runSearchSql<T>(sql: Prisma.Sql, usesTextIndex: boolean): Promise<T> {
  return rawRows<T>(usesTextIndex ? searchPool() : dbPool(), sql);
}

const isStatementTimeout = (err: unknown) =>
  err instanceof Error && /statement timeout|57014/.test(`${err.message} ${JSON.stringify(err)}`);

/**
 * Runs a search statement that may be abandoned: on a small pool of search connections whose statement_timeout is
 * `ms` (set at connection start, like the search session: a transaction with SET LOCAL cost three more round trips,
 * about 3 ms). Returns null when the time ran out.
 */
export async function runBoundedSearchSql<T>(ms: number, sql: Prisma.Sql): Promise<T | null> {
  try {
    return await rawRows<T>(boundedSearchPool(Math.max(1, Math.floor(ms))), sql);
  } catch (err) {
    if (isStatementTimeout(err)) return null;
    throw err;
  }
}

const globalForBounded = globalThis as unknown as { __jgtBoundedSearchDb?: Map<number, pg.Pool> };

function boundedSearchPool(ms: number): pg.Pool {
  const pools = (globalForBounded.__jgtBoundedSearchDb ??= new Map());
  let pool = pools.get(ms);
  if (!pool) {
    const options = `${SEARCH_SESSION} -c statement_timeout=${ms}`;
    // As large as the search pool: a search waiting for a connection is not yet under its timeout.
    pool = createPool(databaseUrl(), { options, max: poolSize() });
    pools.set(ms, pool);
  }
  return pool;
}
