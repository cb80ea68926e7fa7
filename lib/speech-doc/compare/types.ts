// The result of comparing two texts of a speech (lib/speech-doc/compare/compare-docs.ts), read by the compare view.
import type { DiffSegment } from "./char-diff";

export type UnitKind = "speechTitle" | "speakerLine" | "salutation" | "heading" | "paragraph";

/** One non-empty node of a speech: its kind, heading level and computed number, and its text. */
export type Unit = {
  kind: UnitKind;
  level: number | null;
  /** The heading's computed number (一、, （二）…), "" for other nodes. */
  number: string;
  text: string;
  /** Position among the speech's units, from 0. */
  index: number;
  /** The numbered heading the unit stands under (itself for a heading), "" before the first heading. */
  section: string;
};

/**
 * A row of the comparison, in the reading order of the newer text (rows of removed text where they stood):
 * - same: unchanged; changed: edited in place (segments: the character diff);
 * - inserted / deleted: a whole new or removed paragraph or heading;
 * - moved: here now, elsewhere before (segments when also edited); moved-away: where a moved group stood before
 *   (one row per group: its first unit, how many units, and whether they went up or down);
 * - split: one old paragraph now several; merged: several old paragraphs now one.
 */
export type CompareRow =
  | { type: "same"; unit: Unit }
  | { type: "changed"; old: Unit; unit: Unit; segments: DiffSegment[] }
  | { type: "inserted"; unit: Unit }
  | { type: "deleted"; old: Unit }
  | { type: "moved"; old: Unit; unit: Unit; segments: DiffSegment[] | null; group: number }
  | { type: "moved-away"; old: Unit; group: number; units: number; direction: "up" | "down" }
  | { type: "split"; old: Unit; units: Unit[]; segments: DiffSegment[] }
  | { type: "merged"; olds: Unit[]; unit: Unit; segments: DiffSegment[] };

export type CompareSummary = {
  /** 处修改: each changed, inserted, deleted, split or merged unit once, and each moved group once. */
  changes: number;
  insertedChars: number;
  deletedChars: number;
  sectionsAdded: number;
  sectionsRemoved: number;
  /** Moved groups led by a heading. */
  sectionsMoved: number;
  /** Moved groups (a section with its paragraphs, or one paragraph). */
  moves: number;
};

export type Comparison = { rows: CompareRow[]; summary: CompareSummary };
