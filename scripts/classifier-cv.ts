// Nested cross-validation of the block classifier. Groups are the sample fixture's speeches and the real pages
// (one speech each). Two outer loops report: leave one group out (the headline: a paragraph is never judged by a
// model that saw its page, its heading or its siblings) and stratified folds (by category, ignoring groups: the
// optimistic figure, for comparison). In both, an inner loop on the training entries alone, grouped into
// INNER_FOLDS folds, chooses the settings (scripts/classifier-config.ts candidates).
import { CATEGORIES, candidates, type Candidate, type TrainingConfig } from "./classifier-config";
import { fit, prepare, type PreparedData } from "./classifier-examples";
import type { LabelledBlock } from "./classifier-fixture";
import { argmax, predictor } from "./classifier-learner";
import {
  outerThreads,
  parallelOuterLoop,
  type OuterJob,
  type OuterResult,
  type OuterSplit,
} from "./classifier-cv-workers";
import { evaluate, type CvReport, type OuterFold, type Prediction } from "./classifier-report";

/** Folds of the inner loop: the training groups dealt round-robin, in name order, to this many folds. */
export const INNER_FOLDS = 3;
/** Folds of the stratified outer loop. */
export const STRATIFIED_FOLDS = 5;

/** The group of an entry: a sample speech or a real page. */
export const speechOf = (it: LabelledBlock) => `${it.file}#${it.speech}`;

/** The groups (speeches and pages), sorted by name. */
export function speechesOf(items: LabelledBlock[]): string[] {
  return [...new Set(items.map(speechOf))].sort();
}

/** The candidates that make a difference for these entries (the real pages' weight only matters with pages). */
export function gridFor(items: LabelledBlock[]): Candidate[] {
  const grid = candidates();
  if (items.some((it) => it.source === "real")) return grid;
  return grid.filter((c) => c.config.realWeight === 1);
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
 * Accuracy taken per source (sample fixture, real pages) and averaged over the sources present, so that the
 * sample's entries (two and a half times as many) do not outvote the real pages' paragraphs, the kind of text the
 * miner meets.
 */
export function meanSourceAccuracy(entries: Pick<LabelledBlock, "source" | "category">[], predicted: string[]): number {
  const sources = [...new Set(entries.map((it) => it.source))];
  if (!sources.length) return 0;
  const accuracy = (source: string) => {
    const idx = entries.flatMap((it, i) => (it.source === source ? [i] : []));
    return idx.filter((i) => predicted[i] === entries[i].category).length / idx.length;
  };
  return sources.reduce((a, s) => a + accuracy(s), 0) / sources.length;
}

/**
 * The inner loop: each candidate is cross-validated on the entries `trainIdx` only, grouped by speech or page into
 * INNER_FOLDS folds; the best meanSourceAccuracy wins (ties go to the earlier candidate: the heavier heading, the
 * lighter real weight).
 */
export function selectCandidate(cache: PreparedCache, trainIdx: number[], grid: Candidate[]): Selection {
  const items = cache.items;
  const groups = [...new Set(trainIdx.map((i) => speechOf(items[i])))].sort();
  const foldOf = new Map(groups.map((s, n) => [s, n % INNER_FOLDS]));
  const accuracy = grid.map(({ config }) => {
    if (grid.length === 1) return 0;
    const data = cache.get(config);
    const tested: LabelledBlock[] = [];
    const predicted: string[] = [];
    for (let f = 0; f < INNER_FOLDS; f++) {
      const inFold = (i: number) => foldOf.get(speechOf(items[i])) === f;
      const test = trainIdx.filter(inFold);
      const train = trainIdx.filter((i) => !inFold(i));
      predicted.push(...predictHeldOut(data, train, test, config));
      tested.push(...test.map((i) => items[i]));
    }
    return Math.round(meanSourceAccuracy(tested, predicted) * 10000) / 10000;
  });
  let chosen = 0;
  accuracy.forEach((a, n) => {
    if (a > accuracy[chosen]) chosen = n;
  });
  return { chosen, accuracy };
}

/** Runs the outer folds: the inner loop chooses on each fold's training entries, then the fold is predicted. */
export function runOuterFolds({ items, splits, grid }: OuterJob): OuterResult {
  const cache = new PreparedCache(items);
  const all = items.map((_, i) => i);
  const predictions: Prediction[] = [];
  const outer: OuterFold[] = [];
  for (const { name, testIdx } of splits) {
    const held = new Set(testIdx);
    const trainIdx = all.filter((i) => !held.has(i));
    const selection = selectCandidate(cache, trainIdx, grid);
    const { config } = grid[selection.chosen];
    const predicted = predictHeldOut(cache.get(config), trainIdx, testIdx, config);
    testIdx.forEach((index, n) => predictions.push({ index, predicted: predicted[n] }));
    outer.push({ speech: name, selection });
  }
  return { predictions, outer };
}

/** One outer fold per group (sample speech or real page). */
export function groupSplits(items: LabelledBlock[]): OuterSplit[] {
  return speechesOf(items).map((name) => ({
    name,
    testIdx: items.flatMap((it, i) => (speechOf(it) === name ? [i] : [])),
  }));
}

/** STRATIFIED_FOLDS folds: the entries of each category, in order, dealt round-robin (groups ignored). */
export function stratifiedSplits(items: LabelledBlock[]): OuterSplit[] {
  const folds: number[][] = Array.from({ length: STRATIFIED_FOLDS }, () => []);
  let next = 0;
  for (const category of CATEGORIES)
    items.forEach((it, i) => {
      if (it.category === category) folds[next++ % STRATIFIED_FOLDS].push(i);
    });
  return folds.map((testIdx, f) => ({ name: `fold ${f + 1}`, testIdx: testIdx.sort((a, b) => a - b) }));
}

export type CvOptions = {
  grid?: Candidate[];
  stratified?: boolean;
  threads?: number;
  /** The leave-one-group-out loop's outcome, already computed (or recorded: scripts/classifier-cv-record.ts). */
  lofo?: OuterResult;
};

/** The leave-one-group-out outer loop, its folds spread over worker threads. */
export function leaveOneGroupOut(items: LabelledBlock[], grid = gridFor(items), threads?: number) {
  const splits = groupSplits(items);
  return parallelOuterLoop({ items, splits, grid }, threads ?? outerThreads(splits.length), runOuterFolds);
}

/**
 * The classifier's report: nested leave-one-group-out (and, unless `stratified` is false, nested stratified
 * folds), the outer folds spread over worker threads; then the settings for the shipped model, chosen by the same
 * inner loop on every entry.
 */
export async function nestedCrossValidate(items: LabelledBlock[], opts: CvOptions = {}): Promise<CvReport> {
  const grid = opts.grid ?? gridFor(items);
  const lofo = opts.lofo ?? (await leaveOneGroupOut(items, grid, opts.threads));
  const stratified =
    opts.stratified === false
      ? null
      : await parallelOuterLoop(
          { items, splits: stratifiedSplits(items), grid },
          opts.threads ?? outerThreads(STRATIFIED_FOLDS),
          runOuterFolds,
        );
  const final = selectCandidate(
    new PreparedCache(items),
    items.map((_, i) => i),
    grid,
  );
  return evaluate(items, { lofo, stratified, final, grid });
}
