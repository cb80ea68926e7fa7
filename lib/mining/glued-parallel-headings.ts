// A numbered heading run into its body with no word to show where it ends (（一）全面排查餐饮场所要对全区餐饮场所…),
// on a page where a sibling of the same numbering still stands on its own line (（二）加快老旧管网改造). A speech's
// headings at one level are worded in parallel, often to the character, so the glued one is cut where the sibling's
// length ends — only where that falls between two words, leaves a heading with no word of a sentence's (要, 了, 我们)
// and a body that opens as a duty's sentence and reads on to its end. Siblings of unlike length leave the paragraph as it is.
import { jieba } from "./jieba";
import { parseEnumerator, type Family } from "./outline-patterns";
import { gluesToBody } from "./run-in-heading";
import type { InferredSplit, Paragraph } from "./types";

/** How far (in paragraphs) a sibling is looked for; a section holds a few paragraphs. */
const SIBLING_SPAN = 6;
const HEAD_MIN = 4;
const HEAD_MAX = 16;
const BODY_MIN = 20;
/** Punctuation, or a word no heading holds: a sentence's modal, aspect or subject. */
const NOT_HEADING_RE = /[，。！？；：、,.!?;:“”"（）()]|要|了|将|我们|必须|应当|已经/;
/** A body opens as a duty's sentence does: 要…, 对…, 各…, or its subject, a place's body (区市场监管…, 全县…, 我局…);
 *  not 对照…, nor a pair of levels (县乡两级…), which go on with the heading's own words. */
const BODY_OPENER_RE =
  /^(?:要|对(?!照)|各|把|按照|通过|围绕|针对|坚持|全[省市县区镇乡]|[省市县区镇乡](?![级省县区镇乡村])|我[们省市县区镇乡局])/;
/** A numbered point that is one sentence, its subject first: a place or a body (全县各类学校…, 县应急管理局要…). */
const HEAD_SUBJECT_RE =
  /^(?:全[省市县区镇乡]|各[级地类部单乡镇村企学]|[省县区镇](?![级域])|市(?![场级域])|乡(?![村级])|我[们省市县区镇乡局])|(?:局|办|委|厅|部门|单位|企业|公司|学校|医院)$/;
/** 对重大危险源应当…: the 对 phrase and its modal in one clause, the rest of a sentence whose subject is the "heading". */
const OBJECT_THEN_MODAL_RE = /^对[^，。；！？,;]{1,20}?(?:应当|必须|要|应|须)/;
/** An outline's levels, from the top: a sibling is looked for only up to its section's heading. */
const FAMILY_RANK: Partial<Record<Family, number>> = { chapter: 0, section: 1, "cn-dun": 2, "cn-paren": 3 };

/** The words' length of a heading that stands alone (its number and nothing after its words), or 0. */
function bareLength(text: string, family: Family): number {
  const e = parseEnumerator(text);
  if (!e || e.family !== family) return 0;
  const words = text.slice(e.end).trim();
  return words.length >= HEAD_MIN && words.length <= HEAD_MAX && !NOT_HEADING_RE.test(words) ? words.length : 0;
}

/** Whether `at` falls between two of jieba's words in `text` (read from its start). */
function atWordBreak(text: string, at: number): boolean {
  let end = 0;
  for (const w of jieba().cut(text.slice(0, at + 8), false)) {
    end += w.length;
    if (end >= at) return end === at;
  }
  return false;
}

/** The paragraphs within SIBLING_SPAN of `i` (not `i` itself) that lie in its section: the search stops at a heading
 *  of a higher level (二、 above （一）), where another section's siblings begin. */
function sectionSpan(paragraphs: Paragraph[], i: number, family: Family): number[] {
  const rank = FAMILY_RANK[family] ?? 99;
  const out: number[] = [];
  for (const step of [-1, 1]) {
    for (let j = i + step; j >= 0 && j < paragraphs.length && Math.abs(j - i) <= SIBLING_SPAN; j += step) {
      const f = parseEnumerator(paragraphs[j]!.text)?.family;
      if (f && (FAMILY_RANK[f] ?? 99) < rank) break;
      out.push(j);
    }
  }
  return out;
}

function cutAt(p: Paragraph, paragraphs: Paragraph[], i: number): number {
  const e = p.hint?.headingLevel ? null : parseEnumerator(p.text);
  if (!e || !gluesToBody(e.family)) return -1;
  const from = e.end + (p.text.slice(e.end).length - p.text.slice(e.end).trimStart().length);
  if (p.text.length - from < HEAD_MIN + BODY_MIN) return -1;
  const lengths = new Set<number>();
  for (const j of sectionSpan(paragraphs, i, e.family)) {
    const sibling = paragraphs[j]!;
    const n = sibling.hint?.headingLevel ? null : parseEnumerator(sibling.text)?.n;
    if (n !== undefined && n !== null && n !== e.n && Math.abs(n - e.n) <= 2) {
      const length = bareLength(sibling.text, e.family);
      if (length) lengths.add(length);
    }
  }
  for (const length of lengths) {
    const at = from + length;
    const head = p.text.slice(from, at);
    const body = p.text.slice(at);
    if (NOT_HEADING_RE.test(head) || HEAD_SUBJECT_RE.test(head)) continue;
    if (!BODY_OPENER_RE.test(body) || OBJECT_THEN_MODAL_RE.test(body)) continue;
    if (body.length < BODY_MIN || !/[。！？]/.test(body)) continue;
    if (atWordBreak(p.text.slice(from), length)) return at;
  }
  return -1;
}

/** Paragraphs with a glued heading cut off its body where a standalone sibling's length says it ends. */
export function splitParallelGluedHeadings(
  paragraphs: Paragraph[],
  reason: string,
  inferred?: InferredSplit[],
): Paragraph[] {
  return paragraphs.flatMap((p, i) => {
    const at = cutAt(p, paragraphs, i);
    if (at < 0) return [p];
    inferred?.push({ lineNo: p.lineNo, reason });
    return [
      { ...p, text: p.text.slice(0, at).trim() },
      { text: p.text.slice(at).trim(), lineNo: p.lineNo },
    ];
  });
}
