// The fields of a block that follow from its text alone and that the miner reports: its length, its blanks and
// the hash that finds exact repeats. Computed once per mined block (mine-document.ts); the library stores them as
// they are (lib/blocks/block-fields.ts computes the same for a block typed or edited in the app).
import { normHash } from "./near-duplicates";
import { findPlaceholders } from "./placeholders";
import type { Placeholder } from "./types";

export type TextFields = {
  /** Unicode code points */
  charCount: number;
  placeholders: Placeholder[];
  /** sha1 of the text normalised for exact-repeat detection (near-duplicates.ts) */
  normHash: string;
};

/** Code points, counted without building an array of them. */
function codePoints(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff)
      n--;
  }
  return n;
}

export function textFields(text: string): TextFields {
  return { charCount: codePoints(text), placeholders: findPlaceholders(text), normHash: normHash(text) };
}
