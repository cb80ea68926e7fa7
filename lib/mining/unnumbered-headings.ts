// Section headings without numbers (认清形势，绷紧安全生产这根弦): a short line with no sentence in it, standing
// alone between paragraphs of prose. Only in a speech whose outline has no numbers at all and that has two such
// lines or more; a single short line between paragraphs is as likely a slogan or a stray line.
import { dateOfLine, isSalutation, isSpeakerLine, isTitleLine, parseEnumerator } from "./outline-patterns";
import type { Paragraph } from "./types";

/** Two phrases, the second longer than a slogan's half (认清形势，绷紧安全生产这根弦): a slogan such as 安全生产重于泰山
 *  or 生命至上 安全第一 is no heading. */
const TWO_PHRASES = /^[^，]{2,}，[^，]{5,}$/;
const MIN_HEADING = 10;
const MAX_HEADING = 30;
/** A paragraph of prose around such a heading. */
const MIN_PROSE = 40;
const MIN_HEADINGS = 2;

function headingShaped(t: string): boolean {
  return (
    t.length >= MIN_HEADING &&
    t.length <= MAX_HEADING &&
    !/[。！？；：!?;:…“”"（）()《》【】、]/.test(t) &&
    TWO_PHRASES.test(t) &&
    !isSalutation(t) &&
    !isSpeakerLine(t) &&
    !dateOfLine(t) &&
    !isTitleLine(t)
  );
}

const isProse = (p: Paragraph | undefined) => !!p && p.text.length >= MIN_PROSE;

/** The body with its unnumbered section headings marked as level-1 headings (LineHint.headingLevel). */
export function markUnnumberedHeadings(body: Paragraph[]): Paragraph[] {
  if (body.some((p) => p.hint?.headingLevel || parseEnumerator(p.text))) return body;
  // A line repeated word for word is a running header the noise rules missed, not a section's heading.
  const seen = new Map<string, number>();
  for (const p of body) seen.set(p.text.trim(), (seen.get(p.text.trim()) ?? 0) + 1);
  const found = body.flatMap((p, i) => {
    const t = p.text.trim();
    return headingShaped(t) && seen.get(t) === 1 && isProse(body[i - 1]) && isProse(body[i + 1]) ? [i] : [];
  });
  if (found.length < MIN_HEADINGS) return body;
  const marked = new Set(found);
  return body.map((p, i) => (marked.has(i) ? { ...p, hint: { ...p.hint, headingLevel: 1 as const } } : p));
}
