// Trains the block classifier (lib/mining/classify.ts) from the hand-labelled fixture plus weak labels, reports
// its nested leave-one-speech-out accuracy and writes data/model/block-classifier.json.
//   npx tsx scripts/train-classifier.ts            report, then train with the chosen settings and write the model
//   npx tsx scripts/train-classifier.ts --cv-only  report only
// The report's JSON goes to stdout, a table (per category, confusion matrix) to stderr.
// Reproducible: fixed seeds, sorted output; the same inputs give a byte-identical model file.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { candidates, MODEL_PATH, ROOT, type TrainingConfig } from "./classifier-config";
import { nestedCrossValidate } from "./classifier-cv";
import { fit, prepare } from "./classifier-examples";
import { loadFixture, reconstructBlocks, type LabelledBlock } from "./classifier-fixture";
import { modelFileText } from "./classifier-model-file";
import { reportText, type CvReport } from "./classifier-report";

/** The settings the report chose for the shipped model (the inner loop run on every speech). */
export function shippedConfig(report: CvReport): TrainingConfig {
  const chosen = candidates().find((c) => c.name === report.shipped.chosen);
  if (!chosen) throw new Error(`unknown candidate ${report.shipped.chosen}`);
  return chosen.config;
}

/** Trains on every fixture entry with the given settings. */
export function trainFinal(config: TrainingConfig, items: LabelledBlock[]) {
  const data = prepare(items, config, true);
  const model = fit(
    data,
    items.map((_, i) => i),
    config,
  );
  return { model, names: data.names };
}

async function main(): Promise<void> {
  const items = reconstructBlocks(loadFixture());
  const report = nestedCrossValidate(items);
  console.log(JSON.stringify(report, null, 2));
  process.stderr.write(reportText(report));
  if (process.argv.includes("--cv-only")) return;
  const config = shippedConfig(report);
  const { model, names } = trainFinal(config, items);
  mkdirSync(path.dirname(MODEL_PATH), { recursive: true });
  const text = await modelFileText(model, names, config, report);
  writeFileSync(MODEL_PATH, text);
  process.stderr.write(
    `wrote ${path.relative(ROOT, MODEL_PATH)} (${Object.keys(JSON.parse(text).weights).length} features, ${Buffer.byteLength(text)} bytes)\n`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
