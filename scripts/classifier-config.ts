// Paths and settings of the block classifier training: fixture and model locations, categories, the base
// settings and the candidates among which nested cross-validation chooses.
import path from "node:path";
import { DEFAULT_TAXONOMY } from "../lib/categories/default-taxonomy";
import type { FeatureConfig } from "../lib/mining/classifier-features";
import type { LearnerOptions } from "./classifier-learner";

export const ROOT = path.resolve(import.meta.dirname, "..");
export const FIXTURE = path.join(ROOT, "data/labels/corpus-labels.jsonl");
export const MODEL_PATH = path.join(ROOT, "data/model/block-classifier.json");
/** Paragraphs written for this project (not taken from any page) for the categories the fixture lacks or has few of. */
export const AUTHORED = path.join(ROOT, "data/labels/authored-examples.jsonl");

export type WeakLabelConfig = {
  /** Each category's description and signal words as short examples. */
  taxonomy: number;
  /** Each training heading, as a paragraph without context, labelled with the heading's category. */
  headingAsText: number;
  /** Each sentence of a training paragraph, labelled with the paragraph's category. */
  sentences: number;
  /** A training paragraph under a heading whose words match one category's signals, labelled with that category. */
  headingSignals: number;
  /** Each authored example (data/labels/authored-examples.jsonl). */
  authored: number;
};

export type TrainingConfig = {
  features: FeatureConfig;
  learner: LearnerOptions;
  weak: WeakLabelConfig;
  /** Weight of a real page's paragraph (and its weak examples) against a sample fixture entry's 1. */
  realWeight: number;
};

export const CATEGORIES = DEFAULT_TAXONOMY.map((c) => c.key);
/** Weights are rounded to this step during training (so CV measures the shipped model) and stored as integers. */
export const WEIGHT_STEP = 1e-3;
export const CORE_CATEGORIES = ["形势分析", "隐患排查", "责任落实"];

/** The base settings; the candidates vary the heading's weight and the L2 strength around them. */
export const DEFAULT_CONFIG: TrainingConfig = {
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
    sectionWeight: 0.25,
    signals: Object.fromEntries(DEFAULT_TAXONOMY.map((c) => [c.key, c.signals])),
  },
  learner: { epochs: 10, l2: 1e-4, learningRate: 0.15, seed: 7, minCount: 4, balance: 0.5 },
  weak: { taxonomy: 0.3, headingAsText: 0.3, sentences: 0.15, headingSignals: 0, authored: 0.5 },
  realWeight: 1,
};

/**
 * The settings cross-validation chooses among. The heading is the feature that grouped folds keep honest (a
 * paragraph's siblings would teach the model its heading), so the candidates weigh it fully or by half (×0, tried
 * first, was chosen in 2 of 40 folds and left out to save time); a real page's paragraph counts once or three
 * times as much as a sample entry (the pages are few, short and varied, and they are what the miner meets); the
 * discourse cues (lib/mining/classifier-cues.ts) are on or off.
 */
export const HEADING_SCALES = [1, 0.5];
export const REAL_WEIGHTS = [1, 3];
export const CUE_WEIGHTS = [0, 0.25];

export type Candidate = { name: string; config: TrainingConfig };

export function candidates(base: TrainingConfig = DEFAULT_CONFIG): Candidate[] {
  return HEADING_SCALES.flatMap((scale) =>
    REAL_WEIGHTS.flatMap((realWeight) =>
      CUE_WEIGHTS.map((cueWeight) => ({
        name: `heading×${scale} real×${realWeight} cues×${cueWeight}`,
        config: {
          ...base,
          features: {
            ...base.features,
            headingWeight: base.features.headingWeight * scale,
            sharedHeadingWeight: base.features.sharedHeadingWeight * scale,
            cueWeight,
          },
          realWeight,
        },
      })),
    ),
  );
}
