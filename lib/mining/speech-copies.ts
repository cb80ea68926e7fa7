// A page that carries its article twice (a responsive site's desktop and mobile blocks, which a style sheet shows
// one at a time; a page saved with its print copy below): the second copy reads as a second speech with the same
// paragraphs under the same title, parted a little differently. It is dropped as reported noise; a shortened version
// (精简版) rewrites its paragraphs, and a collection's speeches that reuse paragraphs have titles of their own: both stay.
import type { ParsedSpeech, Removed } from "./types";
import { withoutPunctuation } from "./text-without-punctuation";

const REASON = "同一讲话的重复副本";
/** Share of either copy's 8-character runs found in the other: the same article both ways, a page's own additions to
 *  one copy (a 导读, a photo's caption) aside. */
const COPY_SHARE = 0.85;
const SHINGLE = 8;
const VERSION_RE = /精简版|简化版|简版|全文版|修改稿|定稿|原稿|初稿|征求意见稿|送审稿/;

function shingles(text: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE <= text.length; i++) out.add(text.slice(i, i + SHINGLE));
  return out;
}
const shareIn = (a: Set<string>, b: Set<string>) => {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return a.size ? n / a.size : 0;
};

export function withoutRepeatedCopies(speeches: ParsedSpeech[], removed: Removed[]): ParsedSpeech[] {
  if (speeches.length < 2) return speeches;
  // Runs are built only for speeches whose title repeats an earlier one's: most pages never need them.
  const runsOf = new Map<ParsedSpeech, Set<string>>();
  const runs = (s: ParsedSpeech) => {
    let r = runsOf.get(s);
    if (!r) runsOf.set(s, (r = shingles(s.blocks.map((b) => withoutPunctuation(b.text)).join(""))));
    return r;
  };
  const kept: ParsedSpeech[] = [];
  // The kept speeches by title, so that a file of thousands of speeches compares each only with its namesakes.
  const keptByTitle = new Map<string, ParsedSpeech[]>();
  for (const speech of speeches) {
    const namesakes = speech.title ? (keptByTitle.get(speech.title) ?? []) : [];
    const copyOf = namesakes.find((earlier) => {
      // The same title over the same text, by no other speaker on no other date: a collection's speeches that share
      // paragraphs have their own titles, speakers or dates, or differ enough. Versions a page labels are kept apart.
      if (speech.speaker && earlier.speaker && speech.speaker !== earlier.speaker) return false;
      if (speech.date && earlier.date && speech.date !== earlier.date) return false;
      const from = earlier.blocks[earlier.blocks.length - 1]?.lineNo ?? 0;
      const to = speech.blocks[0]?.lineNo ?? 0;
      if (removed.some((r) => (r.lineNo ?? 0) > from && (r.lineNo ?? 0) < to && VERSION_RE.test(r.text))) return false;
      return shareIn(runs(speech), runs(earlier)) >= COPY_SHARE && shareIn(runs(earlier), runs(speech)) >= COPY_SHARE;
    });
    if (!copyOf) {
      kept.push(speech);
      if (speech.title) keptByTitle.set(speech.title, [...namesakes, speech]);
      continue;
    }
    for (const b of speech.blocks) removed.push({ text: b.text, reason: REASON, lineNo: b.lineNo });
  }
  return kept;
}
