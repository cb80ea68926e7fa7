// A class-score sum of L2-normalised log counts of hashed features that grows one feature at a time (the text group
// of classifier-features.ts, read as a paragraph's half grows: classifier-part-scores.ts).
import type { BlockClassifier } from "./classify";

/** log(1 + n) for the small counts most features have. */
const LOG1P = Float64Array.from({ length: 64 }, (_, n) => Math.log1p(n));
const log1p = (n: number) => (n < LOG1P.length ? LOG1P[n]! : Math.log1p(n));

/**
 * Counts of hashed features, and the class scores they give once L2-normalised, kept up to date as features are
 * added: Σ w·log(1 + count) per class and Σ log(1 + count)² change by one feature's terms at each addition. One is
 * reset for each paragraph rather than allocated: typed arrays the size of a long paragraph's n-grams, allocated
 * for each, keep the garbage collector busy.
 */
export class GrowingSum {
  private keys = new Int32Array(1024);
  private counts = new Int32Array(1024).fill(-1);
  private rows = new Int32Array(1024);
  private used: number[] = [];
  private mask = 1023;
  private weighted = new Float64Array(0);
  private squares = 0;
  private classifier: BlockClassifier | null = null;

  /** Empties the sum for a paragraph of up to `features` distinct features. */
  reset(classifier: BlockClassifier, features: number): this {
    for (const slot of this.used) this.counts[slot] = -1;
    this.used.length = 0;
    if (features * 2 > this.keys.length) {
      let size = this.keys.length;
      while (size < features * 2) size <<= 1;
      this.keys = new Int32Array(size);
      this.counts = new Int32Array(size).fill(-1);
      this.rows = new Int32Array(size);
      this.mask = size - 1;
    }
    const classes = classifier.model.classes.length;
    if (this.weighted.length !== classes) this.weighted = new Float64Array(classes);
    else this.weighted.fill(0);
    this.squares = 0;
    this.classifier = classifier;
    return this;
  }

  add(hash: number): void {
    const { keys, counts } = this;
    let slot = Math.imul(hash ^ (hash >>> 16), 0x45d9f3b) & this.mask;
    while (counts[slot] !== -1 && keys[slot] !== hash) slot = (slot + 1) & this.mask;
    const model = this.classifier!.model;
    if (counts[slot] === -1) {
      keys[slot] = hash;
      counts[slot] = 0;
      this.rows[slot] = model.row(hash);
      this.used.push(slot);
    }
    const before = log1p(counts[slot]!);
    const after = log1p(++counts[slot]!);
    this.squares += after * after - before * before;
    if (this.rows[slot]! >= 0) model.addRow(this.rows[slot]!, after - before, this.weighted);
  }

  /** The group's contribution to each class's score as it stands. */
  scores(): Float64Array {
    const out = new Float64Array(this.weighted.length);
    if (this.squares > 0) {
      const k = 1 / Math.sqrt(this.squares);
      for (let c = 0; c < out.length; c++) out[c] = this.weighted[c]! * k;
    }
    return out;
  }
}
