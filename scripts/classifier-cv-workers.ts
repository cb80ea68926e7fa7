// The outer folds of the nested cross-validation spread over worker threads: each fold is independent and
// deterministic (seeded learner, inner loop on its own training entries), so the figures are the same as in one
// thread; only the wall time falls, which is what CI and `train-classifier` wait for.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Candidate } from "./classifier-config";
import type { LabelledBlock } from "./classifier-fixture";
import type { OuterFold, Prediction } from "./classifier-report";

export type OuterSplit = { name: string; testIdx: number[] };
export type OuterResult = { predictions: Prediction[]; outer: OuterFold[] };
export type OuterJob = { items: LabelledBlock[]; splits: OuterSplit[]; grid: Candidate[] };

/** Threads for the outer loop: the machine's cores, at most 4 (each thread prepares its own feature cache). */
export function outerThreads(folds: number): number {
  return Math.max(1, Math.min(availableParallelism(), 4, folds));
}

function runWorker(job: OuterJob): Promise<OuterResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./classifier-cv-worker.mjs", import.meta.url), { workerData: job });
    worker.once("message", (result: OuterResult) => resolve(result));
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (code !== 0) reject(new Error(`cross-validation worker exited with code ${code}`));
    });
  });
}

/**
 * Runs `run` on the splits dealt round-robin to `threads` workers and merges the results back into split order;
 * with one thread it runs in this thread.
 */
export async function parallelOuterLoop(
  job: OuterJob,
  threads: number,
  run: (job: OuterJob) => OuterResult,
): Promise<OuterResult> {
  if (threads <= 1) return run(job);
  const chunks = Array.from({ length: threads }, (_, t) => job.splits.filter((_, n) => n % threads === t));
  const results = await Promise.all(chunks.map((splits) => runWorker({ ...job, splits })));
  // Back into split order, as the single-thread loop leaves them (the sort is stable within a split).
  const outer: OuterFold[] = job.splits.map((_, n) => results[n % threads].outer[Math.floor(n / threads)]);
  const splitOf = new Map<number, number>();
  job.splits.forEach((s, n) => s.testIdx.forEach((i) => splitOf.set(i, n)));
  const predictions = results.flatMap((r) => r.predictions);
  predictions.sort((a, b) => splitOf.get(a.index)! - splitOf.get(b.index)!);
  return { predictions, outer };
}
