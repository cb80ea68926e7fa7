// The second pass: inside one gap, in reading order, pair each removed unit with the added one it became (an
// edit in place), one removed paragraph with two added ones (a split) or two removed with one added (a merge).
// Units already known to have moved (the first pass) keep their place in the order and are passed over.
import type { Unit } from "./types";
import { similarity } from "./similarity";

export type GapOp =
  | { type: "del"; old: Unit }
  | { type: "ins"; unit: Unit }
  | { type: "pair"; old: Unit; unit: Unit }
  | { type: "split"; old: Unit; units: [Unit, Unit] }
  | { type: "merge"; olds: [Unit, Unit]; unit: Unit };

/** At least this alike to count as the same paragraph edited. */
export const EDIT_SIMILARITY = 0.4;
/** A split or merge must explain the text this well, and clearly better than a plain edit. */
const JOIN_SIMILARITY = 0.6;
const JOIN_MARGIN = 0.15;
const LOOK_AHEAD = 3;

const compatible = (a: Unit, b: Unit) => a.kind === b.kind;
const alike = (a: Unit, b: Unit) => (compatible(a, b) ? similarity(a.text, b.text) : 0);
const isParagraph = (u: Unit | undefined): u is Unit => u?.kind === "paragraph";

export function pairGap(dels: readonly Unit[], ins: readonly Unit[], moved: ReadonlySet<Unit>): GapOp[] {
  const ops: GapOp[] = [];
  let i = 0;
  let j = 0;
  const free = (list: readonly Unit[], from: number, max: number) =>
    list.slice(from, from + max + 1).filter((u) => !moved.has(u));
  while (i < dels.length || j < ins.length) {
    const d = dels[i];
    const n = ins[j];
    if (d && moved.has(d)) {
      ops.push({ type: "del", old: d });
      i++;
    } else if (n && moved.has(n)) {
      ops.push({ type: "ins", unit: n });
      j++;
    } else if (!d) {
      ops.push({ type: "ins", unit: n! });
      j++;
    } else if (!n) {
      ops.push({ type: "del", old: d });
      i++;
    } else {
      const s = alike(d, n);
      const n2 = ins[j + 1];
      const d2 = dels[i + 1];
      const split =
        isParagraph(d) && isParagraph(n) && isParagraph(n2) && !moved.has(n2)
          ? similarity(d.text, n.text + n2.text)
          : 0;
      const merge =
        isParagraph(n) && isParagraph(d) && isParagraph(d2) && !moved.has(d2)
          ? similarity(d.text + d2.text, n.text)
          : 0;
      if (split >= JOIN_SIMILARITY && split > s + JOIN_MARGIN && split >= merge) {
        ops.push({ type: "split", old: d, units: [n, n2!] });
        i++;
        j += 2;
      } else if (merge >= JOIN_SIMILARITY && merge > s + JOIN_MARGIN) {
        ops.push({ type: "merge", olds: [d, d2!], unit: n });
        i += 2;
        j++;
      } else if (s >= EDIT_SIMILARITY) {
        ops.push({ type: "pair", old: d, unit: n });
        i++;
        j++;
      } else if (free(ins, j + 1, LOOK_AHEAD).some((u) => alike(d, u) >= EDIT_SIMILARITY)) {
        ops.push({ type: "ins", unit: n });
        j++;
      } else {
        ops.push({ type: "del", old: d });
        i++;
      }
    }
  }
  return ops;
}
