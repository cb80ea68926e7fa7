// Run by the mining benchmark in a fresh process: one long speech imported into a large library, as a clerk's
// upload is imported. A fresh database gets BENCH_BLOCKS (default 100,000) generated blocks (loadGeneratedLibrary);
// the import worker runs in this process as `npm start` runs it (startImportWorker with its defaults: pg-boss
// polled every second, mining on a worker thread); then a 300-paragraph speech .txt (bench/mining-speech.ts) goes
// the way the upload routes send it — startImport, queueImportFile (which queues the worker's job), closeImport —
// and is timed from there to the import's DONE (mining, storing in batches, exact repeats and near-duplicate
// grouping against the library, the import's summary and audit). The HTTP upload itself is not counted.
//
// Two different speeches, one after the other: the first also starts the worker's mining thread (once per server
// start); the second is the usual case and is the figure reported. Prints one JSON line on stdout.
import { performance } from "node:perf_hooks";
import { createTestDatabase } from "../tests/support/test-database";
import { benchSpeech } from "./mining-speech";
import { loadGeneratedLibrary } from "./search-library";

const BLOCKS = Number(process.env.BENCH_BLOCKS ?? 100_000);
const PARAGRAPHS = 300;
const MAX_WAIT_MS = 120_000;

export type IntoLibraryResult = {
  seconds: number;
  first_seconds: number;
  library_blocks: number;
  body_paragraphs: number;
  stored_blocks: number;
};

const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function importSpeech(seed: number): Promise<{ seconds: number; storedBlocks: number }> {
  const { db } = await import("../lib/db/client");
  const { startImport } = await import("../lib/corpus/import-files");
  const { queueImportFile } = await import("../lib/imports/queue-import-file");
  const { closeImport } = await import("../lib/imports/complete-import");
  const speech = benchSpeech({ paragraphs: PARAGRAPHS, seed });
  const bytes = new TextEncoder().encode(speech.text);

  const start = performance.now();
  const { id } = await startImport(null);
  await queueImportFile(id, { name: speech.name, bytes });
  await closeImport(id);
  for (;;) {
    const batch = await db().corpusImport.findUniqueOrThrow({ where: { id }, select: { status: true } });
    if (batch.status === "DONE") break;
    if (batch.status !== "RUNNING") throw new Error(`导入结束于状态 ${batch.status}`);
    if (performance.now() - start > MAX_WAIT_MS) throw new Error(`导入在 ${MAX_WAIT_MS / 1000} s 内没有完成`);
    await sleep(20);
  }
  const ms = performance.now() - start;

  const file = await db().importFile.findFirstOrThrow({
    where: { importId: id },
    select: { status: true, error: true, createdAt: true, startedAt: true, finishedAt: true, result: true },
  });
  const summary = (file.result as { summary?: Record<string, number> } | null)?.summary;
  if (file.status !== "DONE" || !summary) throw new Error(`文件没有导入（${file.status}）：${file.error ?? ""}`);
  const queued = file.startedAt!.getTime() - file.createdAt.getTime();
  const worked = file.finishedAt!.getTime() - file.startedAt!.getTime();
  log(
    `讲话稿 ${seed}（${(bytes.length / 1024).toFixed(0)} KB，正文 ${speech.bodyParagraphs} 段、标题 ${speech.headings} 个）：` +
      `${s(ms)}；排队等待任务 ${s(queued)}，挖掘与入库 ${s(worked)}；入库 ${summary.blocks} 条` +
      `（新 ${summary.newBlocks}，完全重复 ${summary.exactRepeats}，近似重复 ${summary.nearDuplicates}）`,
  );
  return { seconds: ms / 1000, storedBlocks: summary.blocks ?? 0 };
}

/** Where the time goes: the same speech mined alone in this process (no thread, no database). */
async function miningAloneMs(seed: number): Promise<number> {
  const { mineDocument } = await import("../lib/mining/mine-document");
  const speech = benchSpeech({ paragraphs: PARAGRAPHS, seed });
  const bytes = new TextEncoder().encode(speech.text);
  await mineDocument(speech.name, bytes);
  const start = performance.now();
  await mineDocument(speech.name, bytes);
  return performance.now() - start;
}

async function main() {
  const database = await createTestDatabase("benchlibimport");
  process.env.DATABASE_URL = database.url;
  const { db } = await import("../lib/db/client");
  const { startImportWorker } = await import("../lib/imports/import-worker");
  let worker: Awaited<ReturnType<typeof startImportWorker>> | null = null;
  try {
    const t = performance.now();
    await loadGeneratedLibrary(BLOCKS);
    log(`素材库：${BLOCKS} 条生成的素材（载入 ${s(performance.now() - t)}）`);
    worker = await startImportWorker({ url: database.url });
    const first = await importSpeech(1);
    const second = await importSpeech(2);
    log(`同一篇讲话稿只在本进程挖掘（不入库）：${s(await miningAloneMs(2))}`);
    const result: IntoLibraryResult = {
      seconds: second.seconds,
      first_seconds: first.seconds,
      library_blocks: BLOCKS,
      body_paragraphs: PARAGRAPHS,
      stored_blocks: second.storedBlocks,
    };
    process.stdout.write(JSON.stringify(result) + "\n");
  } finally {
    await worker?.stop().catch((e) => log(`停止导入任务失败：${(e as Error).message}`));
    await db()
      .$disconnect()
      .catch(() => undefined);
    await database.drop().catch((e) => log(`删除测试数据库失败：${(e as Error).message}`));
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    process.stderr.write(`${(err as Error).stack}\n`);
    process.exit(1);
  },
);
