// Trains the learned noise model (lib/mining/noise-model.ts) and writes lib/mining/noise-model.json (numbers only).
//   npx tsx scripts/train-noise-model.ts    (npm run train:noise)
// Labelled lines: the sample corpus always; the hand-labelled real pages in ../shared/corpus-real when present
// (their text stays there: only the learned weights are written). Reproducible: the same inputs give the same file.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as prettier from "prettier";
import { FEATURES } from "../lib/mining/noise-line-features";
import { probability } from "../lib/mining/noise-model";
import { handWrittenExamples, realExamples, realFiles, sampleExamples, train } from "./noise-training";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const MODEL_PATH = path.join(ROOT, "lib/mining/noise-model.json");

async function main(): Promise<void> {
  const sample = [...sampleExamples(ROOT), ...handWrittenExamples(ROOT)];
  const real = realFiles(ROOT).flatMap((f) => realExamples(ROOT, f));
  if (!real.length) process.stderr.write("../shared/corpus-real 不存在：只用样例语料训练。\n");
  const examples = [...sample, ...real];
  const model = train(examples);
  const text = await prettier.format(JSON.stringify(model), { parser: "json", printWidth: 120 });
  writeFileSync(MODEL_PATH, text);
  const right = examples.filter((e) => (probability(model, e.x) >= model.threshold ? 1 : 0) === e.y).length;
  const summary = {
    examples: examples.length,
    noise: examples.filter((e) => e.y).length,
    sampleLines: sample.length,
    realLines: real.length,
    trainingAccuracy: Math.round((1000 * right) / examples.length) / 1000,
    weights: Object.fromEntries(FEATURES.map(([k], i) => [k, model.weights[i]])),
    bias: model.bias,
  };
  console.log(JSON.stringify(summary, null, 2));
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack}\n`);
  process.exit(1);
});
