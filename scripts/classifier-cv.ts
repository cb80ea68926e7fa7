// Cross-validation of the block classifier: stratified k-fold, leave-one-file-out and repeated fold seeds.
import { argmax, predictor, scores } from "../lib/mining/classifier-model";
import { CATEGORIES, DEFAULT_CONFIG, type TrainingConfig } from "./classifier-config";
import { fit, prepare, type PreparedData } from "./classifier-examples";
import { loadFixture, reconstructBlocks, type LabelledBlock } from "./classifier-fixture";
import { evaluate, type CvReport, type Prediction } from "./classifier-report";

/** Stratified k-fold: each category's entries are shuffled with the seed and dealt round-robin to the folds. */
export function stratifiedFolds(items: LabelledBlock[], k: number, seed: number): number[] {
  const fold = new Array<number>(items.length).fill(0);
  let offset = 0;
  for (const category of CATEGORIES) {
    const idx = items.map((it, i) => (it.category === category ? i : -1)).filter((i) => i >= 0);
    const order = seededOrder(idx, seed + CATEGORIES.indexOf(category));
    order.forEach((i, n) => (fold[i] = (n + offset) % k));
    offset += order.length;
  }
  return fold;
}

function seededOrder(idx: number[], seed: number): number[] {
  let a = seed >>> 0;
  const next = () => {
    a = (Math.imul(a, 1664525) + 1013904223) >>> 0;
    return a / 4294967296;
  };
  const out = idx.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function runFolds(data: PreparedData, fold: number[], config: TrainingConfig): Prediction[] {
  const preds: Prediction[] = [];
  const folds = [...new Set(fold)].sort((a, b) => a - b);
  for (const f of folds) {
    const trainIdx = fold.map((g, i) => (g === f ? -1 : i)).filter((i) => i >= 0);
    const p = predictor(fit(data, trainIdx, config));
    fold.forEach((g, i) => {
      if (g === f) preds.push({ index: i, fold: f, predicted: CATEGORIES[argmax(scores(p, data.gold[i].x))] });
    });
  }
  return preds.sort((a, b) => a.index - b.index);
}

/** Extra fold seeds for the repeated k-fold summary (the main report uses config.seed). */
export const REPEAT_SEEDS = [11, 23, 101, 202];

export type CvOptions = { leaveOneFileOut?: boolean; repeatSeeds?: number[] };

/**
 * Stratified k-fold with config.seed (the headline numbers, per-category figures and confusion matrix),
 * leave-one-file-out, and the same k-fold repeated with other fold seeds (to show the spread).
 */
export function crossValidate(
  config: TrainingConfig = DEFAULT_CONFIG,
  items = reconstructBlocks(loadFixture()),
  { leaveOneFileOut = true, repeatSeeds = REPEAT_SEEDS }: CvOptions = {},
): CvReport {
  const data = prepare(items, config);
  const kfold = runFolds(data, stratifiedFolds(items, config.folds, config.seed), config);
  const files = [...new Set(items.map((it) => it.file))].sort();
  const byFile = items.map((it) => files.indexOf(it.file));
  const lofo = leaveOneFileOut ? runFolds(data, byFile, config) : [];
  const repeats = [
    kfold,
    ...repeatSeeds.map((seed) => runFolds(data, stratifiedFolds(items, config.folds, seed), config)),
  ];
  return evaluate(items, kfold, lofo, repeats, [config.seed, ...repeatSeeds], files, config);
}
