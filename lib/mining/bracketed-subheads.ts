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

const isSectionHead = (t: string) => {
  const e = parseEnumerator(t);
  return !!e && SECTION_FAMILIES.has(e.family) && t.length <= MAX_SECTION_HEAD;
};
const isProse = (t: string | undefined) => !!t && t.length >= MIN_PROSE && hasSentencePunct(t);

/** The indexes of `texts` (a page's lines or a speech's paragraphs; blank ones are passed over) that are a numbered
 *  section's bracketed subheads: two or more in one section, each over prose. */
export function bracketedSubheads(texts: readonly string[]): number[] {
  // Most pages have no line in brackets alone: the outline is read only where two are.
  let candidates = 0;
  for (const t of texts) if (t.includes("【") && SUBHEAD_RE.test(t.trim()) && ++candidates >= MIN_SUBHEADS) break;
  if (candidates < MIN_SUBHEADS) return [];
  const lines = texts.flatMap((t, i) => (t.trim() ? [{ i, t: t.trim() }] : []));
  const found: number[] = [];
  // A section's subheads, and whether it has numbered subsections of its own (（一）…), beside which the brackets
  // are no level of the outline.
  let section: { at: number[]; numbered: boolean } | null = null;
  const close = () => {
    if (section && !section.numbered && section.at.length >= MIN_SUBHEADS) found.push(...section.at);
  };
  lines.forEach(({ i, t }, k) => {
    if (isSectionHead(t)) {
      close();
      section = { at: [], numbered: false };
    } else if (section && parseEnumerator(t)?.family === "cn-paren") section.numbered = true;
    else if (section && SUBHEAD_RE.test(t) && isProse(lines[k + 1]?.t)) section.at.push(i);
  });
  close();
  return found;
}

/** The body with a numbered section's bracketed subheads made headings one level under the sections (`shift`: the
 *  levels the Word styles' hints are read down by, structure.ts). Only where the sections are the outline's top. */
export function markBracketedSubheads(body: Paragraph[], shift: number): Paragraph[] {
  if (body.some((p) => p.hint?.headingLevel)) return body;
  const at = new Set(bracketedSubheads(body.map((p) => p.text)));
  if (!at.size) return body;
  return body.map((p, i) => (at.has(i) ? { ...p, hint: { ...p.hint, headingLevel: (2 + shift) as 2 | 3 } } : p));
}
