// Training the block classifier: softmax regression by AdaGrad and complement naive Bayes, with seeded shuffling.
import { seededRandom as rng } from "../testing/seeded-random";
import type { FeatureVector } from "./classifier-features";
import type { LinearModel } from "./classifier-model";
import { FeatureIndex, softmaxInPlace } from "./classifier-scoring";

export type TrainingExample = { x: FeatureVector; label: number; weight: number };

export type SoftmaxOptions = {
  kind: "softmax";
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

export type ComplementNbOptions = { kind: "cnb"; alpha: number; minCount: number };

export type LearnerOptions = SoftmaxOptions | ComplementNbOptions;

/** The shared deterministic PRNG (mulberry32): same seed, same training order. */
export { rng };

export function shuffled<T>(items: readonly T[], random: () => number): T[] {
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

function trainSoftmax(examples: TrainingExample[], classes: string[], o: SoftmaxOptions): LinearModel {
  const c = classes.length;
  const ids = vocabulary(examples, o.minCount);
  const data = densify(examples, ids);
  balanceWeights(data, c, o.balance ?? 0);
  const { w, b } = adagrad(data, ids.length, c, o);
  return { classes, featureIds: ids, weights: Float32Array.from(w), bias: Float32Array.from(b) };
}

/** Per-example AdaGrad on the weighted cross-entropy; L2 acts on the active features of each example. */
function adagrad(data: DenseExample[], d: number, c: number, o: SoftmaxOptions) {
  const w = new Float64Array(d * c);
  const gw = new Float64Array(d * c);
  const b = new Float64Array(c);
  const gb = new Float64Array(c);
  const p = new Float64Array(c);
  const random = rng(o.seed);
  const eps = 1e-8;
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (const e of shuffled(data, random)) {
      for (let k = 0; k < c; k++) p[k] = b[k];
      for (let i = 0; i < e.cols.length; i++) {
        const base = e.cols[i] * c;
        const v = e.vals[i];
        for (let k = 0; k < c; k++) p[k] += v * w[base + k];
      }
      softmaxInPlace(p);
      for (let k = 0; k < c; k++) {
        const g = e.weight * (p[k] - (k === e.label ? 1 : 0));
        p[k] = g;
        gb[k] += g * g;
        b[k] -= (o.learningRate * g) / Math.sqrt(gb[k] + eps);
      }
      for (let i = 0; i < e.cols.length; i++) {
        const base = e.cols[i] * c;
        const v = e.vals[i];
        for (let k = 0; k < c; k++) {
          const j = base + k;
          const g = p[k] * v + o.l2 * w[j];
          gw[j] += g * g;
          w[j] -= (o.learningRate * g) / Math.sqrt(gw[j] + eps);
        }
      }
    }
  }
  return { w, b };
}

function trainComplementNb(examples: TrainingExample[], classes: string[], o: ComplementNbOptions): LinearModel {
  const c = classes.length;
  const ids = vocabulary(examples, o.minCount);
  const data = densify(examples, ids);
  const d = ids.length;
  const perClass = new Float64Array(d * c);
  const total = new Float64Array(d);
  const prior = new Float64Array(c);
  for (const e of data) {
    prior[e.label] += e.weight;
    for (let i = 0; i < e.cols.length; i++) {
      const v = Math.max(0, e.vals[i]) * e.weight;
      perClass[e.cols[i] * c + e.label] += v;
      total[e.cols[i]] += v;
    }
  }
  const sumAll = total.reduce((a, v) => a + v, 0);
  const classSum = new Float64Array(c);
  for (let f = 0; f < d; f++) for (let k = 0; k < c; k++) classSum[k] += perClass[f * c + k];
  const w = new Float64Array(d * c);
  for (let k = 0; k < c; k++) {
    const denom = sumAll - classSum[k] + o.alpha * d;
    let norm = 0;
    for (let f = 0; f < d; f++) {
      const comp = total[f] - perClass[f * c + k];
      const lw = Math.log((comp + o.alpha) / denom);
      w[f * c + k] = lw;
      norm += Math.abs(lw);
    }
    // Weight-normalised CNB (a class with more complement mass does not win by default), scaled by d so that
    // weights are of order 1 and survive quantisation.
    for (let f = 0; f < d; f++) w[f * c + k] = (-w[f * c + k] / norm) * d;
  }
  const bias = new Float32Array(c);
  for (let k = 0; k < c; k++) bias[k] = prior[k] > 0 ? 0 : -1;
  return { classes, featureIds: ids, weights: Float32Array.from(w), bias };
}

export function train(examples: TrainingExample[], classes: string[], options: LearnerOptions): LinearModel {
  switch (options.kind) {
    case "softmax":
      return trainSoftmax(examples, classes, options);
    case "cnb":
      return trainComplementNb(examples, classes, options);
  }
}
