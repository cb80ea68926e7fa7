// Hashed feature accumulation for the block classifier: FNV-1a ids, the per-group count table, n-gram/word/flag adders.
import type { FeatureSink } from "./classifier-features";
import { normalCode } from "./classifier-text";

const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

function fnvString(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

/** The hash of a feature name, as used in the model file. */
export function featureHash(name: string): number {
  return fnvString(FNV_OFFSET, name) >>> 0;
}

/** A linear model that scores features as a group is flushed (PackedModel in classifier-scoring.ts). */
export interface RowScorer {
  /** The model's row of a feature hash, or -1. */
  row(id: number): number;
  /** acc[k] += value × weight(row, k). */
  addRow(row: number, value: number, acc: Float64Array): void;
}

/** Where the runtime's features go: straight into the class scores of one block. */
export type FeatureScores = { model: RowScorer; acc: Float64Array };

/**
 * Counts features of one group, then emits them to a sink with sub-linear term frequency and the group's
 * L2 norm. One open-addressing table is reused for every group (extraction is synchronous).
 * `names` (training only) records hash → readable name for the model file.
 */
export class Group {
  // Hashes are kept as signed 32-bit integers so that V8 never boxes them.
  private keys = new Int32Array(1024);
  private counts = new Float64Array(1024);
  private used = new Int32Array(1024);
  /** score's scratch: the model row of each used slot. */
  private rows = new Int32Array(0);
  private mask = 1023;
  private limit = 512;
  private size = 0;
  names: Map<number, string> | undefined;

  add(hash: number, count: number): void {
    const id = hash | 0;
    const mask = this.mask;
    let slot = Math.imul(id ^ (id >>> 16), 0x45d9f3b);
    for (;;) {
      slot &= mask;
      if (this.counts[slot] === 0) {
        this.keys[slot] = id;
        this.counts[slot] = count;
        this.used[this.size++] = slot;
        if (this.size > this.limit) this.grow();
        return;
      }
      if (this.keys[slot] === id) {
        this.counts[slot] += count;
        return;
      }
      slot++;
    }
  }

  name(hash: number, name: () => string): void {
    const id = hash >>> 0;
    if (this.names && !this.names.has(id)) this.names.set(id, name());
  }

  /** Emits log(1 + tf) scaled to L2 norm `norm` (or the raw values when norm is null) and clears the group. */
  flush(sink: FeatureSink, norm: number | null): void {
    const { keys, counts, used, size } = this;
    let k = 1;
    if (norm !== null) {
      let sq = 0;
      for (let i = 0; i < size; i++) {
        const n = counts[used[i]];
        const v = n < LOG1P.length && n === (n | 0) ? LOG1P[n] : Math.log1p(n);
        counts[used[i]] = v;
        sq += v * v;
      }
      k = sq > 0 ? norm / Math.sqrt(sq) : 0;
    }
    for (let i = 0; i < size; i++) {
      const slot = used[i];
      if (k > 0) sink(keys[slot], counts[slot] * k);
      counts[slot] = 0;
    }
    this.size = 0;
  }

  /**
   * flush into a model's scores: the same values, added in the same order, as flush(sink) with a sink that
   * accumulates each feature the model knows. The rows are looked up in the first pass, one independent of the
   * next, so that the CPU fetches several from memory at once, and scored in the second.
   */
  score(into: FeatureScores, norm: number | null): void {
    const { keys, counts, used, size } = this;
    if (this.rows.length < size) this.rows = new Int32Array(this.used.length);
    const { rows } = this;
    const { model, acc } = into;
    let k = 1;
    if (norm !== null) {
      let sq = 0;
      for (let i = 0; i < size; i++) {
        const slot = used[i];
        const n = counts[slot];
        const v = n < LOG1P.length && n === (n | 0) ? LOG1P[n] : Math.log1p(n);
        counts[slot] = v;
        sq += v * v;
        rows[i] = model.row(keys[slot]);
      }
      k = sq > 0 ? norm / Math.sqrt(sq) : 0;
    } else {
      for (let i = 0; i < size; i++) rows[i] = model.row(keys[used[i]]);
    }
    for (let i = 0; i < size; i++) {
      const slot = used[i];
      if (k > 0 && rows[i] >= 0) model.addRow(rows[i], counts[slot] * k, acc);
      counts[slot] = 0;
    }
    this.size = 0;
  }

  private grow(): void {
    const { keys, counts, used, size } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.counts = new Float64Array(keys.length * 2);
    this.used = new Int32Array(keys.length * 2);
    this.mask = keys.length * 2 - 1;
    this.limit = keys.length;
    this.size = 0;
    for (let i = 0; i < size; i++) this.add(keys[used[i]], counts[used[i]]);
  }
}

/** log(1 + n) for small integer counts. */
const LOG1P = Float64Array.from({ length: 64 }, (_, n) => Math.log1p(n));

/** log(1 + n) of a count: the table's value for a small one (the same as Math.log1p's). */
export const log1pCount = (n: number): number => (n < LOG1P.length ? LOG1P[n]! : Math.log1p(n));

const codes = { buf: new Int32Array(1024) };

/**
 * All n-grams of the given orders of the normalised text (see normalCode) that do not cross a boundary, hashed
 * in one pass: an n-gram's hash extends its prefix's.
 */
export function addNgrams(g: Group, prefix: string, text: string, orders: number[]): void {
  if (codes.buf.length < text.length) codes.buf = new Int32Array(text.length * 2);
  const buf = codes.buf;
  let len = 0;
  for (let i = 0; i < text.length; i++) {
    const c = normalCode(text.charCodeAt(i));
    if (c >= 0) buf[len++] = c;
  }
  const base = fnvString(FNV_OFFSET, prefix);
  const named = g.names !== undefined;
  let maxN = 0;
  let wanted = 0;
  for (const n of orders) {
    maxN = Math.max(maxN, n);
    wanted |= 1 << n;
  }
  for (let i = 0; i < len; i++) {
    let h = base;
    for (let n = 1; n <= maxN && i + n <= len; n++) {
      const c = buf[i + n - 1];
      if (c === 0x20) break;
      h = Math.imul(h ^ c, FNV_PRIME);
      if (wanted & (1 << n)) {
        g.add(h, 1);
        if (named) g.name(h, () => prefix + String.fromCharCode(...buf.subarray(i, i + n)));
      }
    }
  }
}

export function addWords(g: Group, prefix: string, words: string[]): void {
  const base = fnvString(FNV_OFFSET, prefix);
  for (const w of words) {
    const h = fnvString(base, w);
    g.add(h, 1);
    if (g.names) g.name(h, () => prefix + w);
  }
}

export function addFlag(g: Group, name: string, value: number): void {
  const h = featureHash(name);
  g.add(h, value);
  g.name(h, () => name);
}
