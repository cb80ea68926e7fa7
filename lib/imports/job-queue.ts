// The background job queue: pg-boss on the app's own PostgreSQL (schema `pgboss`), so queued imports survive
// restarts and any app server's worker can take them. Web servers only send jobs; the import worker
// (lib/imports/import-worker.ts) runs pg-boss's maintenance and works the queue.
import PgBoss from "pg-boss";
import { databaseUrl } from "../db/client";
import { WAKE_UP_SQL } from "./job-wake-up";

export const MINE_FILE_QUEUE = "mine-import-file";
export type MineFileJob = { fileId: string };

/** One line per queue error (a lost connection while the database restarts or stops), not the client's dump. */
const logQueueError = (err: Error) => console.error(`[任务队列] ${err.message}`);

const queueOptions = {
  name: MINE_FILE_QUEUE,
  policy: "standard" as const,
  // A file that failed for a passing reason (database restart, deadlock) is tried again; the worker itself
  // decides when a file has failed for good (lib/imports/process-import-file.ts).
  retryLimit: 5,
  retryDelay: 10,
  retryBackoff: true,
  // A worker that died mid-file: its job is handed out again after this; the file's lease decides sooner.
  expireInSeconds: 30 * 60,
  retentionMinutes: 7 * 24 * 60,
};

/** Creates pg-boss's schema and the import queue if missing (first start, tests). Idempotent. */
export async function installJobQueue(url: string = databaseUrl()): Promise<void> {
  const boss = new PgBoss({ connectionString: url, max: 1, supervise: false, schedule: false, migrate: true });
  boss.on("error", logQueueError);
  await boss.start();
  try {
    if (!(await boss.getQueue(MINE_FILE_QUEUE))) await boss.createQueue(MINE_FILE_QUEUE, queueOptions);
  } finally {
    await boss.stop({ graceful: false, close: true, wait: true });
  }
}

export function createJobQueue(url: string, opts: { maintenance: boolean }): PgBoss {
  const boss = new PgBoss({
    connectionString: url,
    max: opts.maintenance ? 3 : 2,
    application_name: opts.maintenance ? "jgt-import-worker" : "jgt-web",
    supervise: opts.maintenance,
    schedule: false,
    migrate: false,
  });
  boss.on("error", logQueueError);
  return boss;
}

const holder = globalThis as unknown as { __jgtSender?: { url: string; boss: Promise<PgBoss> } };

/** The process's job sender, started on first use (web servers; one per database URL). */
function sender(): Promise<PgBoss> {
  const url = databaseUrl();
  if (holder.__jgtSender?.url !== url) {
    const boss = createJobQueue(url, { maintenance: false });
    const started = boss.start().then(
      () => boss,
      (err) => {
        delete holder.__jgtSender;
        throw err;
      },
    );
    holder.__jgtSender = { url, boss: started };
  }
  return holder.__jgtSender.boss;
}

export async function sendMineFileJob(fileId: string): Promise<void> {
  const boss = await sender();
  await boss.send(MINE_FILE_QUEUE, { fileId } satisfies MineFileJob);
  // The job is in; a worker that misses this notice finds it at its next poll.
  await boss
    .getDb()
    .executeSql(WAKE_UP_SQL, [])
    .catch(() => undefined);
}

/** Stops this process's sender (tests, shutdown). */
export async function stopJobSender(): Promise<void> {
  const current = holder.__jgtSender;
  delete holder.__jgtSender;
  if (current) await (await current.boss).stop({ graceful: false, close: true, wait: true }).catch(() => undefined);
}
