// The one Prisma client of the process. Only lib/ imports this (enforced by the lint configuration).
import { PrismaPg } from "@prisma/adapter-pg";
import type pg from "pg";
import { PrismaClient } from "./generated/client";
import { createPool } from "./pool";

export type Db = PrismaClient;
/** A client or an interactive-transaction client; use cases accept either so callers can compose them. */
export type DbTx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

const globalForDb = globalThis as unknown as { __jgtDb?: PrismaClient };

export function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm start`, which provides one.");
  return url;
}

/** Each client's pool of connections, which hot read paths also query directly (raw-sql.ts), and its database. */
const pools = new WeakMap<PrismaClient, pg.Pool>();
const urls = new WeakMap<PrismaClient, string>();

export function createDb(url: string = databaseUrl()): PrismaClient {
  const pool = createPool(url, { max: Number(process.env.DB_POOL_SIZE ?? 10) });
  const client = new PrismaClient({ adapter: new PrismaPg(pool) });
  pools.set(client, pool);
  urls.set(client, url);
  return client;
}

/** The pool of the app's client (db()), whichever database it points at. */
export function dbPool(): pg.Pool {
  const client = db();
  let pool = pools.get(client);
  if (!pool) pools.set(client, (pool = createPool(databaseUrl(), { max: 2 })));
  return pool;
}

const preparedPools = new WeakMap<PrismaClient, pg.Pool>();

/**
 * A small pool whose sessions plan each prepared statement once, for every value bound (a generic plan), rather
 * than at each of its first five runs on each connection: for statements whose best plan does not depend on the
 * values (raw-sql.ts preparedRows). Not the app's pool: a search through the n-gram index needs its values planned.
 */
export function preparedPool(): pg.Pool {
  const client = db();
  let pool = preparedPools.get(client);
  if (!pool) {
    const url = urls.get(client) ?? databaseUrl();
    // Half the app's pool: every search's catch-up and page and every request's session lookup run here.
    const max = Math.max(2, Math.ceil(Number(process.env.DB_POOL_SIZE ?? 10) / 2));
    pool = createPool(url, { max, options: "-c plan_cache_mode=force_generic_plan -c jit=off" });
    preparedPools.set(client, pool);
  }
  return pool;
}

/** Lazily created so that importing lib/ never opens a connection (e.g. during `next build`). */
export function db(): PrismaClient {
  globalForDb.__jgtDb ??= createDb();
  return globalForDb.__jgtDb;
}
