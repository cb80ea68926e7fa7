// The signatures of the library's copy (mirror-columns.ts), sliced by bit: for each of SIGNATURE_BITS bits, the set
// of slots whose text sets it. A block's text sets one of 256 bits for each character (hashed) and one of 1,024 for
// each pair of adjacent characters; a word can only be in the blocks that have every bit its characters and pairs
// set (the pairs matter: 安 and 全 are in nine blocks of ten, 全安 in few). Sliced, finding those blocks reads a few
// sets of one bit per block (12.5 kB each at 100,000 blocks) instead of every block's signature (160 bytes each):
// a word never searched before is found in about a millisecond instead of four to six.
const CHAR_BITS = 256;
const PAIR_BITS_LOG2 = 10;
const SIGNATURE_BITS = CHAR_BITS + (1 << PAIR_BITS_LOG2);

/** Calls `add` with each signature bit of the text (a bit may come more than once). */
function forEachBit(text: string, add: (bit: number) => void) {
  let previous = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    add(Math.imul(code, 0x9e3779b1) >>> 24);
    if (previous >= 0)
      add(CHAR_BITS + (Math.imul(Math.imul(previous, 0x9e3779b1) ^ code, 0x85ebca6b) >>> (32 - PAIR_BITS_LOG2)));
    previous = code;
  }
}

const wordsFor = (capacity: number) => Math.ceil(capacity / 32);

export class SignatureSlices {
  private slices: Uint32Array[];

  constructor(capacity: number) {
    this.slices = Array.from({ length: SIGNATURE_BITS }, () => new Uint32Array(wordsFor(capacity)));
  }

  grow(capacity: number) {
    this.slices = this.slices.map((old) => {
      const next = new Uint32Array(wordsFor(capacity));
      next.set(old);
      return next;
    });
  }

  /** The slot now holds `text` (it held none, or was cleared of its previous text). */
  set(slot: number, text: string) {
    const [word, bit] = [slot >>> 5, 1 << (slot & 31)];
    forEachBit(text, (b) => (this.slices[b]![word]! |= bit));
  }

  /** The slot no longer holds `text` (the text it was set with). */
  clear(slot: number, text: string) {
    const [word, bit] = [slot >>> 5, ~(1 << (slot & 31))];
    forEachBit(text, (b) => (this.slices[b]![word]! &= bit));
  }

  /** The slots that may hold `part` (every one that does, and a few that do not): a new set. */
  candidates(part: string, words: number): Uint32Array {
    const bits = new Set<number>();
    forEachBit(part, (b) => bits.add(b));
    const out = new Uint32Array(words);
    const [first, ...rest] = [...bits].map((b) => this.slices[b]!);
    if (!first) return out;
    out.set(first.subarray(0, words));
    for (const slice of rest) for (let i = 0; i < words; i++) out[i]! &= slice[i]!;
    return out;
  }
}
