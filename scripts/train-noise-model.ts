// Trains the learned noise model (lib/mining/noise-model.ts) and writes lib/mining/noise-model.json (numbers only).
//   npx tsx scripts/train-noise-model.ts    (npm run train:noise)
// Labelled lines: the sample corpus always; the hand-labelled real pages in ../shared/corpus-real when present
// (their text stays there: only the learned weights are written). Reproducible: the same inputs give the same file,
// which scripts/noise-training.test.ts checks against the committed one.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { FEATURES } from "../lib/mining/noise-line-features";
import { probability } from "../lib/mining/noise-model";
import { noiseModelFile, noiseModelPath } from "./noise-model-file";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

async function main(): Promise<void> {
  const { model, text, sample, real } = await noiseModelFile(ROOT);
  if (!real.length) process.stderr.write("../shared/corpus-real 不存在：只用样例语料训练。\n");
  writeFileSync(noiseModelPath(ROOT), text);
  const examples = [...sample, ...real];
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
