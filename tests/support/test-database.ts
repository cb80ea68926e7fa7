// A fresh, migrated database for one test run, dropped at the end. Server choice: TEST_DATABASE_URL's server,
// else the local PostgreSQL at 127.0.0.1:5432 when it answers, else an embedded PostgreSQL in a temp dir.
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../../lib/db/embedded";
import { applyMigrations } from "../../lib/db/migrate";
import { installJobQueue } from "../../lib/imports/job-queue";

export type TestDatabase = { url: string; name: string; server: string; drop: () => Promise<void> };

const LOCAL_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

async function answers(url: string): Promise<boolean> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await c.connect();
    await c.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => undefined);
  }
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function adminQuery(adminUrl: string, sql: string) {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

export async function createTestDatabase(label = "test"): Promise<TestDatabase> {
  let adminUrl: string;
  let embedded: EmbeddedDatabase | null = null;
  let embeddedDir: string | null = null;
  if (process.env.TEST_DATABASE_URL) {
    adminUrl = process.env.TEST_DATABASE_URL;
  } else if (await answers(LOCAL_URL)) {
    adminUrl = LOCAL_URL;
  } else {
    embeddedDir = await mkdtemp(path.join(os.tmpdir(), "jgt-test-pg-"));
    embedded = await startEmbeddedPostgres(embeddedDir, { database: "postgres", persistent: false });
    adminUrl = embedded.url;
  }
  const name = `jgt_${label}_${process.pid}_${randomBytes(4).toString("hex")}`;
  await adminQuery(adminUrl, `CREATE DATABASE "${name}"`);
  const url = withDatabase(adminUrl, name);
  await applyMigrations(url, path.join(process.cwd(), "prisma", "migrations"));
  await installJobQueue(url);
  return {
    url,
    name,
    server: embedded ? "embedded" : new URL(adminUrl).host,
    drop: async () => {
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      if (embedded) await embedded.stop();
      if (embeddedDir) await rm(embeddedDir, { recursive: true, force: true });
    },
  };
}
