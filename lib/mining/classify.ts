// Block classification at mining time: a linear model (softmax regression over hashed character n-grams of the
// block, character bigrams and jieba words of its heading, taxonomy signal words and structure; see
// classifier-features.ts) trained by scripts/train-classifier.ts and stored in data/model/block-classifier.json,
// or trained in memory (trainClassifier in scripts/train-classifier.ts) and passed in.
// The model file is read once per process. The taxonomy lives in the database, so the caller passes the category
// keys that currently exist; a prediction outside them falls back to the best-scoring known key, or to 未分类.
import { readFileSync } from "node:fs";
import path from "node:path";
import {
  extractFeaturesInto,
  headingContext,
  headingContextFeatures,
  type FeatureBlock,
  type FeatureConfig,
  type PartReading,
} from "./classifier-features";
import { PackedModel, softmaxInPlace } from "./classifier-scoring";
import type { Classification } from "./types";

export const MODEL_FORMAT = "block-classifier/2";
export const UNCLASSIFIED = "未分类";
export const MODEL_FILE = path.join(process.cwd(), "data/model/block-classifier.json");

export type ClassifierModelJson = {
  format: typeof MODEL_FORMAT;
  classes: string[];
  features: FeatureConfig;
  /** Stored weights and biases are integers; multiply by this. */
  weightScale: number;
  bias: number[];
  /**
   * Feature hash (featureHash of the feature's name, 8 hex digits) → one weight per class, in the order of
   * `classes`. Hashes, not names: the model learns from third-party pages whose text must not be stored.
   */
  weights: Record<string, number[]>;
  training: Record<string, unknown>;
};

export type BlockClassifier = {
  classes: string[];
  config: FeatureConfig;
  model: PackedModel;
  /** Score contribution of each heading context, by scale and heading, computed once: a section shares it. (Keyed
   *  by the heading itself, the same string for every block of a section, so that no key is built per block.) */
  headingScores: Map<number, Map<string, Float64Array>>;
};

const HEADING_SCORES_LIMIT = 2048;

export type ClassifyContext = { speechTitle?: string | null };

export function loadClassifier(modelJson: string | ClassifierModelJson): BlockClassifier {
  const json: ClassifierModelJson = typeof modelJson === "string" ? JSON.parse(modelJson) : modelJson;
  if (json.format !== MODEL_FORMAT) throw new Error(`unsupported classifier model format: ${String(json.format)}`);
  const c = json.classes.length;
  if (json.bias.length !== c) throw new Error("classifier model: bias does not match the classes");
  if (!(json.weightScale > 0)) throw new Error("classifier model: weightScale must be positive");
  const keys = Object.keys(json.weights);
  const featureIds = new Uint32Array(keys.length);
  const weights = new Int32Array(keys.length * c);
  keys.forEach((key, r) => {
    const row = json.weights[key];
    if (!/^[0-9a-f]{8}$/.test(key)) throw new Error(`classifier model: ${key} is not a feature hash`);
    if (row.length !== c) throw new Error(`classifier model: feature ${key} has ${row.length} weights`);
    featureIds[r] = parseInt(key, 16);
    weights.set(row, r * c);
  });
  const model = new PackedModel(json.classes, featureIds, weights, json.bias, json.weightScale);
  return { classes: json.classes, config: json.features, model, headingScores: new Map() };
}

let cached: BlockClassifier | null = null;

/** The shipped model, read and indexed once per process. */
export function defaultClassifier(): BlockClassifier {
  if (!cached) cached = loadClassifier(readFileSync(MODEL_FILE, "utf8"));
  return cached;
}

/** Class probabilities in the order of `classifier.classes`. Features are scored as they are extracted. */
export function classProbabilities(
  block: FeatureBlock,
  classifier: BlockClassifier = defaultClassifier(),
): Float64Array {
  const acc = new Float64Array(classifier.model.classes.length);
  extractFeaturesInto(block, classifier.config, { model: classifier.model, acc }, undefined, false);
  return probabilitiesOf(addHeadingScores(block, classifier, acc), classifier);
}

/** The class scores of every group but the text group of a half of a paragraph (classifier-part-scores.ts). */
export function scoresWithoutText(block: FeatureBlock, part: PartReading, classifier: BlockClassifier): Float64Array {
  const acc = new Float64Array(classifier.model.classes.length);
  extractFeaturesInto(block, classifier.config, { model: classifier.model, acc }, undefined, false, part);
  return addHeadingScores(block, classifier, acc);
}

/** Adds the block's heading context's scores, computed once per heading. */
function addHeadingScores(block: FeatureBlock, classifier: BlockClassifier, acc: Float64Array): Float64Array {
  const { model, config } = classifier;
  const context = headingContext(block, config);
  if (context) {
    let byHeading = classifier.headingScores.get(context.scale);
    if (!byHeading) classifier.headingScores.set(context.scale, (byHeading = new Map()));
    let h = byHeading.get(context.heading);
    if (!h) {
      const scored = new Float64Array(model.classes.length);
      const features = headingContextFeatures(context.heading, context.scale, config);
      features.ids.forEach((id, i) => model.accumulate(id, features.values[i], scored));
      if (byHeading.size >= HEADING_SCORES_LIMIT) byHeading.clear();
      byHeading.set(context.heading, (h = scored));
    }
    for (let k = 0; k < acc.length; k++) acc[k] += h[k];
  }
  return acc;
}

/** Summed feature scores → class probabilities (in place). */
export function probabilitiesOf(acc: Float64Array, { model }: BlockClassifier): Float64Array {
  for (let k = 0; k < acc.length; k++) acc[k] = model.bias[k] + model.scale * acc[k];
  return softmaxInPlace(acc);
}

/**
 * The block's category and the model's probability for it (0–1). `known` = the category keys in the database:
 * if the model's favourite is not among them, the best-scoring known key is returned instead (with its own
 * probability), or 未分类 with confidence 0 when the model knows none of them.
 * The speech title is accepted for the pipeline's sake but not used: the fixture has no titles to learn from.
 */
export function classifyBlock(
  block: FeatureBlock,
  _ctx: ClassifyContext = {},
  known?: Set<string>,
  classifier: BlockClassifier = defaultClassifier(),
): Classification {
  const p = classProbabilities(block, classifier);
  let best = -1;
  for (let k = 0; k < p.length; k++) {
    if (known && !known.has(classifier.classes[k])) continue;
    if (best < 0 || p[k] > p[best]) best = k;
  }
  if (best < 0) return { category: UNCLASSIFIED, confidence: 0 };
  return { category: classifier.classes[best], confidence: Math.round(p[best] * 10000) / 10000 };
}
