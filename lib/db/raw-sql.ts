// A read statement written with Prisma.sql, run on a pool directly: Prisma's $queryRaw adds about a millisecond a
// statement (1.3 ms against 0.3 for SELECT 1 on loopback), which the library search's few statements pay on every
// keystroke. Parameters are bound as Prisma binds them: a Date as its UTC instant (the columns are timestamps
// without time zone, holding UTC), a bigint as its digits.
import { createHash } from "node:crypto";
import type pg from "pg";
import { preparedPool } from "./client";
import type { Prisma } from "./generated/client";

const bindable = (v: unknown) => (v instanceof Date ? v.toISOString() : typeof v === "bigint" ? v.toString() : v);

export async function rawRows<T>(pool: pg.Pool, sql: Prisma.Sql): Promise<T> {
  const result = await pool.query(sql.text, sql.values.map(bindable));
  return result.rows as T;
}

/**
 * As rawRows, as a named prepared statement (one per distinct text, prepared once on each connection that runs it) on
 * the pool that plans it once for every value bound (client.ts preparedPool): for the page the library search once
 * read by ids, planning took about 1.1 of its 1.6 ms. Only for statements whose best plan does not depend on the
 * values: rows read by primary key, small lookups (the copy's catch-up, the session).
 */
export async function preparedRows<T>(sql: Prisma.Sql): Promise<T> {
  const name = `jgt_${createHash("sha1").update(sql.text).digest("hex").slice(0, 20)}`;
  const result = await preparedPool().query({ name, text: sql.text, values: sql.values.map(bindable) });
  return result.rows as T;
}
