// Runs inside a worker thread (lib/imports/mining-thread.ts): mines the files it is sent, one at a time, so the
// CPU work of mining never delays the worker process's event loop (leases, job polling, the database watchdog).
import { parentPort } from "node:worker_threads";
import { mineDocument, type MineOptions } from "../mining/mine-document";
import { warmUpMining } from "../mining/warm-up";

type Request = { id: number; name: string; bytes: Uint8Array; opts: MineOptions } | { id: number; warmUp: true };

parentPort!.on("message", (req: Request) => {
  if ("warmUp" in req) {
    // A failed warm-up costs only time: the first real file loads what it needs and reports its own errors.
    warmUpMining().then(
      () => parentPort!.postMessage({ id: req.id, warmedUp: true }),
      () => parentPort!.postMessage({ id: req.id, warmedUp: false }),
    );
    return;
  }
  mineDocument(req.name, req.bytes, req.opts).then(
    (mined) => parentPort!.postMessage({ id: req.id, mined }),
    (err: unknown) => {
      const e = err as { code?: string; message?: string; status?: number; name?: string };
      parentPort!.postMessage({
        id: req.id,
        error: { name: e?.name, code: e?.code, message: e?.message, status: e?.status },
      });
    },
  );
});
