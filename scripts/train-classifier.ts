// Trains the block classifier (lib/mining/classify.ts) on the hand-labelled sample fixture plus the real pages of
// ../shared/corpus-real (read at training time; absent → the sample alone, and the script says so), reports its
// nested cross-validation and writes data/model/block-classifier.json, with the leave-one-group-out loop
// recorded beside it (scripts/classifier-cv-record.ts).
//   npx tsx scripts/train-classifier.ts            report, then train with the chosen settings and write the model
//   npx tsx scripts/train-classifier.ts --cv-only  report only
//   npx tsx scripts/train-classifier.ts --check    report, and fail unless data/model/block-classifier-cv.json
//                                                  records this very loop (the tests recompute a few groups of it)
// The report's JSON goes to stdout, a table (per category, confusion matrix) to stderr.
// Reproducible: fixed seeds, sorted output; the same inputs give a byte-identical model file.
// In memory, without a page (for evaluation): trainClassifier in scripts/classifier-train.ts.
import { mkdirSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { MODEL_PATH, ROOT, type TrainingConfig } from "./classifier-config";
import { gridFor, leaveOneGroupOut, nestedCrossValidate } from "./classifier-cv";
import { cvRecord, cvRecordText, CV_RECORD_PATH } from "./classifier-cv-record";
import { modelFileText, modelJson } from "./classifier-model-file";
import type { CvReport } from "./classifier-report";
import { reportText } from "./classifier-report-text";
import { realRecord, trainFinal, trainingData, type TrainingData } from "./classifier-train";
import { REAL_DIR } from "./classifier-real";

export { trainClassifier } from "./classifier-train";

/** The settings the report chose for the shipped model (the inner loop run on every entry). */
export function shippedConfig(report: CvReport, data: TrainingData): TrainingConfig {
  const chosen = gridFor(data.items).find((c) => c.name === report.shipped.chosen);
  if (!chosen) throw new Error(`unknown candidate ${report.shipped.chosen}`);
  return chosen.config;
}

/** The shipped model file's text for this report and data. */
export async function shippedModelText(report: CvReport, data: TrainingData): Promise<string> {
  const config = shippedConfig(report, data);
  const cv = {
    method: "nested leave one group out (sample speeches, real pages)",
    real: { accuracy: report.lofo.real.accuracy, core_accuracy: report.lofo.real.core_accuracy },
    sample: { accuracy: report.lofo.sample.accuracy, core_accuracy: report.lofo.sample.core_accuracy },
  };
  const json = modelJson(trainFinal(config, data.items), config, {
    real: realRecord(data),
    cv,
    settings: report.shipped.chosen,
  });
  return modelFileText(json);
}

async function main(): Promise<void> {
  const data = trainingData();
  if (!data.real) process.stderr.write(`${REAL_DIR} is absent: training on the sample fixture alone\n`);
  const grid = gridFor(data.items);
  const lofo = await leaveOneGroupOut(data.items, grid);
  const record = cvRecord(data.items, grid, lofo);
  const report = await nestedCrossValidate(data.items, { grid, lofo });
  console.log(JSON.stringify(report, null, 2));
  process.stderr.write(reportText(report));
  if (process.argv.includes("--check")) {
    const same = (await cvRecordText(record)) === (await readFile(CV_RECORD_PATH, "utf8").catch(() => ""));
    process.stderr.write(same ? "the recorded loop is this one\n" : `${CV_RECORD_PATH} differs from this loop\n`);
    process.exitCode = same ? 0 : 1;
  }
  if (process.argv.includes("--cv-only") || process.argv.includes("--check")) return;
  const text = await shippedModelText(report, data);
  mkdirSync(path.dirname(MODEL_PATH), { recursive: true });
  writeFileSync(MODEL_PATH, text);
  writeFileSync(CV_RECORD_PATH, await cvRecordText(record));
  process.stderr.write(
    `wrote ${path.relative(ROOT, MODEL_PATH)} (${Object.keys(JSON.parse(text).weights).length} features, ${Buffer.byteLength(text)} bytes) and ${path.relative(ROOT, CV_RECORD_PATH)}\n`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
