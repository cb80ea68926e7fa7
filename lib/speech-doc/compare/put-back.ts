// Putting one paragraph of an older version back into the current text, from a row of their comparison (older
// version → current text). The exact semantics, by row:
// - changed: the current paragraph (or heading) the old one aligns with is replaced by the old node;
// - deleted: the old node is inserted where it stood, right after the current node of the nearest row above it
//   that is in the current text (after the title, speaker line and salutation when there is none);
// - split: the current paragraphs it was split into are replaced by the one old paragraph;
// - merged: the current paragraph they were merged into is replaced by the old paragraphs.
// The old node comes back whole: its heading level and its library provenance (block, version, hash as inserted).
// Other rows (unchanged, added, moved) have nothing to put back; neither do the title, speaker line and salutation.
import { NODE, type SpeechDoc, type SpeechNode } from "../types";
import type { CompareRow, Unit } from "./types";
import { unitNodeIndexes } from "./units";

const isBody = (u: Unit) => u.kind === "paragraph" || u.kind === "heading";

/** Whether the row holds older text that can be put back into the current text. */
export function canPutBack(row: CompareRow): boolean {
  switch (row.type) {
    case "changed":
      return isBody(row.old) && isBody(row.unit);
    case "deleted":
      return isBody(row.old);
    case "split":
      return isBody(row.old) && row.units.every(isBody);
    case "merged":
      return row.olds.every(isBody) && isBody(row.unit);
    default:
      return false;
  }
}

/** The unit of the current text a row stands at (the last one for a split), or null when it has none. */
function currentUnit(row: CompareRow): Unit | null {
  switch (row.type) {
    case "same":
    case "changed":
    case "inserted":
    case "moved":
    case "merged":
      return row.unit;
    case "split":
      return row.units[row.units.length - 1] ?? null;
    default:
      return null;
  }
}

const HEAD = new Set<string>([NODE.title, NODE.byline, NODE.salutation]);

/**
 * The current document with row `index`'s older text put back; `older` and `current` are the documents the
 * rows were computed from. Null when that row has nothing to put back.
 */
export function putBackRow(older: SpeechDoc, current: SpeechDoc, rows: readonly CompareRow[], index: number) {
  const row = rows[index];
  if (!row || !canPutBack(row)) return null;
  const oldAt = unitNodeIndexes(older);
  const newAt = unitNodeIndexes(current);
  const oldNode = (u: Unit): SpeechNode => structuredClone(older.content[oldAt[u.index]!]!);
  const content = [...current.content];
  switch (row.type) {
    case "changed":
      content.splice(newAt[row.unit.index]!, 1, oldNode(row.old));
      break;
    case "merged":
      content.splice(newAt[row.unit.index]!, 1, ...row.olds.map(oldNode));
      break;
    case "split": {
      const first = newAt[row.units[0]!.index]!;
      const last = newAt[row.units[row.units.length - 1]!.index]!;
      content.splice(first, last - first + 1, oldNode(row.old));
      break;
    }
    case "deleted": {
      let firstBody = 0;
      while (firstBody < content.length && HEAD.has(content[firstBody]!.type)) firstBody++;
      let anchor: Unit | null = null;
      for (let i = index - 1; i >= 0 && !anchor; i--) anchor = currentUnit(rows[i]!);
      const at = anchor ? Math.max(newAt[anchor.index]! + 1, firstBody) : firstBody;
      content.splice(at, 0, oldNode(row.old));
      break;
    }
  }
  return { type: "doc", content } satisfies SpeechDoc;
}
