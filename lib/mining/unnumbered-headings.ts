// Section headings without numbers (认清形势，绷紧安全生产这根弦): a short line with no sentence in it, standing
// alone between paragraphs of prose. Only in a speech whose outline has no numbers at all and that has two such
// lines or more; a single short line between paragraphs is as likely a slogan or a stray line.
import { dateOfLine, isSalutation, isSpeakerLine, isTitleLine, parseEnumerator } from "./outline-patterns";
import type { Paragraph } from "./types";

const MIN_HEADING = 6;
const MAX_HEADING = 30;
/** A paragraph of prose around such a heading. */
const MIN_PROSE = 40;
const MIN_HEADINGS = 2;

function headingShaped(t: string): boolean {
  return (
    t.length >= MIN_HEADING &&
    t.length <= MAX_HEADING &&
    !/[。！？；：!?;:…“”"（）()《》【】、]/.test(t) &&
    !/[，,]$/.test(t) &&
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
  const found = body.flatMap((p, i) =>
    headingShaped(p.text.trim()) && isProse(body[i - 1]) && isProse(body[i + 1]) ? [i] : [],
  );
  if (found.length < MIN_HEADINGS) return body;
  const marked = new Set(found);
  return body.map((p, i) => (marked.has(i) ? { ...p, hint: { ...p.hint, headingLevel: 1 as const } } : p));
}
