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
import { leadingWidth } from "./rejoin-lines";
import { displayWidth, wrapWidth } from "./rejoin-modes";
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

/** The wrap width of a hard-wrapped copy in columns from the line's start (a first line's indent counts, as in
 *  rejoin-lines.ts), once per page. */
const pageWidths = new WeakMap<SourceLine[], number>();
function columnWidth(lines: SourceLine[]): number {
  let width = pageWidths.get(lines);
  if (width === undefined) {
    width = wrapWidth(lines.map((l) => displayWidth(l.text.trim()) + leadingWidth(l.text)).filter((w) => w > 0));
    pageWidths.set(lines, width);
  }
  return width;
}

/** A line that fills the wrap width, counted in columns or in characters (a copy wrapped every 34 characters prints
 *  its figures half as wide). */
const fills = (line: string, width: number) => {
  const columns = displayWidth(line.trim()) + leadingWidth(line);
  return columns >= width - 4 || leadingWidth(line) + line.trim().length * 2 >= width - 4;
};

/** A piece in the middle of a hard-wrapped paragraph (…监护人员到位。/ 市局编印的《…检查要点》第12页至第15 / 页列出了…):
 *  Chinese prose as wide as the text's wrap, stopping mid-sentence, right under a line as wide (the paragraph goes on
 *  past a sentence that ended at the margin) and over a line of text. The model removes it only on strong evidence:
 *  a sentence that names a page or a file reads like a site's counts. A line of prose that wide holds a mark (a
 *  comma, a stop, a title's 《》); one with none is words run together as a pager's or a print's (本文共3页当前为第1页
 *  剩余2页…, …办公室二〇二五年四月印发第12期共印85份), and the model judges it as any line. */
const PROSE_MARK_RE = /[，、；：。！？“”《》（）]/;
export function wrappedPiece(lines: SourceLine[], i: number): LineGuard | null {
  const [line, above, below] = [lines[i]!.text, lines[i - 1]?.text ?? "", lines[i + 1]?.text ?? ""];
  const t = line.trim();
  if (!above.trim() || !below.trim() || endsSentence(t) || !PROSE_MARK_RE.test(t)) return null;
  if (!plainProsePiece(t) || !plainProsePiece(above.trim())) return null;
  const width = columnWidth(lines);
  return width > 0 && fills(line, width) && fills(above, width) ? "protected" : null;
}
