// Mining benchmark: throughput of the pipeline alone (decode → … → placeholders, no database) on the sample
// corpus repeated to several MB, the classifier's blocks per second, the time the stages take on the
// pathological inputs their unit tests run, and the end-to-end import of the sample corpus into a fresh database.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { DEFAULT_TAXONOMY } from "../lib/categories/default-taxonomy";
import { classifyBlock } from "../lib/mining/classify";
import { mineDocument } from "../lib/mining/mine-document";
import { removeNoise } from "../lib/mining/noise";
import { normaliseText } from "../lib/mining/normalise";
import { mineText } from "../lib/mining/text-pipeline";
import { hostileNoiseText, PATHOLOGICAL_NORMALISE, pathologicalDocuments } from "../lib/testing/pathological-text";
import { loadFixture, reconstructBlocks } from "../scripts/classifier-fixture";

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

/**
 * Blocks classified per second of this process's CPU time (best of five rounds), on the 267 real blocks of the
 * fixture (146 characters on average) with their headings and roles. Target: at least 20,000.
 */
export function classifyBlocksPerSecond(rounds = 5): number {
  const blocks = reconstructBlocks(loadFixture()).map((it) => it.block);
  for (const b of blocks) classifyBlock(b, {}); // warm up the JIT and the heading cache
  let best = 0;
  for (let round = 0; round < rounds; round++) {
    const start = process.cpuUsage();
    for (let pass = 0; pass < 8; pass++) for (const b of blocks) classifyBlock(b, {});
    const used = process.cpuUsage(start);
    best = Math.max(best, (8 * blocks.length) / ((used.user + used.system) / 1e6));
  }
  return best;
}

const msOf = (work: () => unknown) => {
  const start = performance.now();
  work();
  return performance.now() - start;
};

/**
 * Milliseconds on the pathological inputs of the unit tests (lib/testing/pathological-text.ts): noise removal
 * (target under 3 s), the normaliser (under 2 s) and the slowest of the text pipeline's documents (under 4 s each).
 */
export function pathologicalMs() {
  const noiseLines = normaliseText(hostileNoiseText())
    .split("\n")
    .map((text, i) => ({ text, lineNo: i + 1 }));
  return {
    noise_hostile_ms: msOf(() => removeNoise(noiseLines)),
    normalise_pathological_ms: msOf(() => Object.values(PATHOLOGICAL_NORMALISE).map(normaliseText)),
    pipeline_pathological_ms: Math.max(...pathologicalDocuments().map((text) => msOf(() => mineText(text)))),
  };
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
  const classifyPerS = classifyBlocksPerSecond();
  const pathological = Object.fromEntries(Object.entries(pathologicalMs()).map(([k, ms]) => [k, Math.round(ms)]));
  const importS = await sampleImportSeconds();
  return {
    mb_per_s: Math.round(mbPerS * 100) / 100,
    classify_blocks_per_s: Math.round(classifyPerS),
    ...pathological,
    sample_import_s: Math.round(importS * 1000) / 1000,
  };
}
