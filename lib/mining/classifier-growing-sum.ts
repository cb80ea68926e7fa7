// A class-score sum of L2-normalised log counts of hashed features that grows one feature at a time (the text group
// of classifier-features.ts, read as a paragraph's half grows: classifier-part-scores.ts).
import { log1pCount } from "./classifier-feature-hashing";
import type { BlockClassifier } from "./classify";

/** Slots for a paragraph of about 2,000 characters (three n-gram orders) before the table grows. */
const USUAL_SIZE = 1 << 13;
/** A table grown for a long paragraph is kept up to this many slots (1.5 MB) and let go past it. */
const KEPT_SIZE = 1 << 17;

/**
 * Counts of hashed features, and the class scores they give once L2-normalised, kept up to date as features are
 * added: Σ w·log(1 + count) per class and Σ log(1 + count)² change by one feature's terms at each addition. One is
 * reset for each paragraph rather than allocated anew: typed arrays the size of a paragraph's n-grams, allocated for
 * each, keep the garbage collector busy.
 */
export class GrowingSum {
  private keys = new Int32Array(USUAL_SIZE);
  private counts = new Int32Array(USUAL_SIZE).fill(-1);
  private rows = new Int32Array(USUAL_SIZE);
  private used: number[] = [];
  private mask = USUAL_SIZE - 1;
  private weighted = new Float64Array(0);
  private squares = 0;
  private classifier: BlockClassifier | null = null;

  /** Empties the sum for the next paragraph (tables grown past KEPT_SIZE for a very long one are let go). */
  reset(classifier: BlockClassifier): this {
    if (this.keys.length > KEPT_SIZE) this.allocate(USUAL_SIZE);
    else for (const slot of this.used) this.counts[slot] = -1;
    this.used.length = 0;
    const classes = classifier.model.classes.length;
    if (this.weighted.length !== classes) this.weighted = new Float64Array(classes);
    else this.weighted.fill(0);
    this.squares = 0;
    this.classifier = classifier;
    return this;
  }

  add(hash: number): void {
    if (this.used.length * 2 >= this.keys.length) this.grow();
    const { keys, counts } = this;
    const slot = this.slotOf(hash);
    const model = this.classifier!.model;
    if (counts[slot] === -1) {
      keys[slot] = hash;
      counts[slot] = 0;
      this.rows[slot] = model.row(hash);
      this.used.push(slot);
    }
    const before = log1pCount(counts[slot]!);
    const after = log1pCount(++counts[slot]!);
    this.squares += after * after - before * before;
    if (this.rows[slot]! >= 0) model.addRow(this.rows[slot]!, after - before, this.weighted);
  }

  /** The slot holding `hash`, or the empty one where it goes. */
  private slotOf(hash: number): number {
    let slot = Math.imul(hash ^ (hash >>> 16), 0x45d9f3b) & this.mask;
    while (this.counts[slot] !== -1 && this.keys[slot] !== hash) slot = (slot + 1) & this.mask;
    return slot;
  }

  private allocate(size: number): void {
    this.keys = new Int32Array(size);
    this.counts = new Int32Array(size).fill(-1);
    this.rows = new Int32Array(size);
    this.mask = size - 1;
  }

  /** Twice the table, the features it holds placed again. */
  private grow(): void {
    const { keys, counts, rows, used } = this;
    this.allocate(keys.length * 2);
    this.used = used.map((old) => {
      const slot = this.slotOf(keys[old]!);
      this.keys[slot] = keys[old]!;
      this.counts[slot] = counts[old]!;
      this.rows[slot] = rows[old]!;
      return slot;
    });
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
