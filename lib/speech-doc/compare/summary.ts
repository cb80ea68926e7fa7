// The comparison's summary: N 处修改, characters added and removed, sections added, removed and moved.
import { countChars } from "../doc-text";
import { diffCounts } from "./char-diff";
import type { CompareRow, CompareSummary } from "./types";

export function summarise(rows: readonly CompareRow[]): CompareSummary {
  const s: CompareSummary = {
    changes: 0,
    insertedChars: 0,
    deletedChars: 0,
    sectionsAdded: 0,
    sectionsRemoved: 0,
    sectionsMoved: 0,
    moves: 0,
  };
  const groups = new Set<number>();
  for (const row of rows) {
    switch (row.type) {
      case "same":
      case "moved-away":
        break;
      case "inserted":
        s.changes++;
        s.insertedChars += countChars(row.unit.text);
        if (row.unit.kind === "heading") s.sectionsAdded++;
        break;
      case "deleted":
        s.changes++;
        s.deletedChars += countChars(row.old.text);
        if (row.old.kind === "heading") s.sectionsRemoved++;
        break;
      case "moved":
        if (!groups.has(row.group)) {
          // A group led by a heading is a section moved with what it holds (its subsections count with it).
          groups.add(row.group);
          s.changes++;
          s.moves++;
          if (row.unit.kind === "heading") s.sectionsMoved++;
        }
        if (row.segments) {
          const c = diffCounts(row.segments);
          s.insertedChars += c.inserted;
          s.deletedChars += c.deleted;
          if (c.inserted || c.deleted) s.changes++;
        }
        break;
      default: {
        s.changes++;
        const c = diffCounts(row.segments);
        s.insertedChars += c.inserted;
        s.deletedChars += c.deleted;
      }
    }
  }
  return s;
}
