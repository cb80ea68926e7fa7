// Whether the numbering around an item at a paragraph's end shows it is an outline heading whose line break was lost
// (…件件有回音。三、压紧压实安全责任 / …安排专人看守。2. 抓好施工路段管控), not the last item of a list the paragraph
// runs inline. The number alone proves nothing; its series does. Two rules read it at two strengths:
//   seriesGoesOn      for a 一、/（一） tail (run-in-heading.ts): such numbers seldom run in prose, so any neighbour of
//                     the series heading a text around it will do, even one run in after a full stop the same way;
//   siblingsHeadLines for a 2. or other tail (glued-heading-ends.ts): 1./2. items run in prose all the time, so the
//                     item before it must head a short line of its own right above, and the items below must agree.
// Both reject a tail whose family already runs inline earlier in its paragraph, each after its own marks: a 一、 after
// a comma is as often a figure (…，一、二级企业), a 2. after one an item (…，2.部门抽查).
import { endsSentence, mayOpenEnumerator, parseEnumerator, type Enumerator, type Family } from "./outline-patterns";

export type Texts = readonly { text: string }[];

/** Where an item may open inside a text: after one of `marks`, any closing quote or bracket (unless `closers` is
 *  false), and spaces; where `opens` is given, only before what it matches. */
export const itemAfter = (marks: string, { closers = true, opens = "" } = {}): RegExp =>
  new RegExp(`[${marks}]${closers ? "[”’」』）)]*" : ""}\\s*${opens && `(?=${opens})`}`, "g");

/** The items of the family that open inside a text where `at` (built by itemAfter) matches. */
export function* itemsInside(text: string, family: Family, at: RegExp): Generator<Readonly<Enumerator>> {
  for (const m of text.matchAll(at)) {
    const q = m.index + m[0].length;
    // (The precheck only spares slicing the rest of the text where no number can open.)
    const e = mayOpenEnumerator(text.charAt(q)) ? parseEnumerator(text.slice(q)) : null;
    if (e?.family === family) yield e;
  }
}

/** An item of the family opens inside the text where `at` matches (…分两步走：1.企业自查。). */
export const inlineItem = (text: string, family: Family, at: RegExp): boolean =>
  !itemsInside(text, family, at).next().done;

/** The items of the family held by the texts from texts[own] outward (step −1 up, +1 down), nearest first: the one
 *  each text opens with, and, where `inside` is given, those opening inside it where `inside` matches. */
export function* siblings(
  texts: Texts,
  own: number,
  step: 1 | -1,
  family: Family,
  inside?: RegExp,
): Generator<{ index: number; item: Readonly<Enumerator> }> {
  for (let i = own + step; i >= 0 && i < texts.length; i += step) {
    const text = texts[i]!.text;
    const item = parseEnumerator(text.trim());
    if (item?.family === family) yield { index: i, item };
    if (inside) for (const item of itemsInside(text, family, inside)) yield { index: i, item };
  }
}

/** A 一、/（一） item as a heading is run in and as an inline list writes it (一．/一. inside a text counts for neither). */
const CN_ITEM = "[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]";
/** Marks after which a 一、 item runs inline in a sentence: a stop, a colon or a semicolon (not a comma: 一、二级). */
const CLAUSE_ITEM = itemAfter("。！？：:；;", { opens: CN_ITEM });
/** A full stop, after which a heading may be run into a paragraph. */
const STOP_ITEM = itemAfter("。！？", { opens: CN_ITEM });

/** For a 一、/（一） item ending texts[own], `before` the text before it: no item of its family runs inline in `before`,
 *  and the next number of its kind heads a later text or the one before it an earlier one (either may be run in after
 *  a full stop the same way). A lone 一、 or an inline list's last item has no such series. */
export function seriesGoesOn(texts: Texts, own: number, before: string, item: Readonly<Enumerator>): boolean {
  const { family, n } = item;
  if (inlineItem(before, family, CLAUSE_ITEM)) return false;
  const holds = (step: 1 | -1, k: number) => {
    for (const s of siblings(texts, own, step, family, STOP_ITEM)) if (s.item.n === k) return true;
    return false;
  };
  return holds(1, n + 1) || (n > 1 && holds(-1, n - 1));
}

/** The longest line a sibling heading stands on. */
const SIBLING_MAX = 30;
/** A short line of its own, no sentence: a heading's. */
const headsLine = (text: string) => text.length <= SIBLING_MAX && !endsSentence(text);
/** Marks after which a 1./2. item runs inline in a sentence: a comma as well; right after the mark, as this rule
 *  always read it (a 1. after a quote's close, …。”1.…, is not counted: counting it lost real headings). */
const INLINE_ITEM = itemAfter("。！？；：:，,", { closers: false });

/** For an item ending lines[own], `before` the text before it: the nearest line above that opens with an item of its
 *  family opens with the one before it and heads a line; the paragraph from there to the item runs none of the family
 *  inline; and below, before the numbering starts again, no line opens with the item's own number (…。2.整改要闭环落实到
 *  above the real 2.), and a line that opens with the next heads a line too. */
export function siblingsHeadLines(lines: Texts, own: number, before: string, item: Readonly<Enumerator>): boolean {
  const { family, n } = item;
  const above = siblings(lines, own, -1, family).next().value;
  if (!above || above.item.n !== n - 1 || !headsLine(lines[above.index]!.text.trim())) return false;
  const body = [...lines.slice(above.index + 1, own).map((l) => l.text), before].join("");
  if (inlineItem(body, family, INLINE_ITEM)) return false;
  for (const { index, item: below } of siblings(lines, own, 1, family)) {
    if (below.n === n) return false;
    if (below.n < n) return true;
    if (below.n === n + 1) return headsLine(lines[index]!.text.trim());
  }
  return true;
}
