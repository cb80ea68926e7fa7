// Runs in each integration worker before the tests import lib/: points the lazy db() client at the run's database.
import { afterAll, inject } from "vitest";
import { db } from "../../lib/db/client";
import { disconnectSearchDb } from "../../lib/search/search-db";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.SCRYPT_N ??= String(2 ** 14); // faster hashing in tests; production keeps its own setting

afterAll(async () => {
  await Promise.all([db().$disconnect(), disconnectSearchDb()]);
});
