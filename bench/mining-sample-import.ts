// The sample corpus import of the first `npm start` (seedSampleCorpusOnce on data/corpus), timed twice: cold, in a
// fresh process from its start to done (the figure the benchmark reports), and warm, in this process after the
// throughput loops (modules loaded, classifier model and dictionaries in memory), for comparison. Each into a
// fresh, empty, migrated database of its own.
import path from "node:path";
import { performance } from "node:perf_hooks";
import { createTestDatabase } from "../tests/support/test-database";
import { runFresh } from "./mining-child";
import type { ColdImportResult } from "./mining-cold-import";
import { corpusFiles } from "./mining-throughput";

const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

export async function sampleImportColdSeconds(): Promise<number> {
  const database = await createTestDatabase("benchcold");
  try {
    const { result, seconds } = await runFresh<ColdImportResult>(path.join("bench", "mining-cold-import.ts"), {
      DATABASE_URL: database.url,
    });
    const expected = corpusFiles().length;
    if (result.imported !== expected) throw new Error(`示例语料应导入 ${expected} 个文件，实际 ${result.imported} 个`);
    log(
      `示例语料冷导入（新进程）：${seconds.toFixed(3)} s，其中进程启动与加载模块 ` +
        `${(result.loaded_ms / 1000).toFixed(3)} s，分类与导入 ${((result.done_ms - result.loaded_ms) / 1000).toFixed(3)} s`,
    );
    return seconds;
  } finally {
    await database.drop();
  }
}

/** In this process; points its database client at a database of its own (run it once per process). */
export async function sampleImportWarmSeconds(): Promise<number> {
  const database = await createTestDatabase("benchwarm");
  process.env.DATABASE_URL = database.url;
  const { seedCategoriesIfEmpty } = await import("../lib/categories/seed-categories");
  const { seedSampleCorpusOnce } = await import("../lib/corpus/seed-sample-corpus");
  const { db } = await import("../lib/db/client");
  try {
    await seedCategoriesIfEmpty();
    const start = performance.now();
    const imported = await seedSampleCorpusOnce(path.join(process.cwd(), "data", "corpus"));
    const seconds = (performance.now() - start) / 1000;
    const expected = corpusFiles().length;
    if (imported !== expected) throw new Error(`示例语料应导入 ${expected} 个文件，实际 ${imported} 个`);
    log(`示例语料热导入（本进程，吞吐测试之后）：${seconds.toFixed(3)} s`);
    return seconds;
  } finally {
    await db().$disconnect();
    await database.drop();
  }
}
