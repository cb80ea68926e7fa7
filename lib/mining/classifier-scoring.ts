// Scoring with the shipped block classifier: the hash → row index, the packed runtime model and softmax.

/** Open-addressing table from feature hash to row, built once per model; key and row share a cache line. */
export class FeatureIndex {
  private readonly table: Int32Array;
  private readonly mask: number;
  /** One bit per 17-bit fingerprint of the keys: most n-grams of a text are in no model, and this small table (in
   *  the CPU's nearest cache) turns most of them away before the large one is read. */
  private readonly seen = new Int32Array(1 << 12);

  constructor(ids: Uint32Array) {
    for (const id of ids) {
      const f = FeatureIndex.fingerprint(id | 0);
      this.seen[f >>> 5] |= 1 << (f & 31);
    }
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

  private static fingerprint(id: number): number {
    return Math.imul(id, 0x9e3779b1) >>> 15;
  }

  private static slot(id: number): number {
    return Math.imul(id ^ (id >>> 15), 0x2c1b3c6d);
  }

  /** The row of a feature hash (signed or unsigned 32-bit), or -1. */
  row(id: number): number {
    const key = id | 0;
    const f = FeatureIndex.fingerprint(key);
    if ((this.seen[f >>> 5] & (1 << (f & 31))) === 0) return -1;
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
    if (r >= 0) this.addRow(r, value, acc);
  }

  /** The model's row of a feature hash, or -1 when it does not know the feature. */
  row(id: number): number {
    return this.index.row(id);
  }

  /** acc[k] += value × integer weight(row, k). */
  addRow(r: number, value: number, acc: Float64Array): void {
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
