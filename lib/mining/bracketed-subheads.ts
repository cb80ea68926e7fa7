// A post's 小标题 under a speech's numbered section, printed in the brackets the platform sets for bold:
//   二、聚焦重点，扎实抓好隐患排查整治
//   【盯紧重点行业领域】
//   一是建筑施工领域，要对……。
//   【盯紧防汛和地质灾害防御】
//   要切实做好汛期防御工作……。
// Each stands alone on its line, a few words and no sentence, over a paragraph of prose, and a section has two or
// more: the section's subheads, one level under its heading. The noise pass must not take them for chrome (a short
// line in brackets with no stop), and the structure reads them as headings. A single bracketed line over a paragraph
// (【典型案例】) stays as it is, and so does a bracketed label outside a numbered section (【编者按】 over the lead) or in
// a section numbered into （一）, （二） (there the brackets are a point's emphasis, not a level).
// A speech with no numbered sections may print its own section heads so (a news site's reprint):
//   ……下面，我讲几点意见。
//   【清醒认识当前安全生产形势】
//   今年以来，……。
// Two or more such lines, each alone between two paragraphs of prose before any numbered section, are its level-1
// headings. A label in brackets is a word (【编者按】, 【典型案例】, 【专家点评】) and stands over a lead or a case, not
// between the speech's paragraphs: a heading there is a phrase of six characters or more.
import { hasSentencePunct } from "./outline-chars";
import { parseEnumerator, type Family } from "./outline-patterns";
import type { Paragraph } from "./types";

const SUBHEAD_RE = /^【[^【】。！？；，,：:“”"]{2,20}】$/;
/** The numbered heads of a speech's sections (一、… / 第一，…), short lines, no paragraph run in. */
const SECTION_FAMILIES: ReadonlySet<Family> = new Set(["cn-dun", "di"]);
const MAX_SECTION_HEAD = 40;
/** A paragraph of prose under a subhead. */
const MIN_PROSE = 40;
const MIN_SUBHEADS = 2;
/** A section head's words (清醒认识当前形势), longer than a label's (编者按, 典型案例, 延伸阅读). */
const MIN_TOP_HEAD = 6;

const isSectionHead = (t: string) => {
  const e = parseEnumerator(t);
  return !!e && SECTION_FAMILIES.has(e.family) && t.length <= MAX_SECTION_HEAD;
};
const isProse = (t: string | undefined) => !!t && t.length >= MIN_PROSE && hasSentencePunct(t);

/** The indexes of `texts` (a page's lines or a speech's paragraphs; blank ones are passed over) that are a numbered
 *  section's bracketed subheads (two or more in one section, each over prose) or the bracketed section heads of a
 *  speech without numbered sections. */
export function bracketedSubheads(texts: readonly string[]): number[] {
  return bracketedHeads(texts).map((h) => h.at);
}

/** bracketedSubheads, each with its place: `top`, a section head of a speech with no numbered sections. */
function bracketedHeads(texts: readonly string[]): { at: number; top: boolean }[] {
  // Most pages have no line in brackets alone: the outline is read only where two are.
  let candidates = 0;
  for (const t of texts) if (t.includes("【") && SUBHEAD_RE.test(t.trim()) && ++candidates >= MIN_SUBHEADS) break;
  if (candidates < MIN_SUBHEADS) return [];
  const lines = texts.flatMap((t, i) => (t.trim() ? [{ i, t: t.trim() }] : []));
  const found: { at: number; top: boolean }[] = [];
  // Before any numbered section: lines in brackets alone between two paragraphs, the speech's own section heads.
  const top: number[] = [];
  // A section's subheads, and whether it has numbered subsections of its own (（一）…), beside which the brackets
  // are no level of the outline.
  let section: { at: number[]; numbered: boolean } | null = null;
  const close = () => {
    if (section && !section.numbered && section.at.length >= MIN_SUBHEADS)
      found.push(...section.at.map((at) => ({ at, top: false })));
  };
  lines.forEach(({ i, t }, k) => {
    if (isSectionHead(t)) {
      close();
      section = { at: [], numbered: false };
    } else if (section && parseEnumerator(t)?.family === "cn-paren") section.numbered = true;
    else if (section && SUBHEAD_RE.test(t) && isProse(lines[k + 1]?.t)) section.at.push(i);
    else if (!section && SUBHEAD_RE.test(t) && t.length - 2 >= MIN_TOP_HEAD && isProse(lines[k - 1]?.t)) {
      if (isProse(lines[k + 1]?.t)) top.push(i);
    }
  });
  close();
  if (top.length >= MIN_SUBHEADS) found.push(...top.map((at) => ({ at, top: true })));
  return found.sort((a, b) => a.at - b.at);
}

/** The body with a numbered section's bracketed subheads made headings one level under the sections (`shift`: the
 *  levels the Word styles' hints are read down by, structure.ts), and the bracketed section heads of a speech
 *  without numbered sections made level-1 headings. Only where the sections are the outline's top. */
export function markBracketedSubheads(body: Paragraph[], shift: number): Paragraph[] {
  if (body.some((p) => p.hint?.headingLevel)) return body;
  const heads = new Map(bracketedHeads(body.map((p) => p.text)).map((h) => [h.at, h.top]));
  if (!heads.size) return body;
  return body.map((p, i) => {
    const top = heads.get(i);
    if (top === undefined) return p;
    return { ...p, hint: { ...p.hint, headingLevel: (top ? 1 : 2 + shift) as 1 | 2 | 3 } };
  });
}
