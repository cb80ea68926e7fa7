import { createHash } from "node:crypto";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { applyMigrations, listMigrations } from "@/lib/db/migrate";
import { createTestBlock, unique } from "@/lib/testing/factories";
import { useIsolatedDatabase, type IsolatedDatabase } from "../support/isolated-database";

const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(sql, params)).rows;
  } finally {
    await c.end();
  }
}

const migrationDirs = async () =>
  (await readdir(MIGRATIONS_DIR, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();

describe("applyMigrations on the run's (already migrated) database", () => {
  const url = () => process.env.DATABASE_URL!;

  it("applies nothing a second time", async () => {
    const dirs = await migrationDirs();
    const result = await applyMigrations(url(), MIGRATIONS_DIR);
    expect(result).toEqual({ applied: [], alreadyApplied: dirs.length });
  });

  it("keeps one finished row per migration directory, with the file's sha256 as checksum", async () => {
    const rows = await query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      rolled_back_at: Date | null;
      applied_steps_count: number;
    }>(
      url(),
      `SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    const dirs = await migrationDirs();
    expect(rows.map((r) => r.migration_name)).toEqual(dirs);
    for (const row of rows) {
      const sql = await readFile(path.join(MIGRATIONS_DIR, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
  });

  it("listMigrations returns the directories in order with their SQL", async () => {
    const list = await listMigrations(MIGRATIONS_DIR);
    expect(list.map((m) => m.name)).toEqual(await migrationDirs());
    expect(list[0].sql).toContain('CREATE TABLE "users"');
  });
});

describe("blocks.search_vector trigger", () => {
  it("fills search_vector from search_text (a tsvector literal) on insert", async () => {
    const block = await createTestBlock({ searchText: "'a':1 'b':2 'c':3" });
    const rows = await db().$queryRaw<
      { search_vector: string }[]
    >`SELECT search_vector::text FROM blocks WHERE id = ${block.id}`;
    expect(rows).toHaveLength(1);
    expect(rows[0].search_vector).toBe("'a':1 'b':2 'c':3");
  });

  it("refreshes search_vector when search_text changes and makes the block findable", async () => {
    const word = unique("词").toLowerCase();
    const block = await createTestBlock({ searchText: "'隐患':1 '排查':2" });
    await db().block.update({ where: { id: block.id }, data: { searchText: `'整治':1 '${word}':2` } });
    const rows = await db().$queryRaw<{ id: string }[]>`
      SELECT id FROM blocks WHERE search_vector @@ ${`'${word}'`}::tsquery`;
    expect(rows.map((r) => r.id)).toEqual([block.id]);
    const [{ search_vector }] = await db().$queryRaw<
      { search_vector: string }[]
    >`SELECT search_vector::text FROM blocks WHERE id = ${block.id}`;
    expect(search_vector).not.toContain("隐患");
  });
});

describe("applyMigrations on an empty database", () => {
  let iso: IsolatedDatabase;
  let dir: string;

  beforeAll(async () => {
    iso = await useIsolatedDatabase("mig");
    await iso.wipe();
    dir = await mkdtemp(path.join(os.tmpdir(), "jgt-migrations-"));
    await cp(MIGRATIONS_DIR, dir, { recursive: true });
  });
  afterAll(async () => {
    await iso.restore();
    await rm(dir, { recursive: true, force: true });
  });

  it("applies every migration in order, then nothing", async () => {
    const dirs = await migrationDirs();
    expect(await applyMigrations(iso.url, dir)).toEqual({ applied: dirs, alreadyApplied: 0 });
    expect(await applyMigrations(iso.url, dir)).toEqual({ applied: [], alreadyApplied: dirs.length });
    const tables = await query<{ n: number }>(
      iso.url,
      `SELECT count(*)::int AS n FROM pg_tables WHERE tablename = 'users'`,
    );
    expect(tables[0].n).toBe(1);
  });

  it("rolls a failing migration back entirely and reports it in Chinese", async () => {
    const name = "29991231000000_broken";
    await mkdir(path.join(dir, name));
    await writeFile(
      path.join(dir, name, "migration.sql"),
      `CREATE TABLE "half_done" (id int);\nSELECT * FROM no_such_table;`,
    );
    await expect(applyMigrations(iso.url, dir)).rejects.toThrow(`数据库迁移 ${name} 失败`);
    const rows = await query(iso.url, `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = $1`, [name]);
    expect(rows).toHaveLength(0);
    const half = await query<{ t: string | null }>(iso.url, `SELECT to_regclass('half_done')::text AS t`);
    expect(half[0].t).toBeNull();
  });

  it("applies a new migration added later", async () => {
    await rm(path.join(dir, "29991231000000_broken"), { recursive: true, force: true });
    const name = "29991231000001_add_table";
    await mkdir(path.join(dir, name));
    await writeFile(path.join(dir, name, "migration.sql"), `CREATE TABLE "later_table" (id int);`);
    const dirs = await migrationDirs();
    expect(await applyMigrations(iso.url, dir)).toEqual({ applied: [name], alreadyApplied: dirs.length });
  });
});
