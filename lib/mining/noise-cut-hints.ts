// What the inline cuts leave a line to tell the later stages: the columns they took from a line cut mid-sentence
// (it was printed that wide: [23]…台账 in a lynx dump), and that a recording copy's 【讲话人】 tag stood before it
// (the line is the speaker's, even with no title above it).
import { speakerTagHint } from "./noise-inline-asides";
import { endsSentence } from "./outline-patterns";
import { displayWidth } from "./rejoin-lines";
import type { LineHint } from "./types";

/** The hint for a line whose raw text `raw` the cuts made `t`, or null. */
export function cutHintOf(raw: string, t: string): LineHint | null {
  // The tag is no piece of a sentence: the line it heads is whole.
  const speaker = t ? speakerTagHint(raw) : null;
  if (speaker) return speaker;
  const cutColumns = t && !endsSentence(t.trim()) ? displayWidth(raw.trim()) - displayWidth(t.trim()) : 0;
  return cutColumns > 0 ? { cutColumns } : null;
}
