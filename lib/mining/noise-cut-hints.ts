// What the inline cuts leave a line to tell the later stages: the columns they took from a line cut mid-sentence
// (it was printed that wide: [23]…台账 in a lynx dump), and that a recording copy's 【讲话人】 tag stood before it
// (the line is the speaker's, even with no title above it), and that a pictograph opened it (📌 看清家底：…: a post's
// mark before its 小标题, read as a bar is by the unnumbered headings' rule).
import { speakerTagHint } from "./noise-inline-asides";
import { hasPictograph } from "./pictographs";
import { endsSentence } from "./outline-patterns";
import { displayWidth } from "./rejoin-modes";
import type { LineHint } from "./types";

/** The hint for a line whose raw text `raw` the cuts made `t`, or null. */
export function cutHintOf(raw: string, t: string): LineHint | null {
  // The tag is no piece of a sentence: the line it heads is whole.
  const speaker = t ? speakerTagHint(raw) : null;
  if (speaker) return speaker;
  const cutColumns = t && !endsSentence(t.trim()) ? displayWidth(raw.trim()) - displayWidth(t.trim()) : 0;
  const marked = !!t.trim() && hasPictograph(raw) && LEADING_PICTOGRAPH_RE.test(raw);
  if (cutColumns <= 0 && !marked) return null;
  return { ...(cutColumns > 0 ? { cutColumns } : {}), ...(marked ? { pictographMark: true } : {}) };
}

/** A pictograph (or a few, not ©, ®, ™) opening the line, before its words. */
const LEADING_PICTOGRAPH_RE = /^\s*(?:(?![©®™])\p{Extended_Pictographic}\uFE0F?\s*){1,3}[\u4e00-\u9fff]/u;
