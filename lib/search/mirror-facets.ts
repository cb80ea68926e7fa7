// Facet counts from the library's copy in memory (library-mirror.ts), for the searches it can answer: words,
// phrases and exclusions, with any of the filters that are facets themselves (category, kind, tags, curated,
// placeholders, used, length). The counts are those of the counting statement (search-facets.ts), block for
// block: a word matches where each of its runs of indexable characters occurs in the text as the index sees it
// (ngram-index.ts), which is what the n-gram tsquery finds.
import type { Facets } from "./facet-types";
import { LONG_FROM, SHORT_BELOW } from "./length-buckets";
import type { LibraryMirror } from "./library-mirror";
import { CURATED, HEADING, PLACEHOLDERS, USED, type MirrorColumns } from "./mirror-columns";
import { hasBit } from "./mirror-part-sets";
import { wordParts } from "./ngram-index";
import type { ParsedQuery } from "./parse-query";
import { NO_CATEGORY, type SearchFilters } from "./search-filters";

/** Whether the copy can answer these filters: any filter not listed here (a new one too) is left to PostgreSQL. */
export function mirrorAnswers(f: SearchFilters): boolean {
  const {
    categoryIds: _c,
    kind: _k,
    tags: _t,
    curated: _cu,
    minChars: _min,
    maxChars: _max,
    hasPlaceholders: _p,
    used: _u,
    usedSince: _since, // only narrows the speaker and meeting filters
    ...rest
  } = f;
  return Object.values(rest).every((v) => v === undefined || v === false || (typeof v === "string" && !v.trim()));
}

/**
 * The slots the query's words match, one bit each (null: no text condition): every positive word's runs held, and
 * no excluded word's runs all held (as toGinTsquery and the exclusions' anti-join write them).
 */
function textBits(c: MirrorColumns, q: ParsedQuery): Uint32Array | null {
  const positive = [...q.include, ...q.phrases].map(wordParts).filter((p) => p.length);
  const negative = q.exclude.map(wordParts).filter((p) => p.length);
  if (!positive.length && !negative.length) return null;
  const out = reuseSet("text", c.setLength);
  if (positive.length) out.set(c.holding(positive[0]![0]!));
  else {
    // Every slot in use (only those: the counts read the bits as a whole).
    out.fill(0xffffffff, 0, c.size >>> 5);
    if (c.size & 31) out[c.size >>> 5] = (1 << (c.size & 31)) - 1;
  }
  for (const part of positive.flat()) {
    const held = c.holding(part);
    for (let i = 0; i < out.length; i++) out[i]! &= held[i]!;
  }
  for (const parts of negative) {
    const held = reuseSet("excluded", out.length);
    held.set(c.holding(parts[0]!));
    for (const part of parts.slice(1)) {
      const also = c.holding(part);
      for (let i = 0; i < held.length; i++) held[i]! &= also[i]!;
    }
    for (let i = 0; i < out.length; i++) out[i]! &= ~held[i]!;
  }
  return out;
}

/** The filters but the category one, as a test of the slot's flags and length (tags apart: see below). */
function flagTest(f: SearchFilters) {
  let mask = 0;
  let want = 0;
  const flag = (bit: number, value: boolean | undefined) => {
    if (value === undefined) return;
    mask |= bit;
    if (value) want |= bit;
  };
  flag(HEADING, f.kind === undefined ? undefined : f.kind === "HEADING");
  flag(CURATED, f.curated);
  flag(PLACEHOLDERS, f.hasPlaceholders);
  flag(USED, f.used);
  return { mask, want, min: f.minChars ?? -Infinity, max: f.maxChars ?? Infinity };
}

/** Every filter, the category one too, as a test of one slot (for a few candidates; the facets' loop inlines it). */
export function slotFilter(c: MirrorColumns, f: SearchFilters): (slot: number) => boolean {
  const { mask, want, min, max } = flagTest(f);
  const tags = (f.tags ?? []).map((t) => c.tagNames.find(t) ?? -1);
  const categories = f.categoryIds?.length
    ? new Set(f.categoryIds.map((id) => (id === NO_CATEGORY ? 0 : (c.categories.find(id) ?? -1))))
    : null;
  return (slot) =>
    (c.flags[slot]! & mask) === want &&
    c.chars[slot]! >= min &&
    c.chars[slot]! <= max &&
    tags.every((t) => c.tagsOf(slot).includes(t)) &&
    (!categories || categories.has(c.category[slot]!));
}

export const facetsFromMirror = (m: LibraryMirror, q: ParsedQuery, f: SearchFilters): Facets =>
  countInMirror(m, q, f).facets;

const popcount = (set: Uint32Array) => {
  let n = 0;
  for (let w of set) for (; w; n++) w &= w - 1;
  return n;
};

/**
 * Buffers reused from one count to the next (counts are synchronous, and what they return from these is used before
 * the next): a search allocating 400 kB for its matches made V8 run a full collection every hundred and some searches,
 * a pause of tens of milliseconds for whichever search met it.
 */
const scratch = { matches: new Int32Array(0), text: new Uint32Array(0), excluded: new Uint32Array(0) };
function reuseSlots(length: number): Int32Array {
  if (scratch.matches.length < length) scratch.matches = new Int32Array(length);
  return scratch.matches.subarray(0, length); // written before read: no need to clear
}
function reuseSet(name: "text" | "excluded", length: number): Uint32Array {
  if (scratch[name].length < length) scratch[name] = new Uint32Array(length);
  const set = scratch[name].subarray(0, length);
  set.fill(0);
  return set;
}

/** Below this share of the library, the words' matches are visited bit by bit instead of every slot. */
const SPARSE_SHARE = 1 / 8;

/**
 * The facets, and beside them how many blocks the words match whatever the filters (`textMatches`). `matches`: the
 * slots of every matching block, in slot order (a page is made from them), valid until the next count.
 */
export function countInMirror(m: LibraryMirror, q: ParsedQuery, f: SearchFilters) {
  const c = m.columns;
  const text = textBits(c, q);
  const { mask, want, min, max } = flagTest(f);
  const tags = (f.tags ?? []).map((t) => c.tagNames.find(t) ?? -1); // -1: a tag no block has, so none passes
  const selected = new Uint8Array(c.categories.names.length);
  for (const id of f.categoryIds ?? []) {
    const n = id === NO_CATEGORY ? 0 : c.categories.find(id);
    if (n !== undefined) selected[n] = 1;
  }
  const anySelected = !!f.categoryIds?.length;
  const byCategory = new Int32Array(c.categories.names.length);
  const byTag = new Int32Array(c.tagNames.names.length);
  let [total, heading, curated, placeholders, used, short, long] = [0, 0, 0, 0, 0, 0, 0];
  const matches = reuseSlots(c.size);
  const { flags, chars, category, tagIds, tagCounts, tagStride } = c;
  const textMatches = text ? popcount(text) : c.size;
  // A narrow query visits only its matches' bits (a few hundred); otherwise every block in use is visited. Either
  // way in slot order, a machine word of slots at a time.
  const sparse = text !== null && textMatches < c.size * SPARSE_SHARE;
  const words = Math.ceil(c.size / 32);
  for (let word = 0; word < words; word++) {
    const inUse = word < c.size >>> 5 ? 0xffffffff : (1 << (c.size & 31)) - 1;
    for (let bits = (sparse ? text[word]! : inUse) | 0; bits; bits &= bits - 1) {
      const slot = (word << 5) + 31 - Math.clz32(bits & -bits);
      const flag = flags[slot]!;
      const length = chars[slot]!;
      if ((flag & mask) !== want || length < min || length > max) continue;
      if (tags.length && !tags.every((t) => c.tagsOf(slot).includes(t))) continue;
      const cat = category[slot]!;
      const inCategory = !anySelected || selected[cat] === 1;
      if (text && !sparse && !hasBit(text, slot)) continue;
      byCategory[cat]!++;
      if (!inCategory) continue;
      total++;
      matches[total - 1] = slot;
      if (flag & HEADING) heading++;
      if (flag & CURATED) curated++;
      if (flag & PLACEHOLDERS) placeholders++;
      if (flag & USED) used++;
      if (length < SHORT_BELOW) short++;
      else if (length >= LONG_FROM) long++;
      const from = slot * tagStride;
      for (let i = from, end = from + tagCounts[slot]!; i < end; i++) byTag[tagIds[i]!]!++;
    }
  }
  const byName = (counts: Int32Array, names: (string | null)[]) => {
    const out: Record<string, number> = {};
    counts.forEach((n, i) => {
      if (n) out[names[i] ?? NO_CATEGORY] = n;
    });
    return out;
  };
  const kind: Record<string, number> = {};
  if (heading) kind.HEADING = heading;
  if (total - heading) kind.PARAGRAPH = total - heading;
  const facets: Facets = {
    total,
    category: byName(byCategory, c.categories.names),
    kind,
    tag: byName(byTag, c.tagNames.names),
    curated,
    placeholders,
    used,
    length: { short, medium: total - short - long, long },
  };
  return { facets, textMatches, all: c.size, matches: matches.subarray(0, total) };
}
