// The block classifier model file: integer weights keyed by feature hash (numbers only: no text of the pages it
// learned from), sorted, laid out by Prettier, byte-reproducible.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import * as prettier from "prettier";
import { MODEL_FORMAT, type ClassifierModelJson } from "../lib/mining/classify";
import { AUTHORED, FIXTURE, MODEL_PATH, WEIGHT_STEP, type TrainingConfig } from "./classifier-config";
import type { LinearModel } from "./classifier-learner";

/** What a model was trained on and how it was chosen, as recorded in its file. */
export type TrainingRecord = {
  /** The real pages' SHA-256 and counts (scripts/classifier-real.ts), or null when trained on the sample alone. */
  real: { sha256: string; pages: number; paragraphs: number; excluded: string[] } | null;
  /** Cross-validation headline, when the script computed it. */
  cv: Record<string, unknown> | null;
  settings: string;
};

const hex = (id: number) => (id >>> 0).toString(16).padStart(8, "0");

/** The model as JSON: weights as integers × weightScale, all-zero rows dropped, rows sorted by hash. */
export function modelJson(model: LinearModel, config: TrainingConfig, record: TrainingRecord): ClassifierModelJson {
  const c = model.classes.length;
  const int = (v: number) => Math.round(v / WEIGHT_STEP) + 0;
  const rows: [string, number[]][] = [];
  model.featureIds.forEach((id, r) => {
    const ws = Array.from(model.weights.subarray(r * c, r * c + c), int);
    if (ws.some((v) => v !== 0)) rows.push([hex(id), ws]);
  });
  rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return {
    format: MODEL_FORMAT,
    classes: model.classes,
    features: config.features,
    weightScale: WEIGHT_STEP,
    bias: Array.from(model.bias, int),
    training: {
      fixture: "data/labels/corpus-labels.jsonl",
      fixtureSha256: createHash("sha256").update(readFileSync(FIXTURE)).digest("hex"),
      authored: "data/labels/authored-examples.jsonl",
      authoredSha256: createHash("sha256").update(readFileSync(AUTHORED)).digest("hex"),
      realPages: record.real,
      script: "scripts/train-classifier.ts",
      learner: config.learner,
      weak: config.weak,
      realWeight: config.realWeight,
      settings: record.settings,
      cv: record.cv,
    },
    weights: Object.fromEntries(rows),
  };
}

/** The model file's text: one line per feature, laid out by Prettier with the repository's settings. */
export async function modelFileText(json: ClassifierModelJson): Promise<string> {
  const { weights, ...head } = json;
  const lines = Object.entries(weights).map(([key, ws]) => `${JSON.stringify(key)}:[${ws.join(",")}]`);
  const text = `${JSON.stringify(head).slice(0, -1)},\n"weights":{\n${lines.join(",\n")}\n}}\n`;
  const options = (await prettier.resolveConfig(MODEL_PATH)) ?? {};
  return prettier.format(text, { ...options, filepath: MODEL_PATH });
}
