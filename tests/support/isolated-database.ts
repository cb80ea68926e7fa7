// For tests that need an EMPTY database (first-run setup, one-time seeds, "last admin" rules): creates a separate,
// migrated database and points lib/'s lazy db() client at it until restore() is called.
import pg from "pg";
import { createDb } from "../../lib/db/client";
import type { PrismaClient } from "../../lib/db/generated/client";
import { createTestDatabase } from "./test-database";

const holder = globalThis as unknown as { __jgtDb?: PrismaClient };

export type IsolatedDatabase = {
  url: string;
  /** Removes every table, type and extension, leaving a database on which no migration has run. */
  wipe: () => Promise<void>;
  /** Points db() back at the run's shared database, then drops this one. */
  restore: () => Promise<void>;
};

export async function useIsolatedDatabase(label = "iso"): Promise<IsolatedDatabase> {
  const database = await createTestDatabase(label);
  const saved = holder.__jgtDb;
  const client = createDb(database.url);
  holder.__jgtDb = client;
  return {
    url: database.url,
    wipe: async () => {
      const c = new pg.Client({ connectionString: database.url });
      await c.connect();
      try {
        await c.query(`DROP SCHEMA public CASCADE; CREATE SCHEMA public;`);
      } finally {
        await c.end();
      }
    },
    restore: async () => {
      if (saved) holder.__jgtDb = saved;
      else delete holder.__jgtDb;
      await client.$disconnect();
      await database.drop();
    },
  };
}
