// The printed blocks of a speech (print-blocks.ts) as units of the comparison (lib/speech-doc/compare), so two
// texts can be compared exactly as they print: full-width punctuation, collapsed line breaks, heading numbers
// from the numbering function, and the front matter the options add (draft mark, date line, blank line).
import type { Unit, UnitKind } from "../speech-doc/compare/types";
import type { PrintBlock } from "./print-blocks";

/**
 * The unit kind a block compares as. Only blocks of one kind are paired as edits or moves, so the lines the export
 * adds take kinds they cannot be confused with: the draft mark stands with the title, the date line with the
 * speaker line (its text never equals a speaker's), the blank line as an empty salutation (never paired, being empty).
 */
const UNIT_KIND: Record<PrintBlock["kind"], UnitKind> = {
  mark: "speechTitle",
  title: "speechTitle",
  byline: "speakerLine",
  date: "speakerLine",
  blank: "salutation",
  salutation: "salutation",
  heading: "heading",
  paragraph: "paragraph",
};

export type PrintUnits = { units: Unit[]; blockOf: Map<Unit, PrintBlock> };

export function printUnits(blocks: readonly PrintBlock[]): PrintUnits {
  const units: Unit[] = [];
  const blockOf = new Map<Unit, PrintBlock>();
  let section = "";
  for (const block of blocks) {
    const heading = block.kind === "heading";
    const text = block.kind === "blank" ? "" : block.text;
    if (heading) section = block.number + block.text;
    const unit: Unit = {
      kind: UNIT_KIND[block.kind],
      level: heading ? block.level : null,
      number: heading ? block.number : "",
      text,
      index: units.length,
      section,
    };
    units.push(unit);
    blockOf.set(unit, block);
  }
  return { units, blockOf };
}
