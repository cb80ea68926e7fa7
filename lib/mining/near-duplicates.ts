// Near-duplicate detection: MinHash over character shingles with LSH banding to find candidates, then the
// exact Jaccard similarity of the shingle sets to confirm (≥ 0.8 by default). Exact repeats share a hash
// of their normalised text.
import { hash } from "node:crypto";
import { withoutPunctuation } from "./text-without-punctuation";

export const SHINGLE = 2; // character bigrams: the natural unit of Chinese words
export const NUM_HASHES = 64;
export const BANDS = 16; // 16 bands × 4 rows: a pair at Jaccard 0.8 becomes a candidate with p ≈ 0.9998
const ROWS = NUM_HASHES / BANDS;
export const DEFAULT_THRESHOLD = 0.8;

/** Text reduced to what matters for "the same paragraph": no spaces, punctuation or placeholder marks. */
export function normaliseForDedupe(text: string): string {
  return withoutPunctuation(text.normalize("NFKC")).toLowerCase();
}

export function normHash(text: string): string {
  return hash("sha1", normaliseForDedupe(text), "hex");
}

export function shingles(text: string): Set<string> {
  const s = normaliseForDedupe(text);
  const out = new Set<string>();
  if (s.length <= SHINGLE) {
    if (s) out.add(s);
    return out;
  }
  for (let i = 0; i + SHINGLE <= s.length; i++) out.add(s.slice(i, i + SHINGLE));
  return out;
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (!a.size && !b.size) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let inter = 0;
  for (const x of small) if (large.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

// FNV-1a 32-bit of a string, then NUM_HASHES cheap universal-hash variants of it.
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const SEEDS_A = Array.from({ length: NUM_HASHES }, (_, i) => (Math.imul(i + 1, 0x9e3779b1) | 1) >>> 0);
const SEEDS_B = Array.from({ length: NUM_HASHES }, (_, i) => Math.imul(i + 7, 0x85ebca6b) >>> 0);

export function minhash(set: Set<string>): Uint32Array {
  const sig = new Uint32Array(NUM_HASHES).fill(0xffffffff);
  for (const sh of set) {
    const h = fnv1a(sh);
    for (let i = 0; i < NUM_HASHES; i++) {
      const v = (Math.imul(h ^ SEEDS_B[i]!, SEEDS_A[i]!) ^ (h >>> 15)) >>> 0;
      if (v < sig[i]!) sig[i] = v;
    }
  }
  return sig;
}

/** LSH band keys ("b<band>:<hex>"), stored with each block so that candidates can be found by index. */
export function lshBands(text: string): string[] {
  const sig = minhash(shingles(text));
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5;
    for (let r = 0; r < ROWS; r++) {
      h ^= sig[b * ROWS + r]!;
      h = Math.imul(h, 0x01000193);
    }
    keys.push(`b${b}:${(h >>> 0).toString(16)}`);
  }
  return keys;
}

/** `bands`: the text's LSH bands when already known (stored with a block), so they are not computed again. */
export type DedupeItem = { id: string; text: string; bands?: string[] };
export type DedupeGroup = { canonical: string; members: string[] };

/**
 * Groups items whose texts are near-duplicates (connected components of the "similar" relation).
 * The canonical member is the first in input order, so earlier (older) blocks stay canonical.
 */
export function groupNearDuplicates(items: DedupeItem[], threshold = DEFAULT_THRESHOLD): DedupeGroup[] {
  const parent = items.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const sets = items.map((it) => shingles(it.text));
  const buckets = new Map<string, number[]>();
  items.forEach((it, i) => {
    for (const key of it.bands ?? lshBands(it.text)) {
      const list = buckets.get(key);
      if (list) list.push(i);
      else buckets.set(key, [i]);
    }
  });
  const checked = new Set<string>();
  for (const list of buckets.values()) {
    if (list.length < 2) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const a = list[x]!;
        const b = list[y]!;
        const pair = `${a}:${b}`;
        if (checked.has(pair) || find(a) === find(b)) continue;
        checked.add(pair);
        if (jaccard(sets[a]!, sets[b]!) >= threshold) parent[Math.max(find(a), find(b))] = Math.min(find(a), find(b));
      }
    }
  }
  const groups = new Map<number, string[]>();
  items.forEach((it, i) => {
    const root = find(i);
    const g = groups.get(root);
    if (g) g.push(it.id);
    else groups.set(root, [it.id]);
  });
  return [...groups.values()].filter((g) => g.length > 1).map((members) => ({ canonical: members[0]!, members }));
}
