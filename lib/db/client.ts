// The one Prisma client of the process. Only lib/ imports this (enforced by the lint configuration).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";

export type Db = PrismaClient;
/** A client or an interactive-transaction client; use cases accept either so callers can compose them. */
export type DbTx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

const globalForDb = globalThis as unknown as { __jgtDb?: PrismaClient };

export function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm start`, which provides one.");
  return url;
}

export function createDb(url: string = databaseUrl()): PrismaClient {
  const adapter = new PrismaPg({ connectionString: url, max: Number(process.env.DB_POOL_SIZE ?? 10) });
  return new PrismaClient({ adapter });
}

/** Lazily created so that importing lib/ never opens a connection (e.g. during `next build`). */
export function db(): PrismaClient {
  globalForDb.__jgtDb ??= createDb();
  return globalForDb.__jgtDb;
}
