// The learner behind the block classifier: multinomial logistic regression (softmax, L2) trained by AdaGrad over
// weighted examples, plus complement naive Bayes for comparison. Plain functions, no dependencies, deterministic
// for a given seed. Features are the hashed sparse vectors of classifier-features.ts.
import type { FeatureVector } from "./classifier-features";

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

/** A linear model over hashed features: score_c = bias_c + Σ value_f · weights[row_f · C + c]. */
export type LinearModel = {
  classes: string[];
  /** Feature hashes, sorted ascending; row i of `weights` belongs to featureIds[i]. */
  featureIds: Uint32Array;
  weights: Float32Array;
  bias: Float32Array;
};

/** Deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Open-addressing table from feature hash to row, built once per model; key and row share a cache line. */
export class FeatureIndex {
  private readonly table: Int32Array;
  private readonly mask: number;

  constructor(ids: Uint32Array) {
    let size = 16;
    while (size < ids.length * 2) size <<= 1;
    this.table = new Int32Array(size * 2).fill(-1);
    this.mask = size - 1;
    for (let r = 0; r < ids.length; r++) {
      let slot = FeatureIndex.slot(ids[r] | 0);
      for (;;) {
        slot &= this.mask;
        if (this.table[slot * 2 + 1] === -1) {
          this.table[slot * 2] = ids[r] | 0;
          this.table[slot * 2 + 1] = r;
          break;
        }
        slot++;
      }
    }
  }

  private static slot(id: number): number {
    return Math.imul(id ^ (id >>> 15), 0x2c1b3c6d);
  }

  /** The row of a feature hash (signed or unsigned 32-bit), or -1. */
  row(id: number): number {
    const key = id | 0;
    let slot = FeatureIndex.slot(key);
    for (;;) {
      slot &= this.mask;
      const r = this.table[slot * 2 + 1];
      if (r === -1 || this.table[slot * 2] === key) return r;
      slot++;
    }
  }
}

/**
 * A linear model prepared for fast scoring: a hash → row table and the weights as small integers (× scale), which
 * keeps the rows of a typical model in the CPU cache.
 */
export class PackedModel {
  readonly classes: string[];
  readonly bias: Float64Array;
  readonly scale: number;
  private readonly index: FeatureIndex;
  private readonly weights: Int16Array | Int32Array;
  private readonly c: number;

  /** `weights` and `bias` are integers; the real values are integer × scale. */
  constructor(
    classes: string[],
    featureIds: Uint32Array,
    weights: ArrayLike<number>,
    bias: ArrayLike<number>,
    scale: number,
  ) {
    this.classes = classes;
    this.c = classes.length;
    this.scale = scale;
    this.bias = Float64Array.from(bias, (v) => v * scale);
    this.index = new FeatureIndex(featureIds);
    let max = 0;
    for (let i = 0; i < weights.length; i++) max = Math.max(max, Math.abs(weights[i]));
    this.weights = max < 32768 ? Int16Array.from(weights) : Int32Array.from(weights);
  }

  /** acc[k] += value × integer weight(id, k) when the model knows the feature; scores are bias + scale × acc. */
  accumulate(id: number, value: number, acc: Float64Array): void {
    const r = this.index.row(id);
    if (r < 0) return;
    const { weights, c } = this;
    const base = r * c;
    if (c === 10) {
      // The default taxonomy: unrolled, the common case.
      acc[0] += value * weights[base];
      acc[1] += value * weights[base + 1];
      acc[2] += value * weights[base + 2];
      acc[3] += value * weights[base + 3];
      acc[4] += value * weights[base + 4];
      acc[5] += value * weights[base + 5];
      acc[6] += value * weights[base + 6];
      acc[7] += value * weights[base + 7];
      acc[8] += value * weights[base + 8];
      acc[9] += value * weights[base + 9];
      return;
    }
    for (let k = 0; k < c; k++) acc[k] += value * weights[base + k];
  }
}

/** A model ready for prediction. */
export type Predictor = { model: LinearModel; index: FeatureIndex };

export function predictor(model: LinearModel): Predictor {
  return { model, index: new FeatureIndex(model.featureIds) };
}

/** Linear scores per class. */
export function scores(p: Predictor, x: FeatureVector, out?: Float64Array): Float64Array {
  const { weights, bias, classes } = p.model;
  const c = classes.length;
  const s = out ?? new Float64Array(c);
  for (let k = 0; k < c; k++) s[k] = bias[k];
  for (let i = 0; i < x.ids.length; i++) {
    const r = p.index.row(x.ids[i]);
    if (r < 0) continue;
    const v = x.values[i];
    const base = r * c;
    for (let k = 0; k < c; k++) s[k] += v * weights[base + k];
  }
  return s;
}

export function softmaxInPlace(s: Float64Array): Float64Array {
  let max = -Infinity;
  for (let k = 0; k < s.length; k++) if (s[k] > max) max = s[k];
  let sum = 0;
  for (let k = 0; k < s.length; k++) {
    s[k] = Math.exp(s[k] - max);
    sum += s[k];
  }
  for (let k = 0; k < s.length; k++) s[k] /= sum;
  return s;
}

/** Class probabilities (softmax of the linear scores). */
export function predictProba(p: Predictor, x: FeatureVector): Float64Array {
  return softmaxInPlace(scores(p, x));
}

export function argmax(s: ArrayLike<number>): number {
  let best = 0;
  for (let k = 1; k < s.length; k++) if (s[k] > s[best]) best = k;
  return best;
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

/**
 * The shipped form of a model: each feature's weights centred on their mean (softmax ignores a shift common to
 * all classes) and rounded to `step`, so the file is small and CV measures exactly what is shipped.
 */
export function quantize(model: LinearModel, step = 1e-3): LinearModel {
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

export function train(examples: TrainingExample[], classes: string[], options: LearnerOptions): LinearModel {
  switch (options.kind) {
    case "softmax":
      return trainSoftmax(examples, classes, options);
    case "cnb":
      return trainComplementNb(examples, classes, options);
  }
}
