// Trains the block classifier (lib/mining/classify.ts) from the hand-labelled fixture plus weak labels, reports
// cross-validated accuracy and writes data/model/block-classifier.json.
//   npx tsx scripts/train-classifier.ts            CV report on stdout, then train on everything and write the model
//   npx tsx scripts/train-classifier.ts --cv-only  CV report only
// Reproducible: fixed seeds, sorted output; the same inputs give a byte-identical model file.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import {
  CATEGORIES,
  CORE_CATEGORIES,
  DEFAULT_CONFIG,
  FIXTURE,
  MODEL_PATH,
  ROOT,
  type TrainingConfig,
  type WeakLabelConfig,
} from "./classifier-config";
import { crossValidate, REPEAT_SEEDS, stratifiedFolds, type CvOptions } from "./classifier-cv";
import { fit, prepare, taxonomyExamples, weakExamplesOf, type PreparedData } from "./classifier-examples";
import { loadFixture, reconstructBlocks, type FixtureEntry, type LabelledBlock } from "./classifier-fixture";
import { modelFileText, serialise } from "./classifier-model-file";
import type { CvReport } from "./classifier-report";

// The pieces live in scripts/classifier-*.ts; tests and lib/mining/classify.test.ts import them from here.
export { CATEGORIES, CORE_CATEGORIES, DEFAULT_CONFIG, FIXTURE, MODEL_PATH, type TrainingConfig, type WeakLabelConfig };
export { crossValidate, REPEAT_SEEDS, stratifiedFolds, type CvOptions };
export { fit, prepare, taxonomyExamples, weakExamplesOf, type PreparedData };
export { loadFixture, reconstructBlocks, type FixtureEntry, type LabelledBlock };
export { modelFileText, serialise };
export type { CvReport };

export function trainFinal(config: TrainingConfig = DEFAULT_CONFIG, items = reconstructBlocks(loadFixture())) {
  const data = prepare(items, config, true);
  const model = fit(
    data,
    items.map((_, i) => i),
    config,
  );
  return { model, names: data.names };
}

async function main(): Promise<void> {
  const cvOnly = process.argv.includes("--cv-only");
  const items = reconstructBlocks(loadFixture());
  const cv = crossValidate(DEFAULT_CONFIG, items);
  console.log(JSON.stringify(cv, null, 2));
  if (cvOnly) return;
  const { model, names } = trainFinal(DEFAULT_CONFIG, items);
  mkdirSync(path.dirname(MODEL_PATH), { recursive: true });
  const text = await modelFileText(model, names, DEFAULT_CONFIG, cv);
  writeFileSync(MODEL_PATH, text);
  console.error(
    `wrote ${path.relative(ROOT, MODEL_PATH)} (${Object.keys(JSON.parse(text).weights).length} features, ${Buffer.byteLength(text)} bytes)`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
