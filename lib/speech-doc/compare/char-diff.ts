// Character differences between two texts of a paragraph, with @sanity/diff-match-patch. Its diff keeps
// characters outside the BMP (𠀀, emoji) whole, but its semantic cleanup can cut a surrogate pair in two; so every
// such character is first replaced by one private-use character not found in either text, and put back after.
import { cleanupSemantic, makeDiff } from "@sanity/diff-match-patch";
import { countChars } from "../doc-text";

export type DiffOp = "equal" | "insert" | "delete";
export type DiffSegment = { op: DiffOp; text: string };

const PUA_FIRST = 0xe000;
const PUA_LAST = 0xf8ff;
const OPS: Record<number, DiffOp> = { 0: "equal", 1: "insert", [-1]: "delete" };

type Codec = { encode: (s: string) => string; decode: (s: string) => string } | null;

/** Maps each astral character of the texts to a free private-use code unit; null when there is none to map. */
function astralCodec(a: string, b: string): Codec {
  const astral = new Map<string, string>();
  const used = new Set<number>();
  for (const text of [a, b]) {
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      if (cp > 0xffff) astral.set(ch, "");
      else if (cp >= PUA_FIRST && cp <= PUA_LAST) used.add(cp);
    }
  }
  if (!astral.size) return null;
  const back = new Map<string, string>();
  let next = PUA_FIRST;
  for (const ch of astral.keys()) {
    while (used.has(next)) next++;
    if (next > PUA_LAST) return { encode: (s) => s, decode: (s) => s }; // never met: skip the cleanup instead
    const unit = String.fromCharCode(next++);
    astral.set(ch, unit);
    back.set(unit, ch);
  }
  return {
    encode: (s) => Array.from(s, (ch) => astral.get(ch) || ch).join(""),
    decode: (s) => Array.from(s, (ch) => back.get(ch) ?? ch).join(""),
  };
}

/** The edit from `a` to `b` as equal / delete / insert runs, cleaned up to read as words rather than letters. */
export function charDiff(a: string, b: string): DiffSegment[] {
  if (a === b) return a ? [{ op: "equal", text: a }] : [];
  const codec = astralCodec(a, b);
  const encode = codec?.encode ?? ((s: string) => s);
  const decode = codec?.decode ?? ((s: string) => s);
  const diffs = cleanupSemantic(makeDiff(encode(a), encode(b)));
  const out: DiffSegment[] = [];
  for (const [op, text] of diffs) {
    if (!text) continue;
    const seg = { op: OPS[op]!, text: decode(text) };
    const last = out[out.length - 1];
    if (last && last.op === seg.op) last.text += seg.text;
    else out.push(seg);
  }
  return out;
}

/** Characters inserted and deleted (as a reader counts them: no whitespace, a surrogate pair once). */
export function diffCounts(segments: readonly DiffSegment[]): { inserted: number; deleted: number } {
  let inserted = 0;
  let deleted = 0;
  for (const s of segments) {
    if (s.op === "insert") inserted += countChars(s.text);
    else if (s.op === "delete") deleted += countChars(s.text);
  }
  return { inserted, deleted };
}
