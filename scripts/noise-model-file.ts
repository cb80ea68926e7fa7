// The noise model as `npm run train:noise` writes it (lib/mining/noise-model.json): trained on the sample corpus,
// the hand-written pages and, when ../shared/corpus-real is present, its hand-labelled pages; formatted as committed.
import path from "node:path";
import * as prettier from "prettier";
import type { NoiseModel } from "../lib/mining/noise-model";
import { handWrittenExamples, realExamples, realFiles, sampleExamples, train, type Example } from "./noise-training";

export const NOISE_MODEL_PATH = "lib/mining/noise-model.json";

export type NoiseModelFile = { model: NoiseModel; text: string; sample: Example[]; real: Example[] };

export async function noiseModelFile(root: string): Promise<NoiseModelFile> {
  const sample = [...sampleExamples(root), ...handWrittenExamples(root)];
  const real = realFiles(root).flatMap((f) => realExamples(root, f));
  const model = train([...sample, ...real]);
  const text = await prettier.format(JSON.stringify(model), { parser: "json", printWidth: 120 });
  return { model, text, sample, real };
}

export const noiseModelPath = (root: string) => path.join(root, NOISE_MODEL_PATH);
