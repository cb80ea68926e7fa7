// Finds the outline of a speech body: which paragraphs open with a heading, at which relative depth, and where a
// run-in heading ends. Levels are nesting depth, not glyph style: the first numbering seen is level 1, a new
// numbering that starts at 一/1 inside it is level 2. Sequence validation (一 then 二 then 三 under one parent)
// rejects false headings; inline enumerations stay in their paragraph; items whose line break was lost are split out.
import { embeddedAt, splitLostBreaks, splitParallelItems, splitRunTogether } from "./outline-breaks";
import { markersFor } from "./outline-markers";
import { firstSentenceEnd, parseEnumerator, type Enumerator, type Family } from "./outline-patterns";
import { punctuatedHeadingEnd } from "./run-in-heading";
import { isSpokenMarker, spokenPoints } from "./spoken-points";
import type { HeadingLevel, Paragraph } from "./types";

export type Shape = "bare" | "sentence" | "runin" | "long";
export type Cand = {
  family: Family;
  n: number;
  markEnd: number;
  head: string;
  body: string;
  shape: Shape;
  parent?: number;
};

export type OutlineItem =
  | { kind: "heading"; level: HeadingLevel; text: string; body: string; lineNo: number }
  | { kind: "paragraph"; text: string; lineNo: number };

const STANDALONE_MAX = 80;
const LONG_MAX = 100;

/** A paragraph that opens with an outline number, split into its heading and run-in body. */
export function candidateOf(text: string): Cand | null {
  const e = parseEnumerator(text);
  if (!e || text.length - e.end < 2) return null;
  const end = firstSentenceEnd(text, e.end, LONG_MAX + 1);
  if (end < 0 || end >= text.length) {
    if (text.length > STANDALONE_MAX || (end < 0 && firstSentenceEnd(text, LONG_MAX) >= 0)) return null;
    return cand(e, text, "", end < 0 ? "bare" : "sentence");
  }
  // A body runs on after the first sentence: the run-in rule says where the heading ends, if it is one.
  const cut = punctuatedHeadingEnd(text, e.end);
  if (cut > 0) return cand(e, text.slice(0, cut).trim(), text.slice(cut).trim(), "runin");
  return cand(e, text.slice(0, end).trim(), text.slice(end).trim(), "long");
}

/** The candidate as one literal (its keys in this order), not a spread of a base: V8 (Node 20) adds keys to a
 *  spread copy by a slow path. */
function cand(e: Enumerator, head: string, body: string, shape: Shape): Cand {
  return e.parent !== undefined
    ? { family: e.family, n: e.n, markEnd: e.end, parent: e.parent, head, body, shape }
    : { family: e.family, n: e.n, markEnd: e.end, head, body, shape };
}

type Level = { family: Family | "hint"; last: number; shape: Shape; group: number };

const TOP = new Set<Family | "hint">(["chapter", "cn-dun", "di", "matter", "shi", "yao"]);
const STRONG = new Set<Family | "hint">(["chapter", "section", "cn-dun", "cn-bracket", "cn-paren", "di", "matter"]);
const LEAFISH = new Set<Family | "hint">(["shi", "yao"]);
const INLINE_LIST = new Set<Family | "hint">(["shi", "yao", "di", "matter", "num-dot", "num-paren", "circled"]);
const DIGIT_FAMILIES = new Set<Family | "hint">(["num-dot", "num-paren"]);
const DIGIT_HEAD_MAX = 30;
const shapeClass = (s: Shape) => (s === "bare" ? "bare" : "sent");

type Assignment = { level: number[]; groups: number[][] };

function assign(cands: (Cand | null)[], hints: number[], disabled: Set<number>, texts: string[]): Assignment {
  const level: number[] = cands.map(() => 0);
  const groups: number[][] = [];
  const stack: Level[] = [];
  const open = (i: number, family: Family | "hint", n: number, shape: Shape) => {
    groups.push([i]);
    stack.push({ family, last: n, shape, group: groups.length - 1 });
  };
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    const h = hints[i] ?? 0;
    if (h) {
      stack.length = Math.min(stack.length, h - 1);
      while (stack.length < h - 1) stack.push({ family: "hint", last: 0, shape: "bare", group: -1 });
      open(i, c?.family ?? "hint", c?.n ?? 0, c?.shape ?? "bare");
      level[i] = h;
      continue;
    }
    if (!c || disabled.has(i)) continue;
    // 2.1 sits under its 2.: a list of dates (9.1, 9.2 …) with no such parent open is none.
    if (c.parent !== undefined && !stack.some((L) => L.family === "num-dot" && L.last === c.parent)) continue;
    // Continue an open list: same numbering style first (innermost, unless an outer one has the same shape),
    // else a switch of style among 一、/第一，/一是/一要 at the same depth (一是 … 二是 … 三、).
    let best = -1;
    let bestScore = 0;
    for (let k = stack.length - 1; k >= 0; k--) {
      const L = stack[k]!;
      if (L.last !== c.n - 1) continue;
      const sameShape = shapeClass(L.shape) === shapeClass(c.shape);
      const same = L.family === c.family;
      // (三是 under a paragraph that holds its 二是 goes on that list, not the outline: 第二，… / 一是…二是… / 三是…)
      const cross =
        !same &&
        TOP.has(L.family) &&
        TOP.has(c.family) &&
        sameShape &&
        !stack.slice(k + 1).some((d) => d.family === c.family) &&
        !(i > 0 && c.n > 1 && embeddedAt(texts[i - 1]!, markersFor(c.family, c.n - 1), 0, "", false) > 0);
      const score = same ? (sameShape ? 3 : 2) : cross ? 1 : 0;
      if (score > bestScore) {
        best = k;
        bestScore = score;
      }
    }
    if (best >= 0) {
      stack.length = best + 1;
      const L = stack[best]!;
      L.last = c.n;
      L.family = c.family;
      if (L.group >= 0) groups[L.group]!.push(i);
      else open(i, c.family, c.n, c.shape);
      level[i] = best + 1;
      continue;
    }
    if (c.n !== 1 || c.shape === "long") continue;
    // A strong numbering that is already open restarts at its own level; a new list after a 一是/一要 list at
    // depth 2 is its sibling, not its child (level-3 headings live inside paragraphs).
    const restart = STRONG.has(c.family) ? stack.findIndex((L) => L.family === c.family) : -1;
    const top = stack[stack.length - 1];
    const depth =
      restart >= 0 ? restart : stack.length >= 2 && top && LEAFISH.has(top.family) ? stack.length - 1 : stack.length;
    if (depth >= 3) continue;
    stack.length = depth;
    open(i, c.family, 1, c.shape);
    level[i] = depth + 1;
  }
  return { level, groups };
}

/** Rejects lone weak items and inline lists (一是…。二是…。三是… running on inside the last item). */
function validate(
  cands: (Cand | null)[],
  texts: string[],
  a: Assignment,
  disabled: Set<number>,
  merges: Set<number>,
): boolean {
  let changed = false;
  const off = (i: number) => {
    if (!disabled.has(i)) changed = true;
    disabled.add(i);
  };
  for (const members of a.groups) {
    const first = cands[members[0]!];
    if (!first) continue;
    if (members.length === 1) {
      if (!(STRONG.has(first.family) && (first.shape === "bare" || first.shape === "sentence"))) off(members[0]!);
      continue;
    }
    // 一是…。/ 二是…。/ 三是…。 one after another with nothing under any of them: a list of points, not headings.
    if (
      INLINE_LIST.has(first.family) &&
      members.every((m, j) => !cands[m]!.body && (j === 0 || m === members[j - 1]! + 1))
    ) {
      for (const m of members) off(m);
      continue;
    }
    // 1、上个月，邻镇有个村…父子俩都没救过来。 2、…: numbered points whose lead sentences run longer than any heading
    // numbered so (the longest heading labelled 1、… in every set of pages is 27 characters), a third of them or more.
    if (
      DIGIT_FAMILIES.has(first.family) &&
      members.filter((m) => cands[m]!.head.length > DIGIT_HEAD_MAX).length * 3 >= members.length
    ) {
      for (const m of members) off(m);
      continue;
    }
    const lastIdx = members[members.length - 1]!;
    const last = cands[lastIdx]!;
    // 一、…。 二、…。 and then a 三、 too long to be a heading: numbered points written as sentences, not headings.
    const after = texts[lastIdx + 1];
    if (
      members.every((m) => cands[m]!.shape === "sentence") &&
      after !== undefined &&
      !cands[lastIdx + 1] &&
      markersFor(last.family, last.n + 1).some((mk) => after.startsWith(mk))
    ) {
      for (const m of members) off(m);
      continue;
    }
    if (!INLINE_LIST.has(last.family) || !last.body) continue;
    const text = texts[lastIdx]!;
    const from = text.length - last.body.length;
    const next = embeddedAt(text, markersFor(last.family, last.n + 1), from, "", false);
    if (next < 0 || embeddedAt(text, markersFor(last.family, 1), from, "", false) >= 0) continue;
    for (let j = 0; j < members.length; j++) {
      const m = members[j]!;
      off(m);
      if (j + 1 < members.length && members[j + 1] === m + 1 && !cands[m]!.body) merges.add(m);
    }
  }
  return changed;
}

/** The outline of a speech body. A Word heading style (hint) is trusted, shifted up by `hintShift` levels. */
export function parseOutline(input: Paragraph[], hintShift = 0): OutlineItem[] {
  const memo = new Map<string, Cand | null>(); // each stage asks about the same paragraphs
  const cand = (text: string): Cand | null => {
    let c = memo.get(text);
    if (c === undefined) memo.set(text, (c = candidateOf(text)));
    return c;
  };
  const paras = splitParallelItems(splitLostBreaks(splitRunTogether(input, cand), cand), cand);
  const hints = paras.map((p) =>
    p.hint?.headingLevel ? Math.max(1, Math.min(3, p.hint.headingLevel - hintShift)) : 0,
  );
  const texts = paras.map((p) => p.text);
  // A talk's 第一个，… is an outline number only on the lines that are its points (cases, people, questions are not).
  const points = spokenPoints(texts);
  const cands = paras.map((p, i) => (hints[i] || (isSpokenMarker(p.text) && !points.has(i)) ? null : cand(p.text)));
  const disabled = new Set<number>();
  const merges = new Set<number>();
  let a = assign(cands, hints, disabled, texts);
  for (let round = 0; round < 8 && validate(cands, texts, a, disabled, merges); round++)
    a = assign(cands, hints, disabled, texts);

  const items: OutlineItem[] = [];
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i]!;
    const lvl = a.level[i]!;
    const c = cands[i];
    if (lvl > 0 && lvl <= 3) {
      items.push({
        kind: "heading",
        level: lvl as HeadingLevel,
        text: c ? c.head : p.text,
        body: c ? c.body : "",
        lineNo: p.lineNo,
      });
      continue;
    }
    const prev = items[items.length - 1];
    if (merges.has(i - 1) && prev?.kind === "paragraph") prev.text += p.text;
    else items.push({ kind: "paragraph", text: p.text, lineNo: p.lineNo });
  }
  return items;
}
