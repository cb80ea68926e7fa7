// Lines emptied by the inline cuts which the text flows across like a page number: a page number or a page's
// address alone on its line, and a site's copy note alone on a line between the two halves of a sentence
// (…举办安全 / 【某某网原创首发，转载请注明出处】 / 知识竞赛，…), where the site cut the article to print it.
import { COPY_NOTE_BREAK, FLOWING_CUTS } from "./noise-breaks";
import { cjkCount, isTitleLine, parseEnumerator } from "./outline-patterns";
import { displayWidth } from "./rejoin-modes";
import type { Removed, SourceLine } from "./types";
import { REASON_SOURCE_NOTE } from "./noise-words";

/** The reason a line emptied by inline cuts stands for a break the text flows across (null: a paragraph break):
 *  a page number or a page's address alone on its line; a site's source or copy note alone on its line right after
 *  a line of prose cut inside a word (no punctuation at its end), blank lines between them. The line is full for the
 *  page's wrap width; on a page of one line a paragraph (`width` 0), the note stands apart between blank lines, as a
 *  site sets it in the cut: a paragraph that only lacks its stop, the note right under it, is no cut sentence. A line
 *  stopped at its comma (…在评优评先、) ends no paragraph: the note there cut a sentence, at any width. */
export function flowingCut(
  cuts: Removed[],
  texts: string[],
  verdict: (string | null)[],
  width: number,
  next: SourceLine | undefined,
): string | null {
  if (!cuts.length) return null;
  if (cuts.every((r) => FLOWING_CUTS.has(r.reason))) return cuts[0]!.reason;
  // (The note's own address, cut first, goes with it.)
  const noteOnly = cuts.every(
    (r) => r.reason === REASON_SOURCE_NOTE || r.reason === "水印" || FLOWING_CUTS.has(r.reason),
  );
  if (!noteOnly || !cuts.some((r) => r.reason === REASON_SOURCE_NOTE)) return null;
  let k = texts.length - 1;
  while (k >= 0 && !verdict[k] && !texts[k]!.trim()) k--;
  const before = k >= 0 && !verdict[k] ? texts[k]!.trim() : "";
  const apart = k < texts.length - 1 && !next?.text.trim();
  const full = width > 0 ? displayWidth(before) >= width - 4 : apart;
  const after = next?.text.trim() ?? "";
  const atComma = /[，、,]$/.test(before) && !isTitleLine(after) && !parseEnumerator(after);
  const cut = (full && /\p{Script=Han}$/u.test(before)) || atComma;
  return cut && cjkCount(before) >= 20 && !isTitleLine(before) ? COPY_NOTE_BREAK : null;
}
