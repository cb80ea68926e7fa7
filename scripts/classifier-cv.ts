// Nested cross-validation of the block classifier. The outer loop leaves one speech out and reports; the inner
// loop, on the training speeches alone, chooses the settings (scripts/classifier-config.ts candidates). A
// paragraph is never judged by a model that saw its own speech: its heading and sibling paragraphs are in the
// same speech, so they are held out with it.
import { CATEGORIES, candidates, type Candidate, type TrainingConfig } from "./classifier-config";
import { fit, prepare, type PreparedData } from "./classifier-examples";
import type { LabelledBlock } from "./classifier-fixture";
import { argmax, predictor } from "./classifier-learner";
import { evaluate, type CvReport, type OuterFold, type Prediction } from "./classifier-report";

/** Folds of the inner loop: the training speeches dealt round-robin, in name order, to this many folds. */
export const INNER_FOLDS = 3;

export const speechOf = (it: LabelledBlock) => `${it.file}#${it.speech}`;

/** The speeches of the fixture, sorted by name. */
export function speechesOf(items: LabelledBlock[]): string[] {
  return [...new Set(items.map(speechOf))].sort();
}

/** Feature vectors per candidate, computed once per distinct feature and weak-label settings. */
export class PreparedCache {
  private readonly byKey = new Map<string, PreparedData>();
  constructor(readonly items: LabelledBlock[]) {}

  get(config: TrainingConfig): PreparedData {
    const key = JSON.stringify([config.features, config.weak]);
    let data = this.byKey.get(key);
    if (!data) this.byKey.set(key, (data = prepare(this.items, config)));
    return data;
  }
}

/** Trains on `trainIdx` and predicts every entry of `testIdx`. */
function predictHeldOut(data: PreparedData, trainIdx: number[], testIdx: number[], config: TrainingConfig) {
  const predict = predictor(fit(data, trainIdx, config));
  return testIdx.map((i) => CATEGORIES[argmax(predict(data.gold[i].x))]);
}

export type Selection = { chosen: number; accuracy: number[] };

/**
 * The inner loop: each candidate is cross-validated on the entries `trainIdx` only, grouped by speech into
 * INNER_FOLDS folds; the best pooled accuracy wins (ties go to the earlier candidate, the heavier heading and
 * the weaker L2 first).
 */
export function selectCandidate(cache: PreparedCache, trainIdx: number[], grid: Candidate[]): Selection {
  const items = cache.items;
  const speeches = [...new Set(trainIdx.map((i) => speechOf(items[i])))].sort();
  const foldOf = new Map(speeches.map((s, n) => [s, n % INNER_FOLDS]));
  const accuracy = grid.map(({ config }) => {
    const data = cache.get(config);
    let correct = 0;
    for (let f = 0; f < INNER_FOLDS; f++) {
      const inFold = (i: number) => foldOf.get(speechOf(items[i])) === f;
      const test = trainIdx.filter(inFold);
      const predicted = predictHeldOut(
        data,
        trainIdx.filter((i) => !inFold(i)),
        test,
        config,
      );
      correct += predicted.filter((p, n) => p === items[test[n]].category).length;
    }
    return Math.round((correct / trainIdx.length) * 10000) / 10000;
  });
  let chosen = 0;
  accuracy.forEach((a, n) => {
    if (a > accuracy[chosen]) chosen = n;
  });
  return { chosen, accuracy };
}

/**
 * The classifier's report: leave one speech out, the settings of each outer fold chosen by the inner loop on its
 * training speeches; then the settings for the shipped model, chosen by the same inner loop on every speech.
 */
export function nestedCrossValidate(items: LabelledBlock[], grid: Candidate[] = candidates()): CvReport {
  const cache = new PreparedCache(items);
  const all = items.map((_, i) => i);
  const predictions: Prediction[] = [];
  const outer: OuterFold[] = [];
  for (const speech of speechesOf(items)) {
    const testIdx = all.filter((i) => speechOf(items[i]) === speech);
    const trainIdx = all.filter((i) => speechOf(items[i]) !== speech);
    const selection = selectCandidate(cache, trainIdx, grid);
    const { config } = grid[selection.chosen];
    const predicted = predictHeldOut(cache.get(config), trainIdx, testIdx, config);
    testIdx.forEach((index, n) => predictions.push({ index, predicted: predicted[n] }));
    outer.push({ speech, selection });
  }
  const final = selectCandidate(cache, all, grid);
  return evaluate(items, predictions, outer, final, grid);
}
