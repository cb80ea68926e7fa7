// Training examples of the block classifier (gold, weak and taxonomy) as feature vectors, and the fit on a subset.
import { readFileSync } from "node:fs";
import { DEFAULT_TAXONOMY } from "../lib/categories/default-taxonomy";
import { extractFeatures, stripNumbering, type FeatureBlock } from "../lib/mining/classifier-features";
import { AUTHORED, CATEGORIES, WEIGHT_STEP, type TrainingConfig } from "./classifier-config";
import type { LabelledBlock } from "./classifier-fixture";
import { quantize, train, type LinearModel, type TrainingExample } from "./classifier-learner";

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

/**
 * Weak examples written for the project, for the categories the fixture lacks (宣传培训) or has few of; always
 * in training, never evaluated. Where they would sit: 开场 early, 结尾 as the closing, the rest in the body, under
 * the example's `heading` when it has one (a paragraph whose section heading points elsewhere: a situation
 * described under 提高认识).
 */
export function authoredExamples(weight: number, file = AUTHORED): Weighted[] {
  if (weight <= 0) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => {
      const { category, text, heading } = JSON.parse(l) as { category: string; text: string; heading?: string };
      const role = category === "结尾" ? "closing" : "body";
      const position = category === "开场" ? 2 : category === "结尾" ? 20 : 5;
      const headingPath = heading && role === "body" ? [heading] : [];
      const block: FeatureBlock = { kind: "paragraph", level: null, text, headingPath, role, position };
      return { block, category, weight };
    });
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
    const sentences = block.text.split(/(?<=[。！？；!?;])/).filter((s) => s.length >= 12);
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
  /** The taxonomy's and the authored examples: in every training set. */
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
    taxonomy: [...taxonomyExamples(config.weak.taxonomy), ...authoredExamples(config.weak.authored ?? 0)].map(
      toExample,
    ),
    names: names ?? new Map(),
  };
}

/** Trains on the entries `trainIdx` (real pages' weighted by realWeight), their weak examples and the taxonomy's. */
export function fit(data: PreparedData, trainIdx: number[], config: TrainingConfig): LinearModel {
  const examples = [...data.taxonomy];
  for (const i of trainIdx) {
    const k = data.items[i].source === "real" ? config.realWeight : 1;
    const scaled = (e: TrainingExample) => (k === 1 ? e : { ...e, weight: e.weight * k });
    examples.push(scaled(data.gold[i]), ...data.weak[i].map(scaled));
  }
  return quantize(train(examples, CATEGORIES, config.learner), WEIGHT_STEP);
}
