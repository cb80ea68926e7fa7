// Runs in each integration worker before the tests import lib/: points the lazy db() client at the run's database.
import { afterAll, beforeAll, inject } from "vitest";
import { db } from "../../lib/db/client";
import { clearCorpusStructureCache } from "../../lib/outline-templates/corpus-structure";
import { clearFacetCache, countsSettled } from "../../lib/search/facet-cache";
import { forgetMirror } from "../../lib/search/library-mirror";
import { disconnectSearchDb } from "../../lib/search/search-db";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.SCRYPT_N ??= String(2 ** 14); // faster hashing in tests; production keeps its own setting

// The files share their worker's modules (vitest.config.ts): each starts without the library copy, facet counts
// and corpus structure an earlier file read, perhaps from a database of its own.
beforeAll(() => {
  forgetMirror();
  clearFacetCache();
  clearCorpusStructureCache();
});

afterAll(async () => {
  await countsSettled(); // a count still running behind an answer would land in the next file's cache
  await Promise.all([db().$disconnect(), disconnectSearchDb()]);
});
