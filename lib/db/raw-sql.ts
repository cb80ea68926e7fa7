// A read statement written with Prisma.sql, run on a pool directly: Prisma's $queryRaw adds about a millisecond a
// statement (1.3 ms against 0.3 for SELECT 1 on loopback), which the library search's few statements pay on every
// keystroke. Parameters are bound as Prisma binds them: a Date as its UTC instant (the columns are timestamps
// without time zone, holding UTC), a bigint as its digits.
import type pg from "pg";
import type { Prisma } from "./generated/client";

const bindable = (v: unknown) => (v instanceof Date ? v.toISOString() : typeof v === "bigint" ? v.toString() : v);

export async function rawRows<T>(pool: pg.Pool, sql: Prisma.Sql): Promise<T> {
  const result = await pool.query(sql.text, sql.values.map(bindable));
  return result.rows as T;
}
