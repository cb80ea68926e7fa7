// The fields of a block that follow from its text. The import, manual creation, editing, splitting and reverting
// all compute them here, so a block's search index, duplicate keys and blanks never drift from its text. The
// import takes the length, blanks and hash the miner computed (lib/mining/text-fields.ts) and adds the index keys.
import { lshBands } from "../mining/near-duplicates";
import { textFields, type TextFields } from "../mining/text-fields";
import { tsvectorLiteral } from "../search/ngram-index";

/** What the library indexes a block's text by: near-duplicate band keys and the search vector's literal. */
export type IndexFields = { lshBands: string[]; searchText: string };

export type DerivedBlockFields = TextFields & IndexFields;

export function indexFields(text: string): IndexFields {
  return { lshBands: lshBands(text), searchText: tsvectorLiteral(text) };
}

export function derivedBlockFields(text: string): DerivedBlockFields {
  return { ...textFields(text), ...indexFields(text) };
}
