// One worker of the parallel outer loop (classifier-cv-workers.ts): runs its share of the outer folds.
import { parentPort, workerData } from "node:worker_threads";
import { runOuterFolds } from "./classifier-cv";
import type { OuterJob } from "./classifier-cv-workers";

parentPort!.postMessage(runOuterFolds(workerData as OuterJob));
