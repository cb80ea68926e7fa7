// A character diff between two versions of a paragraph that reads well in Chinese. A raw character diff of two
// sentences that differ in a few words matches stray shared characters (的, 要, 和) in the middle of a change, which
// shreds it into alternating one-character pieces; like diff-match-patch's semantic cleanup, an equality no longer
// than the changes on both sides of it is folded into them, and each run of changes becomes one removal and one
// addition.
import { diffChars } from "diff";
import type { DiffPart } from "./types";

/** Beyond this many edits the texts are simply different: one removal and one addition. */
const MAX_EDIT_LENGTH = 2000;

type Part = { value: string; kind: "equal" | "removed" | "added" };

export function diffForReading(from: string, to: string): DiffPart[] {
  if (from === to) return from ? [{ value: from }] : [];
  const raw = diffChars(from, to, { maxEditLength: MAX_EDIT_LENGTH });
  const parts: Part[] = raw
    ? raw.map((c) => ({ value: c.value, kind: c.added ? "added" : c.removed ? "removed" : "equal" }))
    : [
        { value: from, kind: "removed" },
        { value: to, kind: "added" },
      ];
  return toDiffParts(wholeNumbers(cleanupSemantic(parts)));
}

const length = (s: string) => [...s].length;

/** Folds short equalities into the changes around them, until none is left to fold. */
function cleanupSemantic(input: Part[]): Part[] {
  let parts = coalesce(input);
  for (let changed = true; changed;) {
    changed = false;
    for (let i = 1; i < parts.length - 1; i++) {
      const part = parts[i]!;
      if (part.kind !== "equal") continue;
      const left = changeRun(parts, i, -1);
      const right = changeRun(parts, i, 1);
      if (!left || !right) continue;
      const size = length(part.value);
      if (size <= Math.max(left.removed, left.added) && size <= Math.max(right.removed, right.added)) {
        parts = coalesce([
          ...parts.slice(0, i),
          { value: part.value, kind: "removed" },
          { value: part.value, kind: "added" },
          ...parts.slice(i + 1),
        ]);
        changed = true;
        break;
      }
    }
  }
  return parts;
}

/** Sizes of the run of changes next to position i in direction dir, or null when there is none. */
function changeRun(parts: Part[], i: number, dir: 1 | -1): { removed: number; added: number } | null {
  const run = { removed: 0, added: 0 };
  let found = false;
  for (let j = i + dir; j >= 0 && j < parts.length && parts[j]!.kind !== "equal"; j += dir) {
    run[parts[j]!.kind as "removed" | "added"] += length(parts[j]!.value);
    found = true;
  }
  return found ? run : null;
}

const DIGITS_END = /[0-9０-９.．]+$/u;
const DIGITS_START = /^[0-9０-９.．]+/u;
const startsWithDigit = (s: string) => /^[0-9０-９]/u.test(s);
const endsWithDigit = (s: string) => /[0-9０-９]$/u.test(s);

type Segment = { equal: string } | { removed: string; added: string };

/** A changed number shows whole (-15 +10, not 1 -5 +0): digits of an equality that touch a changed digit join the change. */
function wholeNumbers(parts: Part[]): Part[] {
  const segments: Segment[] = [];
  for (const p of parts) {
    const last = segments[segments.length - 1];
    if (p.kind === "equal") segments.push({ equal: p.value });
    else if (last && !("equal" in last)) last[p.kind] += p.value;
    else segments.push({ removed: "", added: "", [p.kind]: p.value });
  }
  segments.forEach((seg, j) => {
    if ("equal" in seg) return;
    const prev = segments[j - 1];
    const next = segments[j + 1];
    if (prev && "equal" in prev && (startsWithDigit(seg.removed) || startsWithDigit(seg.added))) {
      const tail = prev.equal.match(DIGITS_END)?.[0] ?? "";
      prev.equal = prev.equal.slice(0, prev.equal.length - tail.length);
      seg.removed = tail + seg.removed;
      seg.added = tail + seg.added;
    }
    if (next && "equal" in next && (endsWithDigit(seg.removed) || endsWithDigit(seg.added))) {
      const head = next.equal.match(DIGITS_START)?.[0] ?? "";
      next.equal = next.equal.slice(head.length);
      seg.removed += head;
      seg.added += head;
    }
  });
  return coalesce(
    segments.flatMap((seg): Part[] =>
      "equal" in seg
        ? [{ value: seg.equal, kind: "equal" }]
        : [
            { value: seg.removed, kind: "removed" },
            { value: seg.added, kind: "added" },
          ],
    ),
  );
}

/** Merges neighbouring parts of a kind; within a run of changes, all removals come before all additions. */
function coalesce(parts: Part[]): Part[] {
  const out: Part[] = [];
  let removed = "";
  let added = "";
  const flush = () => {
    if (removed) out.push({ value: removed, kind: "removed" });
    if (added) out.push({ value: added, kind: "added" });
    removed = added = "";
  };
  for (const p of parts) {
    if (!p.value) continue;
    if (p.kind === "removed") removed += p.value;
    else if (p.kind === "added") added += p.value;
    else {
      flush();
      const last = out[out.length - 1];
      if (last?.kind === "equal") last.value += p.value;
      else out.push({ ...p });
    }
  }
  flush();
  return out;
}

function toDiffParts(parts: Part[]): DiffPart[] {
  return parts.map((p) =>
    p.kind === "added"
      ? { value: p.value, added: true }
      : p.kind === "removed"
        ? { value: p.value, removed: true }
        : { value: p.value },
  );
}
