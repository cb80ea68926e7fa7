// A collection's contents over its speeches (篇一：在…上的讲话 / 篇二：在…上的讲话), one line for each speech the page
// prints further down. They list the speeches and open none: the first speech starts at its own marker (【篇一】) or
// title below them, and its title is its own, not the longest one the contents name.
import { PIAN_RE } from "./outline-patterns";
import type { Paragraph } from "./types";

/** A contents lists two speeches at least; one marker with a title is a speech's own head (第五篇：… over its title). */
const MIN_ENTRIES = 2;
/** Words after the marker that may name a speech. */
const MIN_ENTRY_TITLE = 4;

/** 篇二：在…上的讲话: a collection's marker with a title after it. */
function isEntry(text: string): boolean {
  const t = text.trim();
  const m = PIAN_RE.exec(t);
  return !!m && t.slice(m[0].length).trim().length >= MIN_ENTRY_TITLE;
}

/** Where the lines above a speech's title leave the collection's contents: right after its last run of entries, one
 *  a line (0: no contents among them). */
export function afterContents(lines: Paragraph[]): number {
  let end = 0;
  for (let k = 0; k < lines.length; k++) {
    let j = k;
    while (j < lines.length && isEntry(lines[j]!.text)) j++;
    if (j - k >= MIN_ENTRIES) end = j;
    k = Math.max(k, j - 1);
  }
  return end;
}
