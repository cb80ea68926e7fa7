// The speech's outline and its sections, read from the flat node list: a heading's section runs until the next
// heading of the same or a shallower level. Feeds the outline sidebar (numbers, character counts), the library
// panel's category tab (the section the cursor is in) and section moves (by drag and drop in the outline, from
// the keyboard, on the server and in tests).
import { countChars, isBody, nodeText } from "./doc-text";
import { headingNumbers, type NumberingStyles } from "./numbering";
import { DEFAULT_SETTINGS, NODE, type HeadingLevel, type HeadingNode, type SpeechDoc, type SpeechNode } from "./types";

export type OutlineEntry = {
  /** Position of the heading in doc.content. */
  index: number;
  level: HeadingLevel;
  /** 一、 / （一） / 1. … as headingNumbers computes it. */
  number: string;
  text: string;
  /** The heading and the paragraphs directly under it, up to the next heading of any level. */
  ownChars: number;
  /** The whole section: up to the next heading of the same or a shallower level. */
  sectionChars: number;
};

const isHeading = (node: SpeechNode | undefined): node is HeadingNode => node?.type === NODE.heading;

/** Characters a reader speaks; the title and speaker line are not read out, as in bodyChars. */
const spokenChars = (node: SpeechNode): number => (isBody(node) ? countChars(nodeText(node)) : 0);

/**
 * Exclusive end index of the section that the node at `index` opens: the next heading of the same or a shallower
 * level, or the end of the document. A node that is not a heading is a section of its own (index + 1), so a
 * caller can move a single paragraph with the same functions.
 */
export function sectionEnd(doc: SpeechDoc, index: number): number {
  const nodes = doc.content;
  if (!Number.isInteger(index) || index < 0 || index >= nodes.length) throw new RangeError(`sectionEnd: ${index}`);
  const head = nodes[index]!;
  if (!isHeading(head)) return index + 1;
  let end = index + 1;
  while (end < nodes.length) {
    const node = nodes[end]!;
    if (isHeading(node) && node.attrs.level <= head.attrs.level) break;
    end++;
  }
  return end;
}

export function outlineOf(doc: SpeechDoc, styles: NumberingStyles = DEFAULT_SETTINGS.numbering): OutlineEntry[] {
  const nodes = doc.content;
  const headings: number[] = [];
  nodes.forEach((node, i) => {
    if (isHeading(node)) headings.push(i);
  });
  const numbers = headingNumbers(
    headings.map((i) => (nodes[i] as HeadingNode).attrs.level),
    styles,
  );
  // Prefix sums make every section's count O(1) after one pass, whatever the nesting.
  const prefix = new Array<number>(nodes.length + 1).fill(0);
  nodes.forEach((node, i) => (prefix[i + 1] = prefix[i]! + spokenChars(node)));
  const chars = (from: number, to: number) => prefix[to]! - prefix[from]!;

  return headings.map((index, k) => {
    const node = nodes[index] as HeadingNode;
    const nextHeading = headings[k + 1] ?? nodes.length;
    return {
      index,
      level: node.attrs.level,
      number: numbers[k]!,
      text: nodeText(node),
      ownChars: chars(index, nextHeading),
      sectionChars: chars(index, sectionEnd(doc, index)),
    };
  });
}

/** Characters of the opening: everything spoken before the first heading (salutation included). */
export function openingChars(doc: SpeechDoc): number {
  let n = 0;
  for (const node of doc.content) {
    if (isHeading(node)) break;
    n += spokenChars(node);
  }
  return n;
}

/**
 * The document with the section opened at `fromIndex` moved to stand before the node at `toIndex` (a heading, or
 * doc.content.length for the end). Headings keep their levels; numbers follow from the new order. Moving a
 * section into itself or to where it already is returns the same document object. Pure: the input is unchanged.
 */
export function moveSection(doc: SpeechDoc, fromIndex: number, toIndex: number): SpeechDoc {
  const nodes = doc.content;
  if (!Number.isInteger(toIndex) || toIndex < 0 || toIndex > nodes.length)
    throw new RangeError(`moveSection: ${toIndex}`);
  const end = sectionEnd(doc, fromIndex);
  if (toIndex >= fromIndex && toIndex <= end) return doc;
  const section = nodes.slice(fromIndex, end);
  const rest = [...nodes.slice(0, fromIndex), ...nodes.slice(end)];
  // Indices after the section shift back by its length once it is taken out.
  const at = toIndex > end ? toIndex - section.length : toIndex;
  return { ...doc, content: [...rest.slice(0, at), ...section, ...rest.slice(at)] };
}

/** Where a dragged outline entry is dropped: the upper half of an entry (in front of it) or the lower half. */
export type DropPlace = "before" | "after";

/**
 * The `toIndex` (for moveSection) of the section opened at `fromIndex` when dropped on the heading at
 * `targetIndex`: "before" is in front of that heading, "after" is behind its whole section (its sub-sections stay
 * with it). A section never lands inside a deeper one, which would make that one's following sub-sections its own:
 * it goes on to the end of the section it was dropped into. Null when nothing would change: dropped onto itself,
 * onto one of its own sub-sections, or right where it already is.
 */
export function sectionDropIndex(
  doc: SpeechDoc,
  fromIndex: number,
  targetIndex: number,
  place: DropPlace,
): number | null {
  const nodes = doc.content;
  const end = sectionEnd(doc, fromIndex);
  if (targetIndex >= fromIndex && targetIndex < end) return null;
  const head = nodes[fromIndex]!;
  const level = isHeading(head) ? head.attrs.level : Infinity;
  let to = place === "before" ? targetIndex : sectionEnd(doc, targetIndex);
  for (; to < nodes.length; to++) {
    const node = nodes[to];
    if (isHeading(node) && node.attrs.level <= level) break;
  }
  return to >= fromIndex && to <= end ? null : to;
}

/**
 * The `toIndex` (for moveSection) that moves the section opened at `index` past its previous (-1) or next (+1)
 * sibling: the nearest section of the same level under the same parent. Null when there is none that way (the
 * first or last under its parent) or `index` is not a heading.
 */
export function sectionStepIndex(doc: SpeechDoc, index: number, direction: -1 | 1): number | null {
  const nodes = doc.content;
  const head = nodes[index];
  if (!isHeading(head)) return null;
  const level = head.attrs.level;
  if (direction === 1) {
    const next = sectionEnd(doc, index);
    const sibling = nodes[next];
    return isHeading(sibling) && sibling.attrs.level === level ? sectionEnd(doc, next) : null;
  }
  // Back over the previous sibling's paragraphs and deeper sub-sections, to the first heading as high as ours.
  for (let i = index - 1; i >= 0; i--) {
    const node = nodes[i];
    if (isHeading(node) && node.attrs.level <= level) return node.attrs.level === level ? i : null;
  }
  return null;
}

export type SectionRef = { index: number; level: HeadingLevel; text: string };

/**
 * Where a node sits: the nearest heading at or above it, and the level-1 heading whose section contains it (the
 * composer shows the library category matching that heading's text). Both null in the opening; `top` is null
 * under a level-2 heading that has no level-1 heading above it.
 */
export function sectionAt(doc: SpeechDoc, nodeIndex: number): { heading: SectionRef | null; top: SectionRef | null } {
  const nodes = doc.content;
  const last = Math.min(nodeIndex, nodes.length - 1);
  let heading: SectionRef | null = null;
  for (let i = last; i >= 0; i--) {
    const node = nodes[i]!;
    if (!isHeading(node)) continue;
    const ref = { index: i, level: node.attrs.level, text: nodeText(node) };
    heading ??= ref;
    if (node.attrs.level === 1) return { heading, top: ref };
  }
  return { heading, top: null };
}
