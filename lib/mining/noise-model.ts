// The learned noise decision for whole lines: logistic regression over the evidence of noise-line-features.ts,
// with weights trained by scripts/train-noise-model.ts from labelled lines (sample corpus and, when present, the
// hand-labelled real pages) and stored in noise-model.json (numbers only). It runs after the rules of noise.ts,
// on the lines they keep; each removal names its strongest evidence in Chinese.
import weights from "./noise-model.json" with { type: "json" };
import { docContext, FEATURE_KEYS, FEATURES, lineFeatures, speechSentence } from "./noise-line-features";
import { parseEnumerator } from "./outline-patterns";

/** The learned model's reason, followed by its strongest evidence and its confidence. */
export const MODEL_REASON = "网站杂质";
/** A line the learned model removed (not a rule: the model's judgement may be outweighed by a line's shape). */
export const byModel = (reason: string | null | undefined) => !!reason?.startsWith(`${MODEL_REASON}（`);

export type NoiseModel = {
  format: "noise-lines/1";
  features: string[];
  weights: number[];
  bias: number;
  /** Probability at or above which a line is removed. */
  threshold: number;
};

export const SHIPPED_MODEL = weights as NoiseModel;

let current: NoiseModel = SHIPPED_MODEL;

/** Runs `fn` with another model (the leave-one-file-out evaluation trains one per file). */
export function withNoiseModel<T>(model: NoiseModel, fn: () => T): T {
  const before = current;
  current = model;
  try {
    return fn();
  } finally {
    current = before;
  }
}

export function checkModel(model: NoiseModel): void {
  if (model.format !== "noise-lines/1" || model.features.join() !== FEATURE_KEYS.join())
    throw new Error("noise-model.json does not match the features of noise-line-features.ts: retrain it");
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function probability(model: NoiseModel, x: number[]): number {
  let z = model.bias;
  for (let k = 0; k < x.length; k++) z += model.weights[k]! * x[k]!;
  return sigmoid(z);
}

/** The feature that pushed hardest towards noise, as its Chinese name. */
export function strongestEvidence(model: NoiseModel, x: number[]): string {
  let best = -1;
  let bestValue = 0;
  for (let k = 0; k < x.length; k++) {
    const v = model.weights[k]! * x[k]!;
    if (v > bestValue) {
      bestValue = v;
      best = k;
    }
  }
  return best >= 0 ? FEATURES[best]![1] : "综合判断";
}

/** Two lines numbered in the same style, the second next after the first (1、 then 2、). */
function sameSeries(a: string, b: string): boolean {
  const x = parseEnumerator(a);
  const y = parseEnumerator(b);
  return !!x && !!y && x.family === y.family && y.n === x.n + 1;
}

function previousLine(texts: string[], i: number): number {
  let j = i - 1;
  while (j >= 0 && !texts[j]) j--;
  return j;
}

/** What keeps a line from the model (set by noise.ts): "fixed", never judged (a Word heading, a date or speaker
 *  line the structure stage reads, a line ending in a comma: a piece of a sentence), or "protected", removed only
 *  on strong evidence, PROTECTED_THRESHOLD (a title, heading or salutation shape, a line continuing a sentence
 *  from the line above, a line ending in a colon). */
export type LineGuard = "fixed" | "protected";
export const PROTECTED_THRESHOLD = 0.85;
export const SOLE_TITLE_THRESHOLD = 0.97;

/** Marks the lines the model calls noise: `verdict[i]` is set to a reason for each of them. Lines already
 *  decided by the rules, blank lines and fixed lines are left as they are. */
export function applyNoiseModel(
  texts: string[],
  verdict: (string | null)[],
  guard: (LineGuard | null)[],
  flowing?: ReadonlySet<number>,
): void {
  const model = current;
  const doc = docContext(texts, flowing);
  for (let i = 0; i < texts.length; i++) {
    // A paragraph that reads as the speech (sentences in its register, no site or editor's words) is left as it
    // is: no evidence the features measure outweighs that, and skipping it keeps the stage cheap.
    if (verdict[i] || !doc.texts[i] || guard[i] === "fixed" || (doc.body[i] && doc.texts[i]!.length >= 60)) continue;
    const x = lineFeatures(doc, i);
    const p = probability(model, x);
    // A protected shape, or a line that reads as the speech, needs strong evidence, unless it continues a numbered
    // series whose previous item is noise (1、2、3、 of a site's download notes are numbered like a speech's points).
    const prev = previousLine(doc.texts, i);
    const inNoiseSeries = prev >= 0 && !!verdict[prev] && sameSeries(doc.texts[prev]!, doc.texts[i]!);
    const strict = (guard[i] === "protected" || doc.body[i] || speechSentence(doc.texts[i]!)) && !inNoiseSeries;
    // The only line above the speech is nearly always its title, whatever it looks like (a file name, say).
    const soleTitle = i === doc.firstIndex && previousLine(doc.texts, doc.bodyStart) === i;
    const threshold = soleTitle ? SOLE_TITLE_THRESHOLD : strict ? PROTECTED_THRESHOLD : model.threshold;
    if (p >= Math.max(model.threshold, threshold))
      verdict[i] = `${MODEL_REASON}（${strongestEvidence(model, x)}，把握 ${Math.round(p * 100)}%）`;
  }
}
