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

export function textFields(text: string): TextFields {
  return { charCount: codePointCount(text), placeholders: findPlaceholders(text), normHash: normHash(text) };
}

/** [...text].length without the array: a surrogate pair is one code point, a lone surrogate one of its own. */
export function codePointCount(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}
