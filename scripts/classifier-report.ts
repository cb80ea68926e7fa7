// The report of the block classifier's nested cross-validation: for leave-one-group-out (the headline) and
// stratified folds, the accuracy over all categories and the core ones, per-category precision and recall and the
// confusion matrix, separately for the real pages' paragraphs and the sample fixture; per group the settings the
// inner loop chose, and the held-out errors.
import { CATEGORIES, CORE_CATEGORIES, type Candidate } from "./classifier-config";
import type { Selection } from "./classifier-cv";
import type { LabelledBlock } from "./classifier-fixture";

/** The held-out prediction for entry `index`. */
export type Prediction = { index: number; predicted: string };

/** One outer fold: what was held out and the inner loop's choice on the rest. */
export type OuterFold = { speech: string; selection: Selection };

type Accuracy = { n: number; correct: number; accuracy: number };

const r4 = (v: number) => Math.round(v * 10000) / 10000;

function accuracyOf(items: LabelledBlock[], preds: Prediction[], keep: (it: LabelledBlock) => boolean): Accuracy {
  const sel = preds.filter((p) => keep(items[p.index]));
  const correct = sel.filter((p) => p.predicted === items[p.index].category).length;
  return { n: sel.length, correct, accuracy: sel.length ? r4(correct / sel.length) : 0 };
}

const isCore = (it: LabelledBlock) => CORE_CATEGORIES.includes(it.category);

/** Figures over the predictions of the entries `keep` selects. */
export function scoresOf(items: LabelledBlock[], all: Prediction[], keep: (it: LabelledBlock) => boolean) {
  const predictions = all.filter((p) => keep(items[p.index]));
  const per_category: Record<string, { n: number; predicted: number; precision: number; recall: number }> = {};
  const confusion: Record<string, Record<string, number>> = {};
  for (const cat of CATEGORIES) {
    const tp = predictions.filter((p) => p.predicted === cat && items[p.index].category === cat).length;
    const predicted = predictions.filter((p) => p.predicted === cat).length;
    const n = predictions.filter((p) => items[p.index].category === cat).length;
    per_category[cat] = { n, predicted, precision: predicted ? r4(tp / predicted) : 0, recall: n ? r4(tp / n) : 0 };
    confusion[cat] = Object.fromEntries(CATEGORIES.map((c) => [c, 0]));
    for (const p of predictions.filter((q) => items[q.index].category === cat)) confusion[cat][p.predicted]++;
  }
  const all_ = accuracyOf(items, predictions, () => true);
  const core = accuracyOf(items, predictions, isCore);
  return {
    accuracy: all_.accuracy,
    core_accuracy: core.accuracy,
    all: all_,
    core,
    headings: accuracyOf(items, predictions, (it) => it.block.kind === "heading"),
    paragraphs: accuracyOf(items, predictions, (it) => it.block.kind === "paragraph"),
    per_category,
    /** Gold category → predicted category → count. */
    confusion,
  };
}

export type Scores = ReturnType<typeof scoresOf>;
export type CvReport = ReturnType<typeof evaluate>;

const speechOf = (it: LabelledBlock) => `${it.file}#${it.speech}`;
const isReal = (it: LabelledBlock) => it.source === "real";
const isSample = (it: LabelledBlock) => it.source === "sample";

type Loop = { predictions: Prediction[]; outer: OuterFold[] };

export function evaluate(
  items: LabelledBlock[],
  run: { lofo: Loop; stratified: Loop | null; final: Selection; grid: Candidate[] },
) {
  const { lofo, stratified, final, grid } = run;
  const real = items.filter(isReal);
  return {
    method:
      "nested cross-validation: the outer loop leaves one group out (a sample speech or a real page) or holds out " +
      "one of 5 stratified folds, and reports; on the rest, an inner 3-fold grouped by speech/page picks the " +
      "settings among the candidates",
    candidates: grid.map((c) => c.name),
    data: {
      sample_entries: items.filter(isSample).length,
      real_pages: new Set(real.map((it) => it.file)).size,
      real_paragraphs: real.length,
    },
    lofo: {
      real: scoresOf(items, lofo.predictions, isReal),
      sample: scoresOf(items, lofo.predictions, isSample),
      per_group: Object.fromEntries(
        lofo.outer.map(({ speech, selection }) => [
          speech,
          {
            ...accuracyOf(items, lofo.predictions, (it) => speechOf(it) === speech),
            chosen: grid[selection.chosen].name,
          },
        ]),
      ),
    },
    stratified: stratified && {
      real: scoresOf(items, stratified.predictions, isReal),
      sample: scoresOf(items, stratified.predictions, isSample),
    },
    /** The settings of the shipped model: the inner loop run on every entry. */
    shipped: { chosen: grid[final.chosen].name, inner_accuracy: final.accuracy },
    errors: lofo.predictions
      .filter((p) => p.predicted !== items[p.index].category)
      .map((p) => ({
        group: speechOf(items[p.index]).slice(0, 3),
        kind: items[p.index].block.kind,
        gold: items[p.index].category,
        predicted: p.predicted,
        ...(isSample(items[p.index]) ? { text: items[p.index].block.text.slice(0, 40) } : {}),
      })),
  };
}
