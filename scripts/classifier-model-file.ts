// The block classifier model file: integer weights sorted by feature name, laid out by Prettier, byte-reproducible.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import * as prettier from "prettier";
import { MODEL_FORMAT, type ClassifierModelJson } from "../lib/mining/classify";
import { FIXTURE, MODEL_PATH, WEIGHT_STEP, type TrainingConfig } from "./classifier-config";
import type { LinearModel } from "./classifier-learner";
import type { CvReport } from "./classifier-report";

/**
 * The model file: weights as integers × weightScale, one line per feature, sorted by feature name, all-zero rows
 * dropped. The same inputs give the same bytes.
 */
export function serialise(model: LinearModel, names: Map<number, string>, config: TrainingConfig, cv: CvReport) {
  const c = model.classes.length;
  const int = (v: number) => Math.round(v / WEIGHT_STEP) + 0;
  const rows: [string, number[]][] = [];
  model.featureIds.forEach((id, r) => {
    const name = names.get(id);
    if (name === undefined) throw new Error(`no name for feature ${id}`);
    const ws = Array.from(model.weights.subarray(r * c, r * c + c), int);
    if (ws.some((v) => v !== 0)) rows.push([name, ws]);
  });
  rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const head: Omit<ClassifierModelJson, "weights"> = {
    format: MODEL_FORMAT,
    classes: model.classes,
    features: config.features,
    weightScale: WEIGHT_STEP,
    bias: Array.from(model.bias, int),
    training: {
      fixture: "data/labels/corpus-labels.jsonl",
      fixtureSha256: createHash("sha256").update(readFileSync(FIXTURE)).digest("hex"),
      script: "scripts/train-classifier.ts",
      learner: config.learner,
      weak: config.weak,
      cv: {
        method: cv.method,
        accuracy: cv.accuracy,
        core_accuracy: cv.core_accuracy,
        settings: cv.shipped.chosen,
      },
    },
  };
  const lines = rows.map(([name, ws]) => `${JSON.stringify(name)}:[${ws.join(",")}]`);
  return `${JSON.stringify(head).slice(0, -1)},\n"weights":{\n${lines.join(",\n")}\n}}\n`;
}

/** The model file's text: serialise(), laid out by Prettier with the repository's settings (format:check). */
export async function modelFileText(
  model: LinearModel,
  names: Map<number, string>,
  config: TrainingConfig,
  cv: CvReport,
): Promise<string> {
  const options = (await prettier.resolveConfig(MODEL_PATH)) ?? {};
  return prettier.format(serialise(model, names, config, cv), { ...options, filepath: MODEL_PATH });
}
