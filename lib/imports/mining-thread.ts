// Mining off the main thread: one worker thread (started on first use, or by warmUp) runs lib/mining for the
// import worker.
// The thread loads the TypeScript entry through tsx's API (a .ts file cannot be a thread's entry by itself).
import { Worker } from "node:worker_threads";
import { AppError, type AppErrorCode } from "../errors";
import type { MineOptions } from "../mining/mine-document";
import type { MinedDocument } from "../mining/types";

type Reply = {
  id: number;
  mined?: MinedDocument;
  warmedUp?: boolean;
  error?: { name?: string; code?: string; message?: string };
};

export type MiningThread = {
  mine: (name: string, bytes: Uint8Array, opts: MineOptions) => Promise<MinedDocument>;
  /** Starts the thread and loads the models (lib/mining/warm-up.ts); true once done, false if that failed. */
  warmUp: () => Promise<boolean>;
  stop: () => Promise<void>;
};

/** How long one file may take: a minute and ten seconds a megabyte. Ordinary files take a few seconds (the bench
 *  mines 3 MB/s); a file that runs past this is stopped, so one hostile or broken file cannot hold every later
 *  upload behind it. MINING_TIME_LIMIT_S sets the base. */
export function miningTimeLimitMs(bytes: number): number {
  const base = Number(process.env.MINING_TIME_LIMIT_S ?? 60) * 1000;
  return base + Math.ceil(bytes / (1024 * 1024)) * 10_000;
}

export const MINING_TIMED_OUT =
  "文件处理超时：内容过大或结构异常（例如成千上万个极短的行）。请把文件拆成几份、或删去无关内容后重新上传。";

export function startMiningThread(opts: { timeLimitMs?: (bytes: number) => number } = {}): MiningThread {
  const timeLimitMs = opts.timeLimitMs ?? miningTimeLimitMs;
  const entry = new URL("./mining-thread-entry.ts", import.meta.url).href;
  const bootstrap = `import("tsx/esm/api").then(({ tsImport }) => tsImport(${JSON.stringify(entry)}, ${JSON.stringify(entry)}))`;
  let worker: Worker | null = null;
  let nextId = 1;
  type Pending = { thread: Worker; resolve: (reply: Reply) => void; reject: (e: Error) => void };
  const pending = new Map<number, Pending>();

  // Rejects what a thread that ended still owed: a crash, an exit, or stop() in the middle of a file.
  const failAll = (thread: Worker, err: Error) => {
    for (const [id, p] of pending) {
      if (p.thread !== thread) continue;
      pending.delete(id);
      p.reject(err);
    }
  };
  const thread = () => {
    if (worker) return worker;
    const w = new Worker(bootstrap, { eval: true });
    w.on("message", (reply: Reply) => {
      const p = pending.get(reply.id);
      if (!p) return;
      pending.delete(reply.id);
      if (reply.mined || reply.warmedUp !== undefined) p.resolve(reply);
      else if (reply.error?.name === "AppError")
        p.reject(new AppError(reply.error.code as AppErrorCode, reply.error.message ?? ""));
      else p.reject(new Error(reply.error?.message ?? "mining failed"));
    });
    // A thread that crashed (e.g. out of memory on a hostile file) is replaced on the next file.
    w.on("error", (err) => failAll(w, err));
    w.on("exit", (code) => {
      if (worker === w) worker = null;
      failAll(w, new Error(`mining thread exited with code ${code}`));
    });
    worker = w;
    return w;
  };

  const request = (message: object, limitMs?: number) =>
    new Promise<Reply>((resolve, reject) => {
      const id = nextId++;
      const w = thread();
      const timer =
        limitMs === undefined
          ? undefined
          : setTimeout(() => {
              // The thread cannot be interrupted inside a file: it is ended, and the next file starts a new one.
              pending.delete(id);
              reject(new AppError("invalid_input", MINING_TIMED_OUT));
              if (worker === w) worker = null;
              void w.terminate();
            }, limitMs);
      const settle =
        <T>(f: (v: T) => void) =>
        (v: T) => {
          clearTimeout(timer);
          f(v);
        };
      pending.set(id, { thread: w, resolve: settle(resolve), reject: settle(reject) });
      w.postMessage({ id, ...message });
    });

  return {
    mine: (name, bytes, mineOpts) =>
      request({ name, bytes, opts: mineOpts }, timeLimitMs(bytes.byteLength)).then((reply) => reply.mined!),
    warmUp: () => request({ warmUp: true }).then((reply) => reply.warmedUp === true),
    stop: async () => {
      const w = worker;
      worker = null;
      if (w) await w.terminate();
    },
  };
}
