// Feature extraction for the block classifier, shared by training (scripts/train-classifier.ts) and runtime
// (lib/mining/classify.ts). A block becomes a sparse vector of hashed features in four groups:
//   text     char 1–3-grams ("t:") of the block itself, optionally jieba words ("w:")           (L2 norm 1)
//   heading  the nearest enclosing heading, twice: in its own space ("h:" char bigrams, "hw:" jieba words, norm
//            headingWeight) and in the text's space ("t:", norm sharedHeadingWeight), so that a heading is
//            read with what paragraphs taught; both × headingContextScale when the block is itself a heading
//   signals  per category, how many of the taxonomy's signal words the block ("s:") and its heading ("hs:") contain
//   struct   kind, level, role, depth, position, length bucket, first two characters      (binary × structWeight)
// The heading is evidence, not the answer: it has a lower weight than the text and is ignored for opening and
// closing blocks, which stand outside the numbered sections.
// Feature ids are 32-bit FNV-1a hashes of the feature name ("t:隐患", "h:责任", "s:形势分析", …); n-gram hashes
// are computed from the characters without building the name. The heading groups are the same for every block
// of a section, so they are memoised by heading text.
import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict.js";
import type { ParsedBlock } from "./types";

export type FeatureConfig = {
  /** Character n-gram orders taken from the block text, e.g. [1, 2, 3]. */
  charNgrams: number[];
  /** Add jieba words (length ≥ 2) of the block text and of the shared heading group. */
  words: boolean;
  /** Character n-gram orders for the heading's own feature space. */
  headingNgrams: number[];
  /** Add jieba words of the heading to its own feature space. */
  headingWords: boolean;
  headingWeight: number;
  sharedHeadingWeight: number;
  /** Factor on the heading weights when the block is a heading (a heading is mostly its own wording). */
  headingContextScale: number;
  signalWeight: number;
  structWeight: number;
  /** Category key → signal words (the taxonomy at training time). */
  signals: Record<string, string[]>;
};

/** The part of a ParsedBlock the classifier looks at. */
export type FeatureBlock = Pick<ParsedBlock, "kind" | "level" | "text" | "headingPath" | "role" | "position">;

/** Sparse vector: parallel arrays of feature hashes (as int32) and values (a hash may repeat across groups). */
export type FeatureVector = { ids: number[]; values: number[] };

/** Receives the features of a block one by one (the runtime scores them directly, training collects them). */
export type FeatureSink = (id: number, value: number) => void;

const collector =
  (out: FeatureVector): FeatureSink =>
  (id, value) => {
    out.ids.push(id);
    out.values.push(value);
  };

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function fnvString(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

/** The hash of a feature name, as used in the model file. */
export function featureHash(name: string): number {
  return fnvString(FNV_OFFSET, name) >>> 0;
}

// Leading outline numbers carry the level, not the topic: 一、 （一） (一) 第一， 一是 一要 1. （1）
const NUMBERING =
  /^\s*(?:[（(]\s*[一二三四五六七八九十\d]+\s*[)）]|第[一二三四五六七八九十]+[，,、：:]?|[一二三四五六七八九十]+[、．.]|[一二三四五六七八九十]+(?:是要|是|要)|\d+[、．.]|[（(]\d+[)）])\s*/;

export function stripNumbering(text: string): string {
  return text.replace(NUMBERING, "");
}

/**
 * The normalised form of one UTF-16 code unit: CJK characters as they are, digits → "0", placeholders (X × * and
 * their full-width forms) → "X", Latin letters lower-cased, whitespace → -1 (dropped), anything else → a space
 * (a boundary that n-grams do not cross).
 */
function normalCode(c: number): number {
  if (c >= 0x4e00 && c <= 0x9fff) return c;
  if ((c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19)) return 0x30;
  if (c === 0x58 || c === 0x78 || c === 0xd7 || c === 0x2a || c === 0xff0a || c === 0xff38) return 0x58;
  if (c >= 0x41 && c <= 0x5a) return c + 0x20;
  if (c >= 0x61 && c <= 0x7a) return c;
  if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x3000 || c === 0xa0) return -1;
  return 0x20;
}

/** The text as the n-grams see it (see normalCode). */
export function normalizeText(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = normalCode(text.charCodeAt(i));
    if (c >= 0) out += String.fromCharCode(c);
  }
  return out;
}

let jiebaInstance: Jieba | null = null;

/** The jieba segmenter with its default dictionary, loaded once. */
export function segmenter(): Jieba {
  if (!jiebaInstance) jiebaInstance = Jieba.withDict(dict);
  return jiebaInstance;
}

/** jieba words of length ≥ 2 (single characters are unigrams already; spaces are boundaries). */
function segment(normalised: string): string[] {
  return segmenter()
    .cut(normalised, false)
    .filter((w) => w.length >= 2 && !w.includes(" "));
}

/**
 * Counts features of one group, then emits them to a sink with sub-linear term frequency and the group's
 * L2 norm. One open-addressing table is reused for every group (extraction is synchronous).
 * `names` (training only) records hash → readable name for the model file.
 */
class Group {
  // Hashes are kept as signed 32-bit integers so that V8 never boxes them.
  private keys = new Int32Array(1024);
  private counts = new Float64Array(1024);
  private used = new Int32Array(1024);
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

const group = new Group();

/** log(1 + n) for small integer counts. */
const LOG1P = Float64Array.from({ length: 64 }, (_, n) => Math.log1p(n));

const codes = { buf: new Int32Array(1024) };

/**
 * All n-grams of the given orders of the normalised text (see normalCode) that do not cross a boundary, hashed
 * in one pass: an n-gram's hash extends its prefix's.
 */
function addNgrams(g: Group, prefix: string, text: string, orders: number[]): void {
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

function addWords(g: Group, prefix: string, words: string[]): void {
  const base = fnvString(FNV_OFFSET, prefix);
  for (const w of words) {
    const h = fnvString(base, w);
    g.add(h, 1);
    if (g.names) g.name(h, () => prefix + w);
  }
}

function addFlag(g: Group, name: string, value: number): void {
  const h = featureHash(name);
  g.add(h, value);
  g.name(h, () => name);
}

/** Signal words indexed by their first character, for one scan of the text. */
type SignalIndex = {
  categories: string[];
  /** Bit set over UTF-16 code units: does some signal word start with this character? */
  starts: Uint8Array;
  byFirst: Map<number, { word: string; id: number; category: number }[]>;
  count: number;
};

const signalIndexCache = new WeakMap<FeatureConfig, SignalIndex>();

function signalIndex(config: FeatureConfig): SignalIndex {
  let index = signalIndexCache.get(config);
  if (index) return index;
  const categories = Object.keys(config.signals);
  const byFirst: SignalIndex["byFirst"] = new Map();
  const starts = new Uint8Array(8192);
  let count = 0;
  categories.forEach((key, category) => {
    for (const word of new Set(config.signals[key])) {
      if (!word) continue;
      const first = word.charCodeAt(0);
      starts[first >> 3] |= 1 << (first & 7);
      byFirst.set(first, [...(byFirst.get(first) ?? []), { word, id: count++, category }]);
    }
  });
  index = { categories, starts, byFirst, count };
  signalIndexCache.set(config, index);
  return index;
}

/** Adds one flag per category whose signal words occur in the text: prefix + category, value(distinct words). */
function addSignals(g: Group, text: string, config: FeatureConfig, prefix: string, value: (n: number) => number) {
  const index = signalIndex(config);
  let seen: Uint8Array | null = null;
  let counts: number[] | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!(index.starts[c >> 3] & (1 << (c & 7)))) continue;
    for (const s of index.byFirst.get(c) ?? []) {
      seen ??= new Uint8Array(index.count);
      counts ??= new Array<number>(index.categories.length).fill(0);
      if (!seen[s.id] && text.startsWith(s.word, i)) {
        seen[s.id] = 1;
        counts[s.category]++;
      }
    }
  }
  counts?.forEach((n, k) => {
    if (n > 0) addFlag(g, prefix + index.categories[k], value(n));
  });
}

function lengthBucket(n: number): string {
  return n < 15 ? "xs" : n < 40 ? "s" : n < 120 ? "m" : n < 400 ? "l" : "xl";
}

const compact = (s: string) => (/\s/.test(s) ? s.replace(/\s+/g, "") : s);

/** The heading groups (and heading signals) of one heading, at one scale. */
function headingFeatures(heading: string, scale: number, config: FeatureConfig): FeatureVector {
  const out: FeatureVector = { ids: [], values: [] };
  const sink = collector(out);
  const text = stripNumbering(heading);
  const words = config.headingWords || config.words ? segment(normalizeText(text)) : [];
  if (config.headingWeight > 0) {
    addNgrams(group, "h:", text, config.headingNgrams);
    if (config.headingWords) addWords(group, "hw:", words);
    group.flush(sink, scale * config.headingWeight);
  }
  if (config.sharedHeadingWeight > 0) {
    addNgrams(group, "t:", text, config.charNgrams);
    if (config.words) addWords(group, "w:", words);
    group.flush(sink, scale * config.sharedHeadingWeight);
  }
  if (config.signalWeight > 0) {
    addSignals(group, heading, config, "hs:", () => config.signalWeight * 0.5);
    group.flush(sink, null);
  }
  return out;
}

/** Heading features by config, by scale, by the heading as written; cleared when it grows past the limit. */
const headingCache = new WeakMap<FeatureConfig, Map<number, Map<string, FeatureVector>>>();
const HEADING_CACHE_SIZE = 1024;

/** The features a block gets from its heading (memoised; see headingContext). */
export function headingContextFeatures(heading: string, scale: number, config: FeatureConfig): FeatureVector {
  if (group.names) return headingFeatures(compact(heading), scale, config);
  let byScale = headingCache.get(config);
  if (!byScale) headingCache.set(config, (byScale = new Map()));
  let cache = byScale.get(scale);
  if (!cache) byScale.set(scale, (cache = new Map()));
  let hit = cache.get(heading);
  if (!hit) {
    if (cache.size >= HEADING_CACHE_SIZE) cache.clear();
    hit = headingFeatures(compact(heading), scale, config);
    cache.set(heading, hit);
  }
  return hit;
}

export function extractFeatures(
  block: FeatureBlock,
  config: FeatureConfig,
  names?: Map<number, string>,
): FeatureVector {
  const out: FeatureVector = { ids: [], values: [] };
  extractFeaturesInto(block, config, collector(out), names);
  return out;
}

/** The heading whose features a block carries, and the factor on their weights; null outside sections. */
export function headingContext(block: FeatureBlock, config: FeatureConfig): { heading: string; scale: number } | null {
  if (block.role !== "body" || block.headingPath.length === 0) return null;
  const scale = block.kind === "heading" ? config.headingContextScale : 1;
  return { heading: block.headingPath[block.headingPath.length - 1], scale };
}

/**
 * Streams the features of a block into `sink`; `names` (training only) records hash → feature name. With
 * `withHeading` false the heading features are left out (the runtime adds their cached score instead).
 */
export function extractFeaturesInto(
  block: FeatureBlock,
  config: FeatureConfig,
  sink: FeatureSink,
  names?: Map<number, string>,
  withHeading = true,
): void {
  group.names = names;
  try {
    const raw = compact(block.text);
    const body = block.kind === "heading" ? stripNumbering(raw) : raw;
    addNgrams(group, "t:", body, config.charNgrams);
    if (config.words) addWords(group, "w:", segment(normalizeText(body)));
    group.flush(sink, 1);

    const path = block.role === "body" ? block.headingPath : [];
    const context = headingContext(block, config);
    if (context && withHeading) {
      const h = headingContextFeatures(context.heading, context.scale, config);
      for (let i = 0; i < h.ids.length; i++) sink(h.ids[i], h.values[i]);
    }

    if (config.signalWeight > 0) {
      addSignals(group, raw, config, "s:", (n) => config.signalWeight * Math.min(n, 3));
      group.flush(sink, null);
    }

    if (config.structWeight > 0) {
      const w = config.structWeight;
      const start = normalizeText(raw.slice(0, 3)).replace(/ /g, "");
      addFlag(group, "k:" + block.kind, w);
      if (block.kind === "heading") addFlag(group, "k:heading" + (block.level ?? ""), w);
      addFlag(group, "r:" + block.role, w);
      addFlag(group, "r:" + block.role + ":" + block.kind, w);
      addFlag(group, "d:" + Math.min(path.length, 3), w);
      addFlag(group, "p:" + (block.position === 0 ? "0" : block.position < 3 ? "1-2" : "3+"), w);
      addFlag(group, "n:" + lengthBucket(raw.length), w);
      if (block.kind === "paragraph" && start.length >= 2) addFlag(group, "st:" + start.slice(0, 2), w);
      group.flush(sink, null);
    }
  } finally {
    group.names = undefined;
  }
}
