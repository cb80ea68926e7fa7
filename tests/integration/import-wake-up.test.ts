// The import worker is woken when a file is queued (lib/imports/job-wake-up.ts) instead of finding the job at its
// next poll; the listener survives a lost connection. Real PostgreSQL, real pg-boss worker.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedCategoriesIfEmpty } from "@/lib/categories/seed-categories";
import { startImport } from "@/lib/corpus/import-files";
import { db } from "@/lib/db/client";
import { stopJobSender } from "@/lib/imports/job-queue";
import { listenForQueuedJobs, WAKE_UP_SQL } from "@/lib/imports/job-wake-up";
import { startImportWorker, type ImportWorker } from "@/lib/imports/import-worker";
import { queueImportFile } from "@/lib/imports/queue-import-file";
import { useIsolatedDatabase, type IsolatedDatabase } from "../support/isolated-database";
import { waitFor } from "../support/wait-for";

let database: IsolatedDatabase;
let worker: ImportWorker | null = null;
const runDatabaseUrl = process.env.DATABASE_URL;

beforeAll(async () => {
  database = await useIsolatedDatabase("wakeup");
  process.env.DATABASE_URL = database.url;
  await seedCategoriesIfEmpty();
});

afterAll(async () => {
  await worker?.stop();
  await stopJobSender();
  process.env.DATABASE_URL = runDatabaseUrl;
  await database.restore();
});

async function sql(query: string) {
  const c = new pg.Client({ connectionString: database.url });
  await c.connect();
  try {
    return await c.query(query);
  } finally {
    await c.end();
  }
}

const speech = new TextEncoder().encode(
  [
    "在全县安全生产工作会议上的讲话（唤醒）",
    "同志们：",
    "今天召开全县安全生产工作会议，主要任务是部署今冬明春的安全防范工作。",
    "一、压实安全责任",
    "各乡镇、各部门要把安全责任落实到岗位、落实到人，不留空档。",
  ].join("\n"),
);

describe("waking the import worker", () => {
  it("works a queued file long before the worker's next poll", async () => {
    // A minute between polls: the worker polls once as it starts, so only the notice can bring it back in time.
    worker = await startImportWorker({ pollingIntervalSeconds: 60 });
    const batch = await startImport(null);
    const queued = await queueImportFile(batch.id, { name: "唤醒.txt", bytes: speech });
    await waitFor(
      "the file is done within 20 s of a 60 s poll",
      async () =>
        (await db().importFile.findUniqueOrThrow({ where: { id: queued.id }, select: { status: true } })).status ===
        "DONE",
      { timeoutMs: 20_000, everyMs: 50 },
    );
    await worker.stop();
    worker = null;
  }, 60_000);

  it("listens again after its connection is cut", async () => {
    let notices = 0;
    const listener = await listenForQueuedJobs(database.url, () => notices++, { reconnectAfterMs: 100 });
    try {
      const afterStart = notices; // one on connecting: jobs queued while no one listened are fetched
      expect(afterStart).toBe(1);
      await sql(WAKE_UP_SQL);
      await waitFor("a notice arrives", () => notices > afterStart);
      const cut = await sql(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'jgt-import-wake-up' AND datname = current_database()",
      );
      expect(cut.rowCount).toBe(1);
      const beforeReconnect = notices;
      // The listener reconnects on its own (and counts one notice on connecting); later notices arrive again.
      await waitFor("it reconnects", () => notices > beforeReconnect, { timeoutMs: 10_000 });
      const reconnected = notices;
      await sql(WAKE_UP_SQL);
      await waitFor("a notice arrives after the reconnect", () => notices > reconnected);
    } finally {
      await listener.stop();
    }
    const left = await sql(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'jgt-import-wake-up' AND datname = current_database()",
    );
    expect(left.rows[0].n).toBe(0);
  }, 60_000);
});
