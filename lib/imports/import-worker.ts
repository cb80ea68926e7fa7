// The import worker: takes queued files from pg-boss one at a time, mines them on a worker thread and stores
// them in batches (process-import-file.ts). It runs inside `npm start` by default, or as its own process
// (`npm run worker`) on as many machines as wanted: a file is held by one worker through its lease.
// A sweep every minute requeues files that no job carries any more (a send that failed, a job given up while the
// file could still resume) and closes imports whose uploader went away without saying the last file came.
import { db, databaseUrl } from "../db/client";
import { closeImport } from "./complete-import";
import { createJobQueue, MINE_FILE_QUEUE, type MineFileJob } from "./job-queue";
import { listenForQueuedJobs } from "./job-wake-up";
import { startMiningThread } from "./mining-thread";
import { ImportPaused, processImportFile } from "./process-import-file";

export type ImportWorker = { stop: () => Promise<void>; sweep: () => Promise<void> };

export type ImportWorkerOptions = {
  url?: string;
  log?: (line: string) => void;
  pollingIntervalSeconds?: number;
  sweepEverySeconds?: number;
};

/** An import whose uploader sent nothing for this long counts as closed (a reload or closed tab mid-upload). */
const ABANDONED_AFTER_MINUTES = 30;

export async function startImportWorker(opts: ImportWorkerOptions = {}): Promise<ImportWorker> {
  const boss = createJobQueue(opts.url ?? databaseUrl(), { maintenance: true });
  await boss.start();
  const requeue = (fileId: string) => boss.send(MINE_FILE_QUEUE, { fileId } satisfies MineFileJob);
  const thread = startMiningThread();
  // The first upload after a start should not wait for the models to load; a failure here only costs that time.
  void thread.warmUp().catch(() => false);
  const stopping = new AbortController();
  const workerId = await boss.work<MineFileJob>(
    MINE_FILE_QUEUE,
    { batchSize: 1, pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 1 },
    async ([job]) => {
      const fileId = job!.data.fileId;
      const result = await processImportFile(fileId, { mine: thread.mine, signal: stopping.signal }).catch((err) => {
        // Stopping: a fresh job waits in the queue, and whichever worker starts next continues at once.
        if (err instanceof ImportPaused) return requeue(fileId).then(() => null);
        throw err;
      });
      if (result) opts.log?.(`已处理导入文件“${result.file}”：${describe(result.status)}`);
    },
  );
  const wakeUp = await listenForQueuedJobs(opts.url ?? databaseUrl(), () => boss.notifyWorker(workerId));
  const sweep = () => requeueOrphans(requeue).then(closeAbandoned, (err) => console.error("[导入] 巡检失败：", err));
  await sweep();
  const timer = setInterval(() => void sweep(), (opts.sweepEverySeconds ?? 60) * 1000);
  timer.unref();
  return {
    sweep,
    stop: async () => {
      clearInterval(timer);
      await wakeUp.stop();
      // The file in hand is let go after its current batch; it resumes after that batch on the next start.
      stopping.abort();
      await boss.stop({ graceful: true, wait: true, timeout: 20_000, close: true });
      await thread.stop();
    },
  };
}

const describe = (status: string) =>
  ({ imported: "已导入", duplicate: "重复", failed: "失败", review: "需要检查，等待人工确认" })[status] ?? status;

async function requeueOrphans(send: (fileId: string) => Promise<unknown>): Promise<void> {
  const orphans = await db().$queryRaw<{ id: string }[]>`
    SELECT f.id FROM import_files f
    WHERE f.status IN ('QUEUED', 'MINING', 'STORING') AND (f.lease_until IS NULL OR f.lease_until < now())
      AND f.created_at < now() - interval '30 seconds'
      -- a job still waiting for it, or a live one (its lease would be set); an active job with an expired lease
      -- belongs to a worker that died
      AND NOT EXISTS (SELECT 1 FROM pgboss.job j
                      WHERE j.name = ${MINE_FILE_QUEUE} AND j.data->>'fileId' = f.id
                        AND (j.state < 'active' OR (j.state = 'active' AND f.lease_until IS NULL)))
    LIMIT 100`;
  for (const o of orphans) await send(o.id);
}

async function closeAbandoned(): Promise<void> {
  const open = await db().$queryRaw<{ id: string }[]>`
    SELECT i.id FROM corpus_imports i
    WHERE i.status = 'RUNNING' AND i.closed_at IS NULL
      AND i.created_at < now() - make_interval(mins => ${ABANDONED_AFTER_MINUTES})
      AND NOT EXISTS (SELECT 1 FROM import_files f WHERE f.import_id = i.id
                      AND f.created_at > now() - make_interval(mins => ${ABANDONED_AFTER_MINUTES}))
    LIMIT 100`;
  for (const i of open) await closeImport(i.id);
}
