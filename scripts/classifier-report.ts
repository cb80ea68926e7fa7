// The report of the block classifier's nested cross-validation: leave-one-speech-out accuracy (all categories and
// the core ones), per-category precision and recall, the confusion matrix, per speech the settings the inner loop
// chose, and the errors.
import { CATEGORIES, CORE_CATEGORIES, type Candidate } from "./classifier-config";
import type { Selection } from "./classifier-cv";
import type { LabelledBlock } from "./classifier-fixture";

/** The held-out prediction for fixture entry `index`. */
export type Prediction = { index: number; predicted: string };

/** One outer fold: the speech held out and the inner loop's choice on the others. */
export type OuterFold = { speech: string; selection: Selection };

type Accuracy = { n: number; correct: number; accuracy: number };

const r4 = (v: number) => Math.round(v * 10000) / 10000;

function accuracyOf(items: LabelledBlock[], preds: Prediction[], keep: (it: LabelledBlock) => boolean): Accuracy {
  const sel = preds.filter((p) => keep(items[p.index]));
  const correct = sel.filter((p) => p.predicted === items[p.index].category).length;
  return { n: sel.length, correct, accuracy: sel.length ? r4(correct / sel.length) : 0 };
}

export type CvReport = ReturnType<typeof evaluate>;

export function evaluate(
  items: LabelledBlock[],
  predictions: Prediction[],
  outer: OuterFold[],
  final: Selection,
  grid: Candidate[],
) {
  const isCore = (it: LabelledBlock) => CORE_CATEGORIES.includes(it.category);
  const per_category: Record<string, { n: number; predicted: number; precision: number; recall: number }> = {};
  const confusion: Record<string, Record<string, number>> = {};
  for (const cat of CATEGORIES) {
    const tp = predictions.filter((p) => p.predicted === cat && items[p.index].category === cat).length;
    const predicted = predictions.filter((p) => p.predicted === cat).length;
    const n = items.filter((it) => it.category === cat).length;
    per_category[cat] = { n, predicted, precision: predicted ? r4(tp / predicted) : 0, recall: n ? r4(tp / n) : 0 };
    confusion[cat] = Object.fromEntries(CATEGORIES.map((c) => [c, 0]));
    for (const p of predictions.filter((q) => items[q.index].category === cat)) confusion[cat][p.predicted]++;
  }
  const speechOf = (it: LabelledBlock) => `${it.file}#${it.speech}`;
  return {
    method:
      "nested cross-validation: the outer loop leaves one speech out and reports; on the other speeches, an inner " +
      "grouped 3-fold (by speech) picks the heading weight and L2 strength among the candidates",
    candidates: grid.map((c) => c.name),
    accuracy: accuracyOf(items, predictions, () => true).accuracy,
    core_accuracy: accuracyOf(items, predictions, isCore).accuracy,
    all: accuracyOf(items, predictions, () => true),
    core: accuracyOf(items, predictions, isCore),
    headings: accuracyOf(items, predictions, (it) => it.block.kind === "heading"),
    paragraphs: accuracyOf(items, predictions, (it) => it.block.kind === "paragraph"),
    per_category,
    /** Gold category → predicted category → count. */
    confusion,
    per_speech: Object.fromEntries(
      outer.map(({ speech, selection }) => [
        speech,
        {
          ...accuracyOf(items, predictions, (it) => speechOf(it) === speech),
          chosen: grid[selection.chosen].name,
        },
      ]),
    ),
    /** The settings of the shipped model: the inner loop run on every speech. */
    shipped: { chosen: grid[final.chosen].name, inner_accuracy: final.accuracy },
    errors: predictions
      .filter((p) => p.predicted !== items[p.index].category)
      .map((p) => ({
        speech: speechOf(items[p.index]).slice(0, 3) + speechOf(items[p.index]).slice(-2),
        kind: items[p.index].block.kind,
        gold: items[p.index].category,
        predicted: p.predicted,
        text: items[p.index].block.text.slice(0, 40),
      })),
  };
}

const pct = (v: number) => `${(v * 100).toFixed(1)} %`;

/** The report as text for a reader: headline, per-category figures and the confusion matrix. */
export function reportText(report: CvReport): string {
  const lines = [
    `leave one speech out (nested; ${Object.keys(report.per_speech).length} speeches, ${report.all.n} blocks)`,
    `  all ${CATEGORIES.length} categories: ${pct(report.accuracy)} (${report.all.correct}/${report.all.n})`,
    `  core ${CORE_CATEGORIES.join("/")}: ${pct(report.core_accuracy)} (${report.core.correct}/${report.core.n})`,
    `  shipped settings: ${report.shipped.chosen}`,
    "",
    "category         n  precision   recall",
  ];
  for (const [cat, f] of Object.entries(report.per_category)) {
    const precision = f.predicted ? pct(f.precision) : "—";
    const recall = f.n ? pct(f.recall) : "—";
    lines.push(`${cat.padEnd(6, "　")} ${String(f.n).padStart(4)}  ${precision.padStart(9)}  ${recall.padStart(7)}`);
  }
  lines.push("", "confusion (rows: labelled, columns: predicted, in the order above)");
  for (const cat of CATEGORIES)
    lines.push(
      `${cat.padEnd(6, "　")} ${CATEGORIES.map((c) => String(report.confusion[cat][c]).padStart(4)).join("")}`,
    );
  return lines.join("\n") + "\n";
}
