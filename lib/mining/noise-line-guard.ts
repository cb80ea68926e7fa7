// What guards a line from the learned noise model (noise-model.ts): "fixed" lines it never judges (Word headings,
// dates, speaker lines, a piece of a sentence, a collection's marker over a title), "protected" ones it removes only
// when very sure (titles, headings, salutations, a line that continues or is announced by the text above).
import { plainProsePiece } from "./noise-line-features";
import { continuesProse } from "./noise-line-rules";
import type { LineGuard } from "./noise-model";
import {
  cjkCount,
  dateOfLine,
  endsSentence,
  isSalutation,
  isSpeakerLine,
  isTitleLine,
  parseEnumerator,
  PIAN_RE,
  speakerAndDate,
} from "./outline-patterns";
import { itemTitleOf } from "./speaker-titles";
import type { SourceLine } from "./types";

/** Two to five characters and nothing else: a name, or a short line that reads as one (说点什么). */
export const BARE_NAME_RE = /^[\u4e00-\u9fff]{2,5}$/;

/** A sentence of the speech that announces what follows (…值班记录，我念给大家听听：): the line after it is what it
 *  reads out, a log line or a slogan, however little it looks like a sentence. */
const readsOut = (prev: string) => /[：:]$/.test(prev) && continuesProse(prev.slice(0, -1) + "，");

/** A sentence's middle, cut at both ends (…汛期 / 临近，化工企业的防雷、防汛和 at a preview's end): the line above
 *  runs into it and it runs on, with a clause of the speech inside. */
const midSentence = (tt: string, prev: string) =>
  continuesProse(prev) &&
  !endsSentence(tt) &&
  /[\u4e00-\u9fff]，[\u4e00-\u9fff]/.test(tt) &&
  cjkCount(tt) >= 6 &&
  plainProsePiece(tt) &&
  !/未读|阅读|下载|预览|试读|\d+\s*[页字]/.test(tt);

export function isProtected(t: string, hint: SourceLine["hint"]): boolean {
  return !!hint?.headingLevel || isTitleLine(t) || isSalutation(t) || !!parseEnumerator(t) || !!dateOfLine(t);
}

/** The guard of trimmed line `tt` under `prev` (the text line above it, across a page break). */
export function lineGuard(tt: string, hint: SourceLine["hint"], prev: string): LineGuard | null {
  // A line ending in a comma is a piece of a sentence, whatever its place: the model does not judge it. Nor a
  // collection's marker over its speech's title (第1篇：在…的讲话), which the collection rules read.
  if (
    hint?.headingLevel ||
    dateOfLine(tt) ||
    isSpeakerLine(tt) ||
    speakerAndDate(tt) ||
    /[，、；]$/.test(tt) ||
    midSentence(tt, prev) ||
    (PIAN_RE.test(tt) && isTitleLine(tt.replace(PIAN_RE, "").trim()))
  )
    return "fixed";
  // 01｜交接班，不能把隐患交出去: a numbered item's title, of a collection of talks or of a speech's parts.
  const item = !!itemTitleOf(tt);
  return isProtected(tt, hint) || item || continuesProse(prev) || /[：:]$/.test(tt) || readsOut(prev)
    ? "protected"
    : null;
}
