// Mined outline templates: each corpus speech's top-level headings, as categories, make its shape (形势分析 —
// 隐患排查 — 责任落实); speeches are grouped by shape, and each common shape is offered with the headings of its
// most typical speech. Pure: the rows come from corpus-structure.ts.
import { parseEnumerator } from "../mining/outline-patterns";
import { stripHeadingNumber } from "../speech-doc/strip-number";
import type { HeadingLevel } from "../speech-doc/types";

export type CorpusHeadingRow = {
  speechId: string;
  /** Position of the heading inside its speech (rows of one speech come in this order). */
  position: number;
  level: number | null;
  text: string;
  /** The heading's live category key, null when it has none. */
  categoryKey: string | null;
};

export type MinedHeading = { position: number; level: HeadingLevel; text: string; categoryKey: string | null };

export type MinedShape = {
  shape: string[];
  shapeKey: string;
  speechIds: string[];
  representativeId: string;
  headings: MinedHeading[];
};

export const SHAPE_SEPARATOR = "—";
/** A shape followed by one speech only is that speech's outline, which 语料中某篇讲话的提纲 already offers. */
export const MIN_SHAPE_SPEECHES = 2;
export const MAX_SHAPES = 10;
/** Typicality compares a speech with at most this many others of its shape (keeps a huge group linear). */
const MAX_COMPARED = 200;

type SpeechShape = { speechId: string; shape: string[]; features: Set<string>; headings: MinedHeading[] };

const levelOf = (level: number | null) => (level === 2 || level === 3 ? level : 1);

/**
 * A corpus heading's text for a new speech's outline: without its number, including 一是/一要 and a talk's 第一个，,
 * which inside a paragraph is a run-in list (so stripHeadingNumber keeps it) but on a heading the miner found is its
 * number, and the composer computes numbers of its own.
 */
export function templateHeadingText(raw: string): string {
  const text = stripHeadingNumber(raw);
  const e = parseEnumerator(text);
  if (!e || (e.family !== "shi" && e.family !== "yao" && e.family !== "matter")) return text;
  return text.slice(e.end).trim() || text;
}

/** The shape of one speech: the categories of its top-level headings, an adjacent repeat counted once. */
function shapeOf(speechId: string, rows: CorpusHeadingRow[]): SpeechShape {
  const top = Math.min(...rows.map((r) => levelOf(r.level)));
  const shape: string[] = [];
  const features = new Set<string>();
  const headings: MinedHeading[] = [];
  for (const r of rows) {
    const text = templateHeadingText(r.text);
    if (!text) continue;
    const depth = levelOf(r.level) - top;
    if (depth === 0 && r.categoryKey && shape.at(-1) !== r.categoryKey) shape.push(r.categoryKey);
    // What a heading is about and where it stands: typicality compares speeches by these.
    features.add(`${Math.max(shape.length - 1, 0)}:${depth}:${r.categoryKey ?? "-"}`);
    headings.push({ position: r.position, level: (depth + 1) as HeadingLevel, text, categoryKey: r.categoryKey });
  }
  return { speechId, shape, features, headings };
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  const union = a.size + b.size - both;
  return union ? both / union : 0;
}

/** The member most like the others (highest summed similarity); the first in corpus order on a tie. */
function mostTypical(members: SpeechShape[]): SpeechShape {
  let best = members[0]!;
  let bestScore = -1;
  const compared = members.slice(0, MAX_COMPARED);
  for (const m of members) {
    let score = 0;
    for (const o of compared) if (o !== m) score += jaccard(m.features, o.features);
    if (score > bestScore) {
      best = m;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The commonest shapes of at least two sections followed by at least `minSpeeches` speeches, most followed first
 * (then in the order their first speech comes in `rows`), at most `limit`.
 */
export function mineShapes(
  rows: readonly CorpusHeadingRow[],
  { minSpeeches = MIN_SHAPE_SPEECHES, limit = MAX_SHAPES } = {},
): MinedShape[] {
  const bySpeech = new Map<string, CorpusHeadingRow[]>();
  for (const r of rows) {
    const list = bySpeech.get(r.speechId);
    if (list) list.push(r);
    else bySpeech.set(r.speechId, [r]);
  }
  const groups = new Map<string, SpeechShape[]>();
  for (const [speechId, list] of bySpeech) {
    const s = shapeOf(speechId, list);
    if (s.shape.length < 2) continue;
    const key = s.shape.join(SHAPE_SEPARATOR);
    const group = groups.get(key);
    if (group) group.push(s);
    else groups.set(key, [s]);
  }
  return [...groups.entries()]
    .filter(([, members]) => members.length >= minSpeeches)
    .sort((a, b) => b[1].length - a[1].length) // stable: equal counts keep their first-seen order
    .slice(0, limit)
    .map(([shapeKey, members]) => {
      const typical = mostTypical(members);
      return {
        shape: typical.shape,
        shapeKey,
        speechIds: members.map((m) => m.speechId),
        representativeId: typical.speechId,
        headings: typical.headings,
      };
    });
}
