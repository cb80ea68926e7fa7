// The learner behind the block classifier: multinomial logistic regression (softmax, L2) trained by AdaGrad over
// weighted examples, seeded (the same inputs give the same model), its quantised shipped form, and prediction
// with a trained model during cross-validation. Training only: the runtime scores the model file through
// lib/mining/classifier-scoring.ts.
import { FeatureIndex, softmaxInPlace } from "../lib/mining/classifier-scoring";
import type { FeatureVector } from "../lib/mining/classifier-features";
import { seededRandom } from "../lib/testing/seeded-random";

/** A linear model over hashed features: score_c = bias_c + Σ value_f · weights[row_f · C + c]. */
export type LinearModel = {
  classes: string[];
  /** Feature hashes, sorted ascending; row i of `weights` belongs to featureIds[i]. */
  featureIds: Uint32Array;
  weights: Float32Array;
  bias: Float32Array;
};

export type TrainingExample = { x: FeatureVector; label: number; weight: number };

export type LearnerOptions = {
  epochs: number;
  /** L2 strength, applied to the weights of each active feature at every step. */
  l2: number;
  learningRate: number;
  seed: number;
  /** Keep only features seen in at least this many training examples. */
  minCount: number;
  /** Re-weight classes by (mean class weight / class weight)^balance; 0 = off. */
  balance?: number;
};

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Dense column ids for the features kept for training (seen in ≥ minCount examples), in ascending hash order. */
function vocabulary(examples: TrainingExample[], minCount: number): Uint32Array {
  const df = new Map<number, number>();
  for (const e of examples) for (const id of e.x.ids) df.set(id, (df.get(id) ?? 0) + 1);
  const kept = [...df].filter(([, n]) => n >= minCount).map(([id]) => id);
  return Uint32Array.from(kept).sort();
}

type DenseExample = { cols: Int32Array; vals: Float64Array; label: number; weight: number };

function densify(examples: TrainingExample[], ids: Uint32Array): DenseExample[] {
  const index = new FeatureIndex(ids);
  return examples.map((e) => {
    const cols: number[] = [];
    const vals: number[] = [];
    e.x.ids.forEach((id, i) => {
      const r = index.row(id);
      if (r >= 0) {
        cols.push(r);
        vals.push(e.x.values[i]);
      }
    });
    return { cols: Int32Array.from(cols), vals: Float64Array.from(vals), label: e.label, weight: e.weight };
  });
}

function balanceWeights(data: DenseExample[], c: number, balance: number): void {
  if (!balance) return;
  const mass = new Float64Array(c);
  for (const e of data) mass[e.label] += e.weight;
  const present = mass.filter((m) => m > 0);
  const mean = present.reduce((a, m) => a + m, 0) / present.length;
  for (const e of data) e.weight *= Math.pow(mean / mass[e.label], balance);
}

/** Per-example AdaGrad on the weighted cross-entropy; L2 acts on the active features of each example. (The options
 *  are read into locals once: the loops run some hundred million times in cross-validation.) */
function adagrad(data: DenseExample[], d: number, c: number, o: LearnerOptions) {
  const w = new Float64Array(d * c);
  const gw = new Float64Array(d * c);
  const b = new Float64Array(c);
  const gb = new Float64Array(c);
  const p = new Float64Array(c);
  const random = seededRandom(o.seed);
  const eps = 1e-8;
  const lr = o.learningRate;
  const l2 = o.l2;
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (const e of shuffled(data, random)) {
      const cols = e.cols;
      const vals = e.vals;
      const n = cols.length;
      for (let k = 0; k < c; k++) p[k] = b[k];
      for (let i = 0; i < n; i++) {
        const base = cols[i] * c;
        const v = vals[i];
        for (let k = 0; k < c; k++) p[k] += v * w[base + k];
      }
      softmaxInPlace(p);
      for (let k = 0; k < c; k++) {
        const g = e.weight * (p[k] - (k === e.label ? 1 : 0));
        p[k] = g;
        gb[k] += g * g;
        b[k] -= (lr * g) / Math.sqrt(gb[k] + eps);
      }
      for (let i = 0; i < n; i++) {
        const base = cols[i] * c;
        const v = vals[i];
        for (let k = 0; k < c; k++) {
          const j = base + k;
          const wj = w[j];
          const g = p[k] * v + l2 * wj;
          const acc = gw[j] + g * g;
          gw[j] = acc;
          w[j] = wj - (lr * g) / Math.sqrt(acc + eps);
        }
      }
    }
  }
  return { w, b };
}

/** Softmax regression on the weighted examples: the features seen often enough, balanced classes, AdaGrad. */
export function train(examples: TrainingExample[], classes: string[], o: LearnerOptions): LinearModel {
  const c = classes.length;
  const ids = vocabulary(examples, o.minCount);
  const data = densify(examples, ids);
  balanceWeights(data, c, o.balance ?? 0);
  const { w, b } = adagrad(data, ids.length, c, o);
  return { classes, featureIds: ids, weights: Float32Array.from(w), bias: Float32Array.from(b) };
}

/**
 * The shipped form of a model: each feature's weights centred on their mean (softmax ignores a shift common to
 * all classes) and rounded to `step`, so the file is small and cross-validation measures exactly what is shipped.
 */
export function quantize(model: LinearModel, step: number): LinearModel {
  const c = model.classes.length;
  const round = (v: number) => Math.round(v / step) * step;
  const weights = new Float32Array(model.weights.length);
  for (let r = 0; r < model.featureIds.length; r++) {
    let m = 0;
    for (let k = 0; k < c; k++) m += model.weights[r * c + k] / c;
    for (let k = 0; k < c; k++) weights[r * c + k] = round(model.weights[r * c + k] - m);
  }
  let mb = 0;
  for (let k = 0; k < c; k++) mb += model.bias[k] / c;
  const bias = Float32Array.from(model.bias, (v) => round(v - mb));
  return { ...model, weights, bias };
}

/** Class probabilities of a feature vector under a trained model (the runtime's PackedModel does the same). */
export function predictProba(model: LinearModel, index: FeatureIndex, x: FeatureVector): Float64Array {
  const { weights, bias, classes } = model;
  const c = classes.length;
  const s = Float64Array.from(bias);
  for (let i = 0; i < x.ids.length; i++) {
    const r = index.row(x.ids[i]);
    if (r < 0) continue;
    const base = r * c;
    for (let k = 0; k < c; k++) s[k] += x.values[i] * weights[base + k];
  }
  return softmaxInPlace(s);
}

/** A predictor for one trained model: its feature index is built once. */
export function predictor(model: LinearModel): (x: FeatureVector) => Float64Array {
  const index = new FeatureIndex(model.featureIds);
  return (x) => predictProba(model, index, x);
}

export function argmax(s: ArrayLike<number>): number {
  let best = 0;
  for (let k = 1; k < s.length; k++) if (s[k] > s[best]) best = k;
  return best;
}
