// The first pass of a comparison: the longest common run of identical units (kind, level and text), found with
// diff-match-patch over a string holding one code unit per distinct unit. Between the runs it leaves "gaps":
// the units removed and added there, which the later passes pair up as edits, splits, merges and moves.
import { makeDiff } from "@sanity/diff-match-patch";
import type { Unit } from "./types";
import { unitKey } from "./units";

export type Gap = { dels: Unit[]; ins: Unit[] };
export type Stretch = { type: "same"; pairs: [Unit, Unit][] } | ({ type: "gap" } & Gap);

/** One code unit per distinct key, from U+0100 upwards (10,000 units stay well below the surrogates). */
function encoder() {
  const codes = new Map<string, string>();
  return (units: readonly Unit[]) =>
    units
      .map((u) => {
        const key = unitKey(u);
        let code = codes.get(key);
        if (code === undefined) {
          code = String.fromCharCode(0x100 + codes.size);
          codes.set(key, code);
        }
        return code;
      })
      .join("");
}

export function alignUnits(a: readonly Unit[], b: readonly Unit[]): Stretch[] {
  const encode = encoder();
  const diffs = makeDiff(encode(a), encode(b));
  const out: Stretch[] = [];
  let i = 0;
  let j = 0;
  let gap: Gap | null = null;
  for (const [op, text] of diffs) {
    const n = text.length;
    if (op === 0) {
      gap = null;
      const pairs: [Unit, Unit][] = [];
      for (let k = 0; k < n; k++) pairs.push([a[i++]!, b[j++]!]);
      out.push({ type: "same", pairs });
      continue;
    }
    if (!gap) {
      gap = { dels: [], ins: [] };
      out.push({ type: "gap", ...gap });
    }
    if (op === -1) for (let k = 0; k < n; k++) gap.dels.push(a[i++]!);
    else for (let k = 0; k < n; k++) gap.ins.push(b[j++]!);
  }
  return out;
}
