// A page that carries its article twice (a responsive site's desktop and mobile blocks, which a style sheet shows
// one at a time; a page saved with its print copy below): the second copy reads as a second speech with the same
// paragraphs under the same title, parted a little differently. It is dropped as reported noise; a shortened version
// (精简版) rewrites its paragraphs, and a collection's speeches that reuse paragraphs have titles of their own: both stay.
import type { ParsedSpeech, Removed } from "./types";

const REASON = "同一讲话的重复副本";
/** Share of a speech's text found, paragraph by paragraph, in an earlier speech of the file. */
const COPY_SHARE = 0.8;

const VERSION_RE = /精简版|简化版|简版|全文版|修改稿|定稿|原稿|初稿|征求意见稿|送审稿/;
const compact = (t: string) => t.replace(/[\s\p{P}\p{S}]/gu, "");

export function withoutRepeatedCopies(speeches: ParsedSpeech[], removed: Removed[]): ParsedSpeech[] {
  if (speeches.length < 2) return speeches;
  const kept: { speech: ParsedSpeech; text: string }[] = [];
  for (const speech of speeches) {
    const paragraphs = speech.blocks.map((b) => compact(b.text)).filter((t) => t.length >= 4);
    const total = paragraphs.reduce((n, t) => n + t.length, 0);
    const copyOf = kept.find(({ speech: earlier, text }) => {
      // The same title over the same paragraphs, by no other speaker: a collection's speeches that share paragraphs
      // have their own titles or speakers. Versions a page labels as such (以下为精简版) are kept apart.
      if (!speech.title || speech.title !== earlier.title) return false;
      if (speech.speaker && earlier.speaker && speech.speaker !== earlier.speaker) return false;
      const from = earlier.blocks[earlier.blocks.length - 1]?.lineNo ?? 0;
      const to = speech.blocks[0]?.lineNo ?? 0;
      if (removed.some((r) => (r.lineNo ?? 0) > from && (r.lineNo ?? 0) < to && VERSION_RE.test(r.text))) return false;
      const found = paragraphs.filter((t) => text.includes(t)).reduce((n, t) => n + t.length, 0);
      return total > 0 && found >= total * COPY_SHARE;
    });
    if (!copyOf) {
      kept.push({ speech, text: speech.blocks.map((b) => compact(b.text)).join("") });
      continue;
    }
    for (const b of speech.blocks) removed.push({ text: b.text, reason: REASON, lineNo: b.lineNo });
  }
  return kept.map((k) => k.speech);
}
