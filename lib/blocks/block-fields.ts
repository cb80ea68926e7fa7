// The fields of a block that follow from its text. The import, manual creation, editing, splitting and reverting
// all compute them here, so a block's search index, duplicate keys and blanks never drift from its text.
import { findPlaceholders } from "../mining/placeholders";
import { lshBands, normHash } from "../mining/near-duplicates";
import type { Placeholder } from "../mining/types";
import { tsvectorLiteral } from "../search/ngram-index";

export type DerivedBlockFields = {
  /** Unicode code points, as the miner counts them */
  charCount: number;
  placeholders: Placeholder[];
  normHash: string;
  lshBands: string[];
  searchText: string;
};

export function derivedBlockFields(text: string): DerivedBlockFields {
  return {
    charCount: [...text].length,
    placeholders: findPlaceholders(text),
    normHash: normHash(text),
    lshBands: lshBands(text),
    searchText: tsvectorLiteral(text),
  };
}
