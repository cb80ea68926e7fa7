// Trains the block classifier (lib/mining/classify.ts) from the hand-labelled fixture plus weak labels, reports
// cross-validated accuracy and writes data/model/block-classifier.json.
//   npx tsx scripts/train-classifier.ts            CV report on stdout, then train on everything and write the model
//   npx tsx scripts/train-classifier.ts --cv-only  CV report only
// Reproducible: fixed seeds, sorted output; the same inputs give a byte-identical model file.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import * as prettier from "prettier";
import { DEFAULT_TAXONOMY } from "../lib/categories/default-taxonomy";
import {
  extractFeatures,
  stripNumbering,
  type FeatureBlock,
  type FeatureConfig,
} from "../lib/mining/classifier-features";
import {
  argmax,
  predictor,
  quantize,
  scores,
  train,
  type LearnerOptions,
  type LinearModel,
  type TrainingExample,
} from "../lib/mining/classifier-model";
import { MODEL_FORMAT, type ClassifierModelJson } from "../lib/mining/classify";

const ROOT = path.resolve(import.meta.dirname, "..");
export const FIXTURE = path.join(ROOT, "data/labels/corpus-labels.jsonl");
export const MODEL_PATH = path.join(ROOT, "data/model/block-classifier.json");

export type FixtureEntry = {
  file: string;
  speech: number;
  kind: "heading" | "paragraph";
  level: 1 | 2 | 3 | null;
  category: string;
  text: string;
};

/** A fixture entry with the structure the parser would give it (heading path, role, position). */
export type LabelledBlock = { file: string; speech: number; category: string; block: FeatureBlock };

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
const WEIGHT_STEP = 1e-3;
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

export function loadFixture(file = FIXTURE): FixtureEntry[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as FixtureEntry);
}

const CLOSING_START = /^(同志们|总之|谢谢|最后|让我们)/;

/**
 * Rebuilds what the structure parser provides, from document order: heading paths from the heading levels,
 * `opening` for the paragraphs before a speech's first heading, `closing` for the trailing run of paragraphs
 * that start like 同志们，… / 总之 / 谢谢, and the 0-based position in the speech.
 */
export function reconstructBlocks(entries: FixtureEntry[]): LabelledBlock[] {
  const out: LabelledBlock[] = [];
  const speeches = new Map<string, FixtureEntry[]>();
  for (const e of entries) {
    const key = `${e.file}#${e.speech}`;
    speeches.set(key, [...(speeches.get(key) ?? []), e]);
  }
  for (const list of speeches.values()) {
    const stack: string[] = [];
    let seenHeading = false;
    let closingFrom = list.length;
    while (
      closingFrom > 0 &&
      list[closingFrom - 1].kind === "paragraph" &&
      CLOSING_START.test(list[closingFrom - 1].text)
    )
      closingFrom--;
    list.forEach((e, position) => {
      const level = e.kind === "heading" ? (e.level ?? 1) : null;
      if (level !== null) stack.length = Math.min(stack.length, level - 1);
      const role = !seenHeading && level === null ? "opening" : position >= closingFrom ? "closing" : "body";
      const block: FeatureBlock = { kind: e.kind, level, text: e.text, headingPath: [...stack], role, position };
      if (level !== null) {
        stack.push(e.text);
        seenHeading = true;
      }
      out.push({ file: e.file, speech: e.speech, category: e.category, block });
    });
  }
  return out;
}

type Weighted = { block: FeatureBlock; category: string; weight: number };

/** Weak examples from the taxonomy itself (descriptions and signal words); independent of the fixture. */
export function taxonomyExamples(weight: number): Weighted[] {
  if (weight <= 0) return [];
  const body = (text: string): FeatureBlock => ({
    kind: "paragraph",
    level: null,
    text,
    headingPath: [],
    role: "body",
    position: 5,
  });
  return DEFAULT_TAXONOMY.flatMap((c) => [
    { block: body(c.description), category: c.key, weight },
    ...c.signals.map((s) => ({ block: body(s), category: c.key, weight })),
  ]);
}

/** Weak examples derived from one training block (uses only that block and its headings). */
export function weakExamplesOf(item: LabelledBlock, config: TrainingConfig): Weighted[] {
  const { block, category } = item;
  const w = config.weak;
  const out: Weighted[] = [];
  if (block.kind === "heading" && w.headingAsText > 0) {
    const text = stripNumbering(block.text);
    out.push({
      block: { ...block, kind: "paragraph", level: null, text, headingPath: [] },
      category,
      weight: w.headingAsText,
    });
  }
  if (block.kind === "paragraph" && w.sentences > 0) {
    const sentences = block.text.split(/(?<=[。！？；])/).filter((s) => s.length >= 12);
    if (sentences.length > 1)
      for (const s of sentences) out.push({ block: { ...block, text: s }, category, weight: w.sentences });
  }
  const heading = block.headingPath[block.headingPath.length - 1];
  if (block.kind === "paragraph" && block.role === "body" && heading && w.headingSignals > 0) {
    const hits = DEFAULT_TAXONOMY.map((c) => c.signals.filter((s) => heading.includes(s)).length);
    const best = Math.max(...hits);
    if (best > 0 && hits.filter((h) => h === best).length === 1)
      out.push({ block, category: DEFAULT_TAXONOMY[hits.indexOf(best)].key, weight: w.headingSignals });
  }
  return out;
}

/** Feature vectors for every fixture block and its weak examples, computed once and shared by all folds. */
export type PreparedData = {
  items: LabelledBlock[];
  gold: TrainingExample[];
  weak: TrainingExample[][];
  taxonomy: TrainingExample[];
  names: Map<number, string>;
};

export function prepare(items: LabelledBlock[], config: TrainingConfig, withNames = false): PreparedData {
  const names = withNames ? new Map<number, string>() : undefined;
  const toExample = (w: Weighted): TrainingExample => ({
    x: extractFeatures(w.block, config.features, names),
    label: CATEGORIES.indexOf(w.category),
    weight: w.weight,
  });
  return {
    items,
    gold: items.map((it) => toExample({ block: it.block, category: it.category, weight: 1 })),
    weak: items.map((it) => weakExamplesOf(it, config).map(toExample)),
    taxonomy: taxonomyExamples(config.weak.taxonomy).map(toExample),
    names: names ?? new Map(),
  };
}

/** Trains on the fixture entries `trainIdx`, their weak examples and the taxonomy examples. */
export function fit(data: PreparedData, trainIdx: number[], config: TrainingConfig): LinearModel {
  const examples = [...data.taxonomy];
  for (const i of trainIdx) examples.push(data.gold[i], ...data.weak[i]);
  return quantize(train(examples, CATEGORIES, config.learner), WEIGHT_STEP);
}

/** Stratified k-fold: each category's entries are shuffled with the seed and dealt round-robin to the folds. */
export function stratifiedFolds(items: LabelledBlock[], k: number, seed: number): number[] {
  const fold = new Array<number>(items.length).fill(0);
  let offset = 0;
  for (const category of CATEGORIES) {
    const idx = items.map((it, i) => (it.category === category ? i : -1)).filter((i) => i >= 0);
    const order = seededOrder(idx, seed + CATEGORIES.indexOf(category));
    order.forEach((i, n) => (fold[i] = (n + offset) % k));
    offset += order.length;
  }
  return fold;
}

function seededOrder(idx: number[], seed: number): number[] {
  let a = seed >>> 0;
  const next = () => {
    a = (Math.imul(a, 1664525) + 1013904223) >>> 0;
    return a / 4294967296;
  };
  const out = idx.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function runFolds(data: PreparedData, fold: number[], config: TrainingConfig): Prediction[] {
  const preds: Prediction[] = [];
  const folds = [...new Set(fold)].sort((a, b) => a - b);
  for (const f of folds) {
    const trainIdx = fold.map((g, i) => (g === f ? -1 : i)).filter((i) => i >= 0);
    const p = predictor(fit(data, trainIdx, config));
    fold.forEach((g, i) => {
      if (g === f) preds.push({ index: i, fold: f, predicted: CATEGORIES[argmax(scores(p, data.gold[i].x))] });
    });
  }
  return preds.sort((a, b) => a.index - b.index);
}

type Prediction = { index: number; fold: number; predicted: string };

type Accuracy = { n: number; correct: number; accuracy: number };

const ratio = (correct: number, n: number): Accuracy => ({
  n,
  correct,
  accuracy: n ? Math.round((correct / n) * 10000) / 10000 : 0,
});

function accuracyOf(items: LabelledBlock[], preds: Prediction[], keep: (it: LabelledBlock) => boolean): Accuracy {
  const sel = preds.filter((p) => keep(items[p.index]));
  return ratio(sel.filter((p) => p.predicted === items[p.index].category).length, sel.length);
}

export type CvReport = ReturnType<typeof evaluate>;

const mean = (xs: number[]) => Math.round((xs.reduce((a, x) => a + x, 0) / xs.length) * 10000) / 10000;

function evaluate(
  items: LabelledBlock[],
  kfold: Prediction[],
  lofo: Prediction[],
  repeats: Prediction[][],
  seeds: number[],
  files: string[],
  config: TrainingConfig,
) {
  const isCore = (it: LabelledBlock) => CORE_CATEGORIES.includes(it.category);
  const all = () => true;
  const per_category: Record<string, { n: number; precision: number; recall: number; f1: number }> = {};
  const confusion: Record<string, Record<string, number>> = {};
  for (const cat of CATEGORIES) {
    const tp = kfold.filter((p) => p.predicted === cat && items[p.index].category === cat).length;
    const predicted = kfold.filter((p) => p.predicted === cat).length;
    const actual = items.filter((it) => it.category === cat).length;
    const r4 = (v: number) => Math.round(v * 10000) / 10000;
    const precision = predicted ? tp / predicted : 0;
    const recall = actual ? tp / actual : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    per_category[cat] = { n: actual, precision: r4(precision), recall: r4(recall), f1: r4(f1) };
    if (actual) {
      confusion[cat] = {};
      for (const p of kfold.filter((q) => items[q.index].category === cat))
        confusion[cat][p.predicted] = (confusion[cat][p.predicted] ?? 0) + 1;
    }
  }
  const foldIds = [...new Set(kfold.map((p) => p.fold))].sort((a, b) => a - b);
  return {
    folds: {
      method: `stratified ${config.folds}-fold by category (seed ${config.seed}); weak examples only from training folds`,
      sizes: foldIds.map((f) => kfold.filter((p) => p.fold === f).length),
      accuracy: foldIds.map(
        (f) =>
          accuracyOf(
            items,
            kfold.filter((p) => p.fold === f),
            all,
          ).accuracy,
      ),
    },
    accuracy: accuracyOf(items, kfold, all).accuracy,
    core_accuracy: accuracyOf(items, kfold, isCore).accuracy,
    headings: accuracyOf(items, kfold, (it) => it.block.kind === "heading"),
    paragraphs: accuracyOf(items, kfold, (it) => it.block.kind === "paragraph"),
    per_category,
    leave_one_file_out: {
      accuracy: accuracyOf(items, lofo, all).accuracy,
      core_accuracy: accuracyOf(items, lofo, isCore).accuracy,
      per_file: Object.fromEntries(
        files.map((f) => [
          f,
          accuracyOf(
            items,
            lofo.filter((p) => items[p.index].file === f),
            all,
          ),
        ]),
      ),
    },
    repeated_kfold: {
      seeds,
      accuracy: repeats.map((r) => accuracyOf(items, r, all).accuracy),
      core_accuracy: repeats.map((r) => accuracyOf(items, r, isCore).accuracy),
      mean_accuracy: mean(repeats.map((r) => accuracyOf(items, r, all).accuracy)),
      mean_core_accuracy: mean(repeats.map((r) => accuracyOf(items, r, isCore).accuracy)),
    },
    confusion,
    errors: kfold
      .filter((p) => p.predicted !== items[p.index].category)
      .map((p) => ({
        file: items[p.index].file.slice(0, 3),
        speech: items[p.index].speech,
        kind: items[p.index].block.kind,
        gold: items[p.index].category,
        predicted: p.predicted,
        text: items[p.index].block.text.slice(0, 40),
      })),
  };
}

/** Extra fold seeds for the repeated k-fold summary (the main report uses config.seed). */
export const REPEAT_SEEDS = [11, 23, 101, 202];

export type CvOptions = { leaveOneFileOut?: boolean; repeatSeeds?: number[] };

/**
 * Stratified k-fold with config.seed (the headline numbers, per-category figures and confusion matrix),
 * leave-one-file-out, and the same k-fold repeated with other fold seeds (to show the spread).
 */
export function crossValidate(
  config: TrainingConfig = DEFAULT_CONFIG,
  items = reconstructBlocks(loadFixture()),
  { leaveOneFileOut = true, repeatSeeds = REPEAT_SEEDS }: CvOptions = {},
): CvReport {
  const data = prepare(items, config);
  const kfold = runFolds(data, stratifiedFolds(items, config.folds, config.seed), config);
  const files = [...new Set(items.map((it) => it.file))].sort();
  const byFile = items.map((it) => files.indexOf(it.file));
  const lofo = leaveOneFileOut ? runFolds(data, byFile, config) : [];
  const repeats = [
    kfold,
    ...repeatSeeds.map((seed) => runFolds(data, stratifiedFolds(items, config.folds, seed), config)),
  ];
  return evaluate(items, kfold, lofo, repeats, [config.seed, ...repeatSeeds], files, config);
}

export function trainFinal(config: TrainingConfig = DEFAULT_CONFIG, items = reconstructBlocks(loadFixture())) {
  const data = prepare(items, config, true);
  const model = fit(
    data,
    items.map((_, i) => i),
    config,
  );
  return { model, names: data.names };
}

/**
 * The model file: weights as integers × weightScale, one line per feature, sorted by feature name, all-zero rows
 * dropped. The same inputs give the same bytes.
 */
export function serialise(model: LinearModel, names: Map<number, string>, config: TrainingConfig, cv: CvReport | null) {
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
      cv: cv && {
        folds: cv.folds.method,
        accuracy: cv.accuracy,
        core_accuracy: cv.core_accuracy,
        leave_one_file_out: {
          accuracy: cv.leave_one_file_out.accuracy,
          core_accuracy: cv.leave_one_file_out.core_accuracy,
        },
        repeated_kfold: {
          seeds: cv.repeated_kfold.seeds,
          mean_accuracy: cv.repeated_kfold.mean_accuracy,
          mean_core_accuracy: cv.repeated_kfold.mean_core_accuracy,
        },
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
  cv: CvReport | null,
): Promise<string> {
  const options = (await prettier.resolveConfig(MODEL_PATH)) ?? {};
  return prettier.format(serialise(model, names, config, cv), { ...options, filepath: MODEL_PATH });
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
