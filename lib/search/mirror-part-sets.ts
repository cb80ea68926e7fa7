// Which slots of the library's copy hold a given run of characters (a word, or a part of one), one bit per slot, for
// the runs searches have asked for: the MAX_SETS most recently used are kept and brought up to date as blocks change
// (a changed block is tested against each of them: microseconds). Common words are what clerks search most, and
// finding 安全 in 100,000 texts takes about 10 ms; testing its bit takes a fraction of one.
const MAX_SETS = 500; // 12.5 kB each at 100,000 blocks

const wordsFor = (capacity: number) => Math.ceil(capacity / 32);

export const hasBit = (set: Uint32Array, slot: number) => (set[slot >>> 5]! & (1 << (slot & 31))) !== 0;

function setBit(set: Uint32Array, slot: number, on: boolean) {
  if (on) set[slot >>> 5]! |= 1 << (slot & 31);
  else set[slot >>> 5]! &= ~(1 << (slot & 31));
}

export class PartSets {
  private readonly sets = new Map<string, Uint32Array>();
  private words: number;

  constructor(capacity: number) {
    this.words = wordsFor(capacity);
  }

  get setLength(): number {
    return this.words;
  }

  /** An empty set as long as the others. */
  empty(): Uint32Array {
    return new Uint32Array(this.words);
  }

  grow(capacity: number) {
    this.words = wordsFor(capacity);
    for (const [part, set] of this.sets) {
      const next = new Uint32Array(this.words);
      next.set(set);
      this.sets.set(part, next);
    }
  }

  /** The slot now holds this text (a block put there, or its text changed). */
  update(slot: number, text: string) {
    for (const [part, set] of this.sets) setBit(set, slot, text.includes(part));
  }

  /** The block in slot `from` moved to `to`, which was freed. */
  move(from: number, to: number) {
    for (const set of this.sets.values()) {
      setBit(set, to, hasBit(set, from));
      setBit(set, from, false);
    }
  }

  /** The slot is empty now. */
  clear(slot: number) {
    for (const set of this.sets.values()) setBit(set, slot, false);
  }

  /** The set for `part`: kept, or made by `find` (which sets the bits of the slots holding it) and kept. */
  get(part: string, find: (set: Uint32Array, set1: (slot: number) => void) => void): Uint32Array {
    let set = this.sets.get(part);
    if (set) {
      this.sets.delete(part); // re-inserted last: the Map's order is the eviction order
    } else {
      const made = (set = this.empty());
      find(made, (slot) => setBit(made, slot, true));
      if (this.sets.size >= MAX_SETS) this.sets.delete(this.sets.keys().next().value!);
    }
    this.sets.set(part, set);
    return set;
  }
}
