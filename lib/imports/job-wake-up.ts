// Waking the import worker when a file is queued, instead of leaving it to find the job at its next poll (up to a
// second later, on every upload). The sender NOTIFYs a channel after queuing; each worker LISTENs on a connection
// of its own and asks pg-boss to fetch at once. Polling stays: a notice lost with a dropped connection costs only
// that second, and the listener reconnects.
import pg from "pg";

export const JOB_WAKE_UP_CHANNEL = "jgt_mine_file_queued";

const RECONNECT_AFTER_MS = 5_000;

export type JobWakeUpOptions = { reconnectAfterMs?: number };

export type JobWakeUpListener = { stop: () => Promise<void> };

/** The statement a sender runs after queuing a job (on any connection to the same database). */
export const WAKE_UP_SQL = `SELECT pg_notify('${JOB_WAKE_UP_CHANNEL}', '')`;

/** Calls `onQueued` whenever some process queues a file; keeps listening across lost connections until stopped. */
export async function listenForQueuedJobs(
  url: string,
  onQueued: () => void,
  opts: JobWakeUpOptions = {},
): Promise<JobWakeUpListener> {
  let client: pg.Client | null = null;
  let stopped = false;
  let retry: NodeJS.Timeout | null = null;

  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: url, application_name: "jgt-import-wake-up" });
    client = c;
    const reconnect = () => {
      if (stopped || client !== c) return;
      client = null;
      c.end().catch(() => undefined);
      retry = setTimeout(() => void connect().catch(() => undefined), opts.reconnectAfterMs ?? RECONNECT_AFTER_MS);
      retry.unref();
    };
    c.on("error", reconnect);
    c.on("end", reconnect);
    c.on("notification", (n) => {
      if (n.channel === JOB_WAKE_UP_CHANNEL) onQueued();
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${JOB_WAKE_UP_CHANNEL}`);
    } catch (err) {
      reconnect();
      throw err;
    }
    // Jobs queued while no one was listening are found by the first fetch after this.
    onQueued();
  };

  // A first connection that fails is not fatal: the worker polls, and the listener keeps trying.
  await connect().catch(() => undefined);
  return {
    stop: async () => {
      stopped = true;
      if (retry) clearTimeout(retry);
      const c = client;
      client = null;
      await c?.end().catch(() => undefined);
    },
  };
}
