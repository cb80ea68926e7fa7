// The library's copy (library-mirror.ts) held column by column: one slot per visible block, numbers in typed arrays
// and categories and tags as small integers, so that counting the facets of 100,000 blocks is a loop over arrays
// (a couple of milliseconds) rather than over objects and string-keyed records. Each block also has a signature of
// its characters and pairs of characters (mirror-signatures.ts), so that a word with a character or pair the block
// lacks is ruled out without reading the text; which blocks hold a word is then kept for the next search
// (mirror-part-sets.ts).
import { MirrorHits, type HitFields } from "./mirror-hits";
import { searchableText } from "./ngram-index";
import { PartSets } from "./mirror-part-sets";
import { SignatureSlices } from "./mirror-signatures";

export const HEADING = 1;
export const CURATED = 2;
export const PLACEHOLDERS = 4;
export const USED = 8;

/** A block as the copy reads it from the database. */
export type MirrorRow = {
  id: string;
  text: string;
  category: string | null;
  heading: boolean;
  curated: boolean;
  ph: boolean;
  used: boolean;
  chars: number;
  tags: string[];
  uses: number;
  /** Microseconds since the epoch (exact in a double), as the sorts compare them. */
  created: number;
  lastUsed: number | null;
} & Partial<HitFields>;

/** Names (categories, tags) as small integers; 0 is reserved (no category). */
class Names {
  readonly names: (string | null)[] = [null];
  private readonly index = new Map<string, number>();
  find(name: string): number | undefined {
    return this.index.get(name);
  }
  of(name: string): number {
    let n = this.index.get(name);
    if (n === undefined) this.index.set(name, (n = this.names.push(name) - 1));
    return n;
  }
}

export class MirrorColumns {
  size = 0;
  ids: string[] = [];
  /** The text as the index sees it (searchableText), which the words are found in. */
  texts: string[] = [];
  /** The text as stored, which relevance is computed on (mirror-relevance.ts): mostly the same string. */
  storedTexts: string[] = [];
  /** Tag ids, tagStride per slot (widened when a block has more tags), and each slot's tag count. */
  tagIds = new Int32Array(0);
  tagCounts = new Uint8Array(0);
  tagStride = 4;
  category = new Int32Array(0);
  flags = new Uint8Array(0);
  chars = new Int32Array(0);
  /** What the explicit sorts order by (sorted-page.ts); a block never used has lastUsed -Infinity (NULLS LAST). */
  uses = new Int32Array(0);
  created = new Float64Array(0);
  lastUsed = new Float64Array(0);
  readonly categories = new Names();
  readonly tagNames = new Names();
  /** What a hit shows beyond the counts (near matches are answered from it). */
  readonly hits = new MirrorHits();
  private readonly slots = new Map<string, number>();
  private readonly partSets = new PartSets(0);
  private readonly signatures = new SignatureSlices(0);

  constructor(capacity = 1024) {
    this.grow(capacity);
  }

  /** The slots whose text holds `part` (a run of indexable characters), one bit each: kept between searches. */
  holding(part: string): Uint32Array {
    return this.partSets.get(part, (set) => {
      set.set(this.signatureCandidates(part));
      // The candidates' bits, cleared where the text does not hold the part after all.
      for (let word = 0; word < set.length; word++)
        for (let bits = set[word]!; bits; bits &= bits - 1) {
          const low = bits & -bits;
          if (!this.texts[(word << 5) + 31 - Math.clz32(low)]!.includes(part)) set[word]! &= ~low;
        }
    });
  }

  /** The slots whose signature has every bit of the part's characters and pairs. */
  signatureCandidates(part: string): Uint32Array {
    return this.signatures.candidates(part, this.setLength);
  }

  /** The length of the sets holding() returns (machine words). */
  get setLength(): number {
    return this.partSets.setLength;
  }

  /** A set with no slot, as long as the sets holding() returns. */
  noSlots(): Uint32Array {
    return this.partSets.empty();
  }

  private grow(capacity: number) {
    const copy = <T extends Int32Array | Uint8Array | Uint32Array | Float64Array>(
      old: T,
      make: (n: number) => T,
      n: number,
    ) => {
      const next = make(n);
      next.set(old);
      return next;
    };
    this.category = copy(this.category, (n) => new Int32Array(n), capacity);
    this.flags = copy(this.flags, (n) => new Uint8Array(n), capacity);
    this.chars = copy(this.chars, (n) => new Int32Array(n), capacity);
    this.uses = copy(this.uses, (n) => new Int32Array(n), capacity);
    this.created = copy(this.created, (n) => new Float64Array(n), capacity);
    this.lastUsed = copy(this.lastUsed, (n) => new Float64Array(n), capacity);
    this.signatures.grow(capacity);
    this.tagCounts = copy(this.tagCounts, (n) => new Uint8Array(n), capacity);
    this.tagIds = copy(this.tagIds, (n) => new Int32Array(n), capacity * this.tagStride);
    this.partSets.grow(capacity);
    this.hits.grow(capacity);
  }

  private widenTags(stride: number) {
    const next = new Int32Array(this.flags.length * stride);
    for (let slot = 0; slot < this.size; slot++)
      next.set(
        this.tagIds.subarray(slot * this.tagStride, slot * this.tagStride + this.tagCounts[slot]!),
        slot * stride,
      );
    this.tagIds = next;
    this.tagStride = stride;
  }

  /** The slot's tag ids (a view: valid until the next change). */
  tagsOf(slot: number): Int32Array {
    return this.tagIds.subarray(slot * this.tagStride, slot * this.tagStride + this.tagCounts[slot]!);
  }

  /** Puts a visible block in (or replaces its slot). */
  put(r: MirrorRow) {
    let slot = this.slots.get(r.id);
    if (slot === undefined) {
      if (this.size === this.flags.length) this.grow(this.size * 2);
      slot = this.size++;
      this.slots.set(r.id, slot);
    }
    const text = searchableText(r.text);
    if (this.ids[slot] !== undefined) this.signatures.clear(slot, this.texts[slot]!);
    this.signatures.set(slot, text);
    this.ids[slot] = r.id;
    this.texts[slot] = text === r.text ? r.text : text;
    this.storedTexts[slot] = r.text;
    const tags = r.tags.slice(0, 255); // a count fits a byte; no block comes near
    while (tags.length > this.tagStride) this.widenTags(this.tagStride * 2);
    this.tagCounts[slot] = tags.length;
    tags.forEach((t, i) => (this.tagIds[slot * this.tagStride + i] = this.tagNames.of(t)));
    this.category[slot] = r.category === null ? 0 : this.categories.of(r.category);
    this.flags[slot] =
      (r.heading ? HEADING : 0) | (r.curated ? CURATED : 0) | (r.ph ? PLACEHOLDERS : 0) | (r.used ? USED : 0);
    this.chars[slot] = r.chars;
    this.uses[slot] = r.uses;
    this.created[slot] = r.created;
    this.lastUsed[slot] = r.lastUsed ?? -Infinity;
    this.hits.put(slot, r);
    this.partSets.update(slot, text);
  }

  /** Takes a block out (hidden, merged, deleted): the last slot moves into its place. */
  remove(id: string) {
    const slot = this.slots.get(id);
    if (slot === undefined) return;
    const last = --this.size;
    this.signatures.clear(slot, this.texts[slot]!);
    if (slot !== last) {
      this.signatures.clear(last, this.texts[last]!);
      this.signatures.set(slot, this.texts[last]!);
      this.ids[slot] = this.ids[last]!;
      this.texts[slot] = this.texts[last]!;
      this.storedTexts[slot] = this.storedTexts[last]!;
      this.tagCounts[slot] = this.tagCounts[last]!;
      this.tagIds.copyWithin(slot * this.tagStride, last * this.tagStride, (last + 1) * this.tagStride);
      this.category[slot] = this.category[last]!;
      this.flags[slot] = this.flags[last]!;
      this.chars[slot] = this.chars[last]!;
      this.uses[slot] = this.uses[last]!;
      this.created[slot] = this.created[last]!;
      this.lastUsed[slot] = this.lastUsed[last]!;
      this.slots.set(this.ids[slot]!, slot);
      this.partSets.move(last, slot);
    } else this.partSets.clear(slot);
    this.hits.moveLast(last, slot);
    this.ids.length = this.texts.length = this.storedTexts.length = last;
    this.slots.delete(id);
  }
}
