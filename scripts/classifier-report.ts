// The cross-validation report of the block classifier: accuracies, per-category figures, confusion and errors.
import { CATEGORIES, CORE_CATEGORIES, type TrainingConfig } from "./classifier-config";
import type { LabelledBlock } from "./classifier-fixture";

export type Prediction = { index: number; fold: number; predicted: string };

type Accuracy = { n: number; correct: number; accuracy: number };

const ratio = (correct: number, n: number): Accuracy => ({
  n,
  correct,
  accuracy: n ? Math.round((correct / n) * 10000) / 10000 : 0,
});

function accuracyOf(items: LabelledBlock[], preds: Prediction[], keep: (it: LabelledBlock) => boolean): Accuracy {
  const sel = preds.filter((p) => keep(items[p.index]));
  return ratio(sel.filter((p) => p.predicted === items[p.index].category).length, sel.length);
}

export type CvReport = ReturnType<typeof evaluate>;

const mean = (xs: number[]) => Math.round((xs.reduce((a, x) => a + x, 0) / xs.length) * 10000) / 10000;

export function evaluate(
  items: LabelledBlock[],
  kfold: Prediction[],
  lofo: Prediction[],
  repeats: Prediction[][],
  seeds: number[],
  files: string[],
  config: TrainingConfig,
) {
  const isCore = (it: LabelledBlock) => CORE_CATEGORIES.includes(it.category);
  const all = () => true;
  const per_category: Record<string, { n: number; precision: number; recall: number; f1: number }> = {};
  const confusion: Record<string, Record<string, number>> = {};
  for (const cat of CATEGORIES) {
    const tp = kfold.filter((p) => p.predicted === cat && items[p.index].category === cat).length;
    const predicted = kfold.filter((p) => p.predicted === cat).length;
    const actual = items.filter((it) => it.category === cat).length;
    const r4 = (v: number) => Math.round(v * 10000) / 10000;
    const precision = predicted ? tp / predicted : 0;
    const recall = actual ? tp / actual : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    per_category[cat] = { n: actual, precision: r4(precision), recall: r4(recall), f1: r4(f1) };
    if (actual) {
      confusion[cat] = {};
      for (const p of kfold.filter((q) => items[q.index].category === cat))
        confusion[cat][p.predicted] = (confusion[cat][p.predicted] ?? 0) + 1;
    }
  }
  const foldIds = [...new Set(kfold.map((p) => p.fold))].sort((a, b) => a - b);
  return {
    folds: {
      method: `stratified ${config.folds}-fold by category (seed ${config.seed}); weak examples only from training folds`,
      sizes: foldIds.map((f) => kfold.filter((p) => p.fold === f).length),
      accuracy: foldIds.map(
        (f) =>
          accuracyOf(
            items,
            kfold.filter((p) => p.fold === f),
            all,
          ).accuracy,
      ),
    },
    accuracy: accuracyOf(items, kfold, all).accuracy,
    core_accuracy: accuracyOf(items, kfold, isCore).accuracy,
    headings: accuracyOf(items, kfold, (it) => it.block.kind === "heading"),
    paragraphs: accuracyOf(items, kfold, (it) => it.block.kind === "paragraph"),
    per_category,
    leave_one_file_out: {
      accuracy: accuracyOf(items, lofo, all).accuracy,
      core_accuracy: accuracyOf(items, lofo, isCore).accuracy,
      per_file: Object.fromEntries(
        files.map((f) => [
          f,
          accuracyOf(
            items,
            lofo.filter((p) => items[p.index].file === f),
            all,
          ),
        ]),
      ),
    },
    repeated_kfold: {
      seeds,
      accuracy: repeats.map((r) => accuracyOf(items, r, all).accuracy),
      core_accuracy: repeats.map((r) => accuracyOf(items, r, isCore).accuracy),
      mean_accuracy: mean(repeats.map((r) => accuracyOf(items, r, all).accuracy)),
      mean_core_accuracy: mean(repeats.map((r) => accuracyOf(items, r, isCore).accuracy)),
    },
    confusion,
    errors: kfold
      .filter((p) => p.predicted !== items[p.index].category)
      .map((p) => ({
        file: items[p.index].file.slice(0, 3),
        speech: items[p.index].speech,
        kind: items[p.index].block.kind,
        gold: items[p.index].category,
        predicted: p.predicted,
        text: items[p.index].block.text.slice(0, 40),
      })),
  };
}
