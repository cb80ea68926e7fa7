// The comparison of two printed texts (older → newer) as the paragraphs of a file with tracked changes: each
// paragraph laid out as a printed block, its text as equal / inserted / deleted pieces, and its paragraph mark
// inserted or deleted where a paragraph was added, removed, split or merged. Accepting every change gives the
// newer text exactly, rejecting every change the older one.
//
// Moves are a deletion where the text stood and an insertion where it stands now (the file has no w:moveFrom /
// w:moveTo, which the docx library cannot write and WPS shows no better). A heading's number is text in the
// export, so a number changed by a section moved, added or removed above it shows as a change to the number.
import { charDiff, type DiffSegment } from "../speech-doc/compare/char-diff";
import { compareUnits } from "../speech-doc/compare/compare-docs";
import type { CompareRow, Unit } from "../speech-doc/compare/types";
import type { PrintBlock } from "./print-blocks";
import { printUnits } from "./print-units";

export type TrackedPiece = DiffSegment;
/** The paragraph mark: kept, inserted (rejecting joins the paragraph to the next) or deleted (accepting does). */
export type MarkChange = "equal" | "insert" | "delete";
export type TrackedParagraph = { block: PrintBlock; pieces: TrackedPiece[]; mark: MarkChange };

/** The block's text as printed: a heading's number before its text. */
export const printedText = (block: PrintBlock): string =>
  block.kind === "blank" ? "" : block.kind === "heading" ? block.number + block.text : block.text;

const segment = (text: string): DiffSegment[] => (text ? [{ op: "equal", text }] : []);

const whole = (block: PrintBlock, op: "insert" | "delete"): TrackedParagraph => {
  const text = printedText(block);
  return { block, pieces: text ? [{ op, text }] : [], mark: op };
};

/** A heading's number and text: the change of number (when renumbered) before the text's own segments. */
function withNumbers(old: Unit, unit: Unit, text: DiffSegment[]): TrackedPiece[] {
  const numbers: DiffSegment[] = old.number === unit.number ? segment(unit.number) : charDiff(old.number, unit.number);
  const out: TrackedPiece[] = [];
  for (const piece of [...numbers, ...text]) {
    const last = out[out.length - 1];
    if (!piece.text) continue;
    if (last?.op === piece.op) last.text += piece.text;
    else out.push({ ...piece });
  }
  return out;
}

/**
 * Cuts the segments of one text into parts of the given lengths, counted on the side `side` reads (the newer
 * text counts equal and inserted pieces, the older equal and deleted ones); pieces of the other side stay in the
 * part they fall in.
 */
export function cutSegments(
  segments: readonly DiffSegment[],
  lengths: readonly number[],
  side: "new" | "old",
): TrackedPiece[][] {
  const other = side === "new" ? "delete" : "insert";
  const parts: TrackedPiece[][] = lengths.map(() => []);
  let part = 0;
  let left = lengths[0] ?? 0;
  for (const seg of segments) {
    if (seg.op === other) {
      parts[part]!.push(seg);
      continue;
    }
    let text = seg.text;
    while (text) {
      while (left === 0 && part < lengths.length - 1) left = lengths[++part]!;
      const take = part === lengths.length - 1 ? text.length : Math.min(left, text.length);
      parts[part]!.push({ op: seg.op, text: text.slice(0, take) });
      text = text.slice(take);
      left -= take;
    }
  }
  return parts;
}

/** The older text's unit behind each `same` row (a row holds only the newer one), in order. */
function sameOlds(rows: readonly CompareRow[], olds: readonly Unit[]): Unit[] {
  const changed = new Set<Unit>();
  for (const r of rows) {
    if (r.type === "changed" || r.type === "deleted" || r.type === "moved" || r.type === "split") changed.add(r.old);
    if (r.type === "merged") r.olds.forEach((u) => changed.add(u));
  }
  const out = olds.filter((u) => !changed.has(u));
  if (out.length !== rows.filter((r) => r.type === "same").length) throw new Error("对照结果与旧文本不一致。");
  return out;
}

export function trackedParagraphs(older: readonly PrintBlock[], newer: readonly PrintBlock[]): TrackedParagraph[] {
  const a = printUnits(older);
  const b = printUnits(newer);
  const { rows } = compareUnits(a.units, b.units);
  const oldBlock = (u: Unit) => a.blockOf.get(u)!;
  const newBlock = (u: Unit) => b.blockOf.get(u)!;
  const same = sameOlds(rows, a.units);
  let s = 0;
  const out: TrackedParagraph[] = [];
  for (const row of rows) {
    switch (row.type) {
      case "same": {
        const old = same[s++]!;
        out.push({
          block: newBlock(row.unit),
          pieces: withNumbers(old, row.unit, segment(row.unit.text)),
          mark: "equal",
        });
        break;
      }
      case "changed":
        out.push({ block: newBlock(row.unit), pieces: withNumbers(row.old, row.unit, row.segments), mark: "equal" });
        break;
      case "inserted":
      case "moved":
        out.push(whole(newBlock(row.unit), "insert"));
        break;
      case "deleted":
        out.push(whole(oldBlock(row.old), "delete"));
        break;
      case "moved-away":
        for (let k = 0; k < row.units; k++) out.push(whole(oldBlock(a.units[row.old.index + k]!), "delete"));
        break;
      case "split": {
        const parts = cutSegments(
          row.segments,
          row.units.map((u) => u.text.length),
          "new",
        );
        row.units.forEach((u, i) =>
          out.push({ block: newBlock(u), pieces: parts[i]!, mark: i < row.units.length - 1 ? "insert" : "equal" }),
        );
        break;
      }
      case "merged": {
        const parts = cutSegments(
          row.segments,
          row.olds.map((u) => u.text.length),
          "old",
        );
        row.olds.forEach((u, i) =>
          out.push({
            block: i < row.olds.length - 1 ? oldBlock(u) : newBlock(row.unit),
            pieces: parts[i]!,
            mark: i < row.olds.length - 1 ? "delete" : "equal",
          }),
        );
        break;
      }
    }
  }
  return out;
}
