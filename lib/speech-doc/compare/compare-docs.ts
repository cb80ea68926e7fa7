// Comparing two texts of a speech, section by section and paragraph by paragraph, then character by character
// inside the paragraphs that changed. Passes: identical units in order (align.ts); units of identical text found
// elsewhere are moves; inside each gap edits, splits and merges (pair-gap.ts); what is left that closely
// resembles a unit removed or added elsewhere is a move with edits; the rest was added or removed.
import type { NumberingStyles } from "../numbering";
import type { SpeechDoc } from "../types";
import { alignUnits, type Gap } from "./align";
import { charDiff } from "./char-diff";
import { pairGap } from "./pair-gap";
import { similarity } from "./similarity";
import { summarise } from "./summary";
import type { CompareRow, Comparison, Unit } from "./types";
import { speechUnits, unitKey } from "./units";

/** A removed and an added unit this alike, in different places, are one unit moved and edited. */
const MOVE_SIMILARITY = 0.6;
/** Beyond this many candidate pairs the fuzzy move search is skipped (they stay removed and added). */
const MAX_FUZZY_PAIRS = 250_000;

type Move = { old: Unit; unit: Unit; exact: boolean };

export type CompareOptions = { oldStyles?: NumberingStyles; newStyles?: NumberingStyles };

export function compareDocs(oldDoc: SpeechDoc, newDoc: SpeechDoc, opts: CompareOptions = {}): Comparison {
  return compareUnits(speechUnits(oldDoc, opts.oldStyles), speechUnits(newDoc, opts.newStyles));
}

export function compareUnits(a: readonly Unit[], b: readonly Unit[]): Comparison {
  const stretches = alignUnits(a, b);
  const gaps = stretches.filter((s): s is { type: "gap" } & Gap => s.type === "gap");
  const moves = exactMoves(gaps);
  const moved = new Set<Unit>();
  for (const m of moves.values()) moved.add(m.old).add(m.unit);
  const gapOps = gaps.map((g) => pairGap(g.dels, g.ins, moved));
  fuzzyMoves(gapOps, moves, moved);
  const groups = moveGroups(moves);

  const rows: CompareRow[] = [];
  const arrived = new Set<number>(); // moved groups already shown at their new place
  let g = 0;
  for (const s of stretches) {
    if (s.type === "same") {
      for (const [, unit] of s.pairs) rows.push({ type: "same", unit });
      continue;
    }
    for (const op of gapOps[g++]!) {
      if (op.type === "del") {
        const m = moves.get(op.old);
        const last = rows[rows.length - 1];
        if (!m) rows.push({ type: "deleted", old: op.old });
        else if (last?.type === "moved-away" && last.group === groups.get(m)) last.units++;
        else {
          const direction = arrived.has(groups.get(m)!) ? "up" : "down";
          rows.push({ type: "moved-away", old: op.old, group: groups.get(m)!, units: 1, direction });
        }
      } else if (op.type === "ins") {
        const m = moves.get(op.unit);
        if (m) arrived.add(groups.get(m)!);
        rows.push(
          m
            ? {
                type: "moved",
                old: m.old,
                unit: op.unit,
                segments: m.exact ? null : charDiff(m.old.text, op.unit.text),
                group: groups.get(m)!,
              }
            : { type: "inserted", unit: op.unit },
        );
      } else if (op.type === "pair") {
        rows.push({ type: "changed", old: op.old, unit: op.unit, segments: charDiff(op.old.text, op.unit.text) });
      } else if (op.type === "split") {
        const joined = op.units.map((u) => u.text).join("");
        rows.push({ type: "split", old: op.old, units: op.units, segments: charDiff(op.old.text, joined) });
      } else {
        const joined = op.olds.map((u) => u.text).join("");
        rows.push({ type: "merged", olds: op.olds, unit: op.unit, segments: charDiff(joined, op.unit.text) });
      }
    }
  }
  return { rows, summary: summarise(rows) };
}

/** Units removed in one place and added, with the same text, in another; indexed by both units. */
function exactMoves(gaps: readonly Gap[]): Map<Unit, Move> {
  const removed = new Map<string, Unit[]>();
  for (const g of gaps) for (const u of g.dels) removed.set(unitKey(u), [...(removed.get(unitKey(u)) ?? []), u]);
  const out = new Map<Unit, Move>();
  for (const g of gaps) {
    for (const unit of g.ins) {
      const old = removed.get(unitKey(unit))?.shift();
      if (!old) continue;
      const m = { old, unit, exact: true };
      out.set(old, m).set(unit, m);
    }
  }
  return out;
}

/** Removed and added units left over by the gaps that closely resemble each other: moved and edited. */
function fuzzyMoves(gapOps: ReturnType<typeof pairGap>[], moves: Map<Unit, Move>, moved: Set<Unit>): void {
  const dels: Unit[] = [];
  const ins: Unit[] = [];
  for (const ops of gapOps) {
    for (const op of ops) {
      if (op.type === "del" && !moved.has(op.old)) dels.push(op.old);
      if (op.type === "ins" && !moved.has(op.unit)) ins.push(op.unit);
    }
  }
  if (!dels.length || !ins.length || dels.length * ins.length > MAX_FUZZY_PAIRS) return;
  const candidates: { old: Unit; unit: Unit; s: number }[] = [];
  for (const old of dels) {
    for (const unit of ins) {
      if (old.kind !== unit.kind) continue;
      const s = similarity(old.text, unit.text);
      if (s >= MOVE_SIMILARITY) candidates.push({ old, unit, s });
    }
  }
  candidates.sort((x, y) => y.s - x.s);
  for (const c of candidates) {
    if (moved.has(c.old) || moved.has(c.unit)) continue;
    const m = { old: c.old, unit: c.unit, exact: false };
    moves.set(c.old, m).set(c.unit, m);
    moved.add(c.old).add(c.unit);
  }
}

/** Moves of consecutive units that stay consecutive (a section with its paragraphs) form one group, from 1. */
function moveGroups(moves: Map<Unit, Move>): Map<Move, number> {
  const list = [...new Set(moves.values())].sort((x, y) => x.unit.index - y.unit.index);
  const out = new Map<Move, number>();
  let group = 0;
  let prev: Move | null = null;
  for (const m of list) {
    const follows = prev && m.unit.index === prev.unit.index + 1 && m.old.index === prev.old.index + 1;
    if (!follows) group++;
    out.set(m, group);
    prev = m;
  }
  return out;
}
