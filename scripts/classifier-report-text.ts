// The classifier's cross-validation report as text for a reader (stderr of scripts/train-classifier.ts):
// headline figures, then per category and the confusion matrix of the leave-one-group-out predictions.
import { CATEGORIES, CORE_CATEGORIES } from "./classifier-config";
import type { CvReport, Scores } from "./classifier-report";

const pct = (v: number) => `${(v * 100).toFixed(1)} %`;

function headline(label: string, s: Scores): string {
  if (!s.all.n) return `  ${label}: no entries`;
  return (
    `  ${label}: all ${CATEGORIES.length} ${pct(s.accuracy)} (${s.all.correct}/${s.all.n}), ` +
    `core ${pct(s.core_accuracy)} (${s.core.correct}/${s.core.n})`
  );
}

function tables(title: string, s: Scores): string[] {
  const lines = [title, "category         n  precision   recall"];
  for (const [cat, f] of Object.entries(s.per_category)) {
    const precision = f.predicted ? pct(f.precision) : "—";
    const recall = f.n ? pct(f.recall) : "—";
    lines.push(`${cat.padEnd(6, "　")} ${String(f.n).padStart(4)}  ${precision.padStart(9)}  ${recall.padStart(7)}`);
  }
  lines.push("confusion (rows: labelled, columns: predicted, in the order above)");
  for (const cat of CATEGORIES)
    lines.push(`${cat.padEnd(6, "　")} ${CATEGORIES.map((c) => String(s.confusion[cat][c]).padStart(4)).join("")}`);
  return [...lines, ""];
}

export function reportText(report: CvReport): string {
  const { data } = report;
  const lines = [
    `data: ${data.sample_entries} sample entries, ${data.real_paragraphs} paragraphs of ${data.real_pages} real pages` +
      (data.real_pages ? "" : " (../shared/corpus-real absent: sample only)"),
    `core categories: ${CORE_CATEGORIES.join("/")}`,
    `leave one group out (nested; ${Object.keys(report.lofo.per_group).length} groups)`,
    headline("real pages, paragraphs", report.lofo.real),
    headline("sample fixture", report.lofo.sample),
  ];
  if (report.stratified)
    lines.push(
      "stratified 5 folds (nested)",
      headline("real pages, paragraphs", report.stratified.real),
      headline("sample fixture", report.stratified.sample),
    );
  lines.push(`shipped settings: ${report.shipped.chosen}`, "");
  if (data.real_pages) lines.push(...tables("leave one group out, real pages", report.lofo.real));
  lines.push(...tables("leave one group out, sample fixture", report.lofo.sample));
  return lines.join("\n");
}
