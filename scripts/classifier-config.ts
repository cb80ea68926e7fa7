// Paths and settings of the block classifier training: fixture and model locations, categories, default config.
import path from "node:path";
import { DEFAULT_TAXONOMY } from "../lib/categories/default-taxonomy";
import type { FeatureConfig } from "../lib/mining/classifier-features";
import type { LearnerOptions } from "../lib/mining/classifier-model";

export const ROOT = path.resolve(import.meta.dirname, "..");
export const FIXTURE = path.join(ROOT, "data/labels/corpus-labels.jsonl");
export const MODEL_PATH = path.join(ROOT, "data/model/block-classifier.json");

export type WeakLabelConfig = {
  /** Each category's description and signal words as short examples. */
  taxonomy: number;
  /** Each training heading, as a paragraph without context, labelled with the heading's category. */
  headingAsText: number;
  /** Each sentence of a training paragraph, labelled with the paragraph's category. */
  sentences: number;
  /** A training paragraph under a heading whose words match one category's signals, labelled with that category. */
  headingSignals: number;
};

export type TrainingConfig = {
  seed: number;
  folds: number;
  features: FeatureConfig;
  learner: LearnerOptions;
  weak: WeakLabelConfig;
};

export const CATEGORIES = DEFAULT_TAXONOMY.map((c) => c.key);
/** Weights are rounded to this step during training (so CV measures the shipped model) and stored as integers. */
export const WEIGHT_STEP = 1e-3;
export const CORE_CATEGORIES = ["形势分析", "隐患排查", "责任落实"];

export const DEFAULT_CONFIG: TrainingConfig = {
  seed: 20240601,
  folds: 10,
  features: {
    charNgrams: [1, 2, 3],
    words: false,
    headingNgrams: [2],
    headingWords: true,
    headingWeight: 0.3,
    sharedHeadingWeight: 0.6,
    headingContextScale: 0.5,
    signalWeight: 0.35,
    structWeight: 0.25,
    signals: Object.fromEntries(DEFAULT_TAXONOMY.map((c) => [c.key, c.signals])),
  },
  learner: { kind: "softmax", epochs: 10, l2: 1e-4, learningRate: 0.15, seed: 7, minCount: 4, balance: 0.5 },
  weak: { taxonomy: 0.3, headingAsText: 0.3, sentences: 0.15, headingSignals: 0 },
};
