// A 范文 page prints a speech's section heads as bold runs in brackets, its body right after on the same line:
//   【一要把形势看准】上半年，全区安全生产总体稳定……
//   【二要把隐患挖深】下半年要集中开展一次……
// The brackets are the page's bold face, so the head is the speech's own (kept as printed, brackets and all), and
// it is cut off the paragraph it opens. Only a series does this: two heads or more whose numbers count up from 一
// (一要, 二要 … / 一是, 二是 … / 第一, 第二 …), each opening its paragraph, in a speech with no numbered outline of
// its own (under 一、 headings they would be its points), nor any other: a bar's 小标题 (▍压实责任), a sequence spoken in
// its sentences (首先，… 其次，… 最后，…) or the unnumbered headings read first (structure.ts). A lone 【一要…】 and an
// unnumbered 【典型案例】 over a case stay in their paragraphs.
import { parseEnumerator, type Family } from "./outline-patterns";
import { REASON_GLUED_HEADING } from "./glued-headings";
import { spokenSequence } from "./sequence-headings";
import { barShaped } from "./unnumbered-headings";
import type { InferredSplit, Paragraph } from "./types";

/** 【inner】 opening the paragraph: a head's words, no sentence in them. */
const BRACKET_HEAD_RE = /^\s*(【([^【】。！？；，,：:“”]{3,24})】)\s*/;
/** A body run in after the head is a paragraph's worth; a head alone on its line has none. */
const MIN_BODY = 20;
const MIN_HEADS = 2;
/** Families that number a speech's own outline (一、, （一）, 第一，, 1.): beside them the brackets mark its points. */
const ITEM_FAMILIES: ReadonlySet<Family> = new Set(["shi", "yao", "matter"]);

type Head = { at: number; head: string; body: string; family: Family; n: number };

function headOf(p: Paragraph, at: number): Head | null {
  if (p.hint?.headingLevel) return null;
  const m = BRACKET_HEAD_RE.exec(p.text);
  if (!m) return null;
  const e = parseEnumerator(m[2]!);
  if (!e || m[2]!.length - e.end < 2) return null;
  const body = p.text.slice(m[0].length).trim();
  if (body && body.length < MIN_BODY) return null;
  return { at, head: m[1]!, body, family: e.family, n: e.n };
}

/** The body with each head of a counting series of bracketed heads made a level-1 heading of its own. */
export function splitBracketedRunInHeads(body: Paragraph[], inferred?: InferredSplit[]): Paragraph[] {
  const heads = body.flatMap((p, i) => headOf(p, i) ?? []);
  if (heads.length < MIN_HEADS) return body;
  const counts = heads.every((h, k) => h.family === heads[0]!.family && h.n === k + 1);
  if (!counts) return body;
  const marked = new Set(heads.map((h) => h.at));
  const outlined = body.some((p, i) => {
    if (marked.has(i)) return false;
    const e = parseEnumerator(p.text);
    return !!p.hint?.headingLevel || (!!e && !ITEM_FAMILIES.has(e.family)) || barShaped(p);
  });
  if (outlined || spokenSequence(body)) return body;
  return body.flatMap((p, i) => {
    const h = marked.has(i) ? heads.find((x) => x.at === i)! : null;
    if (!h) return [p];
    const head: Paragraph = { ...p, text: h.head, hint: { ...p.hint, headingLevel: 1 } };
    if (!h.body) return [head];
    inferred?.push({ lineNo: p.lineNo, reason: REASON_GLUED_HEADING });
    return [head, { text: h.body, lineNo: p.lineNo }];
  });
}
