// Run by the mining benchmark in a fresh process (bench/mining-sample-import.ts): the sample corpus imported as
// the first `npm start` imports it (lib/setup/prepare-installation.ts: the default categories, then
// seedSampleCorpusOnce), into the empty, migrated database DATABASE_URL names. Prints one JSON line on stdout when
// done; the parent's clock runs from spawning this process to that line, so module loading, the Prisma client's
// first connection and the classifier model's first load are all counted.
import path from "node:path";
import { performance } from "node:perf_hooks";
import { seedCategoriesIfEmpty } from "../lib/categories/seed-categories";
import { seedSampleCorpusOnce } from "../lib/corpus/seed-sample-corpus";
import { db } from "../lib/db/client";

export type ColdImportResult = { imported: number; loaded_ms: number; done_ms: number };

async function main() {
  // Since this process started (Node's clock origin): what loading the modules took.
  const loadedMs = performance.now();
  await seedCategoriesIfEmpty();
  const imported = await seedSampleCorpusOnce(path.join(process.cwd(), "data", "corpus"));
  const result: ColdImportResult = { imported, loaded_ms: loadedMs, done_ms: performance.now() };
  process.stdout.write(JSON.stringify(result) + "\n");
  await db().$disconnect();
}

main().then(
  () => process.exit(0),
  (err) => {
    process.stderr.write(`${(err as Error).stack}\n`);
    process.exit(1);
  },
);
