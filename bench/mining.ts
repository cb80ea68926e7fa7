// Mining benchmark: throughput of the pipeline alone (decode → … → placeholders, no database) on the sample
// corpus repeated to several MB, and the end-to-end import of the sample corpus into a fresh database.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { DEFAULT_TAXONOMY } from "../lib/categories/default-taxonomy";
import { mineDocument } from "../lib/mining/mine-document";

const CORPUS = path.join(process.cwd(), "data", "corpus");

function corpusFiles() {
  return readdirSync(CORPUS)
    .filter((n) => /\.(txt|docx)$/.test(n))
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(path.join(CORPUS, name))) }));
}

export async function pipelineThroughput(targetBytes = 6 * 1024 * 1024): Promise<number> {
  const files = corpusFiles();
  const known = new Set(DEFAULT_TAXONOMY.map((c) => c.key));
  await mineDocument(files[0]!.name, files[0]!.bytes, { knownCategories: known }); // warm up: model, dictionary
  const runs: number[] = [];
  for (let run = 0; run < 3; run++) {
    let bytes = 0;
    const start = performance.now();
    while (bytes < targetBytes) {
      for (const f of files) {
        await mineDocument(f.name, f.bytes, { knownCategories: known });
        bytes += f.bytes.length;
      }
    }
    runs.push(bytes / 1048576 / ((performance.now() - start) / 1000));
  }
  return runs.sort((a, b) => a - b)[1]!; // median of three
}

export async function sampleImportSeconds(): Promise<number> {
  const { createTestDatabase } = await import("../tests/support/test-database");
  const database = await createTestDatabase("bench");
  process.env.DATABASE_URL = database.url;
  const { seedCategoriesIfEmpty } = await import("../lib/categories/seed-categories");
  const { importFiles } = await import("../lib/corpus/import-files");
  const { db } = await import("../lib/db/client");
  try {
    await seedCategoriesIfEmpty();
    const start = performance.now();
    const { totals } = await importFiles(corpusFiles(), null);
    const seconds = (performance.now() - start) / 1000;
    if (totals.imported !== 5) throw new Error(`expected 5 imported files, got ${totals.imported}`);
    return seconds;
  } finally {
    await db().$disconnect();
    await database.drop();
  }
}

export async function miningBenchmark() {
  const mbPerS = await pipelineThroughput();
  const importS = await sampleImportSeconds();
  return { mb_per_s: Math.round(mbPerS * 100) / 100, sample_import_s: Math.round(importS * 1000) / 1000 };
}
