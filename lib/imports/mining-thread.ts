// Mining off the main thread: one worker thread (started on first use) runs lib/mining for the import worker.
// The thread loads the TypeScript entry through tsx's API (a .ts file cannot be a thread's entry by itself).
import { Worker } from "node:worker_threads";
import { AppError, type AppErrorCode } from "../errors";
import type { MineOptions } from "../mining/mine-document";
import type { MinedDocument } from "../mining/types";

type Reply = { id: number; mined?: MinedDocument; error?: { name?: string; code?: string; message?: string } };

export type MiningThread = {
  mine: (name: string, bytes: Uint8Array, opts: MineOptions) => Promise<MinedDocument>;
  stop: () => Promise<void>;
};

export function startMiningThread(): MiningThread {
  const entry = new URL("./mining-thread-entry.ts", import.meta.url).href;
  const bootstrap = `import("tsx/esm/api").then(({ tsImport }) => tsImport(${JSON.stringify(entry)}, ${JSON.stringify(entry)}))`;
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, { resolve: (m: MinedDocument) => void; reject: (e: Error) => void }>();

  const failAll = (err: Error) => {
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };
  const thread = () => {
    if (worker) return worker;
    const w = new Worker(bootstrap, { eval: true });
    w.on("message", (reply: Reply) => {
      const p = pending.get(reply.id);
      if (!p) return;
      pending.delete(reply.id);
      if (reply.mined) p.resolve(reply.mined);
      else if (reply.error?.name === "AppError")
        p.reject(new AppError(reply.error.code as AppErrorCode, reply.error.message ?? ""));
      else p.reject(new Error(reply.error?.message ?? "mining failed"));
    });
    // A thread that crashed (e.g. out of memory on a hostile file) is replaced on the next file.
    w.on("error", (err) => failAll(err));
    w.on("exit", (code) => {
      worker = null;
      if (code !== 0) failAll(new Error(`mining thread exited with code ${code}`));
    });
    worker = w;
    return w;
  };

  return {
    mine: (name, bytes, opts) =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        thread().postMessage({ id, name, bytes, opts });
      }),
    stop: async () => {
      const w = worker;
      worker = null;
      if (w) await w.terminate();
    },
  };
}
