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
/** A body opens as a duty's sentence does: 要…, 对…, 各…, or its subject, a place's body (区市场监管…, 全县…, 我局…). */
const BODY_OPENER_RE =
  /^(?:要|对|各|把|按照|通过|围绕|针对|坚持|全[省市县区镇乡]|[省市县区镇乡](?!级)|我[们省市县区镇乡局])/;

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

function cutAt(p: Paragraph, paragraphs: Paragraph[], i: number): number {
  const e = p.hint?.headingLevel ? null : parseEnumerator(p.text);
  if (!e || !gluesToBody(e.family)) return -1;
  const from = e.end + (p.text.slice(e.end).length - p.text.slice(e.end).trimStart().length);
  if (p.text.length - from < HEAD_MIN + BODY_MIN) return -1;
  const lengths = new Set<number>();
  for (let j = Math.max(0, i - SIBLING_SPAN); j <= Math.min(paragraphs.length - 1, i + SIBLING_SPAN); j++) {
    const sibling = paragraphs[j]!;
    const n = j === i || sibling.hint?.headingLevel ? null : parseEnumerator(sibling.text)?.n;
    if (n !== undefined && n !== null && n !== e.n && Math.abs(n - e.n) <= 2) {
      const length = bareLength(sibling.text, e.family);
      if (length) lengths.add(length);
    }
  }
  for (const length of lengths) {
    const at = from + length;
    const body = p.text.slice(at);
    if (NOT_HEADING_RE.test(p.text.slice(from, at)) || !BODY_OPENER_RE.test(body)) continue;
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
