// A .docx made from a PDF by a converter: every printed line is a paragraph of its own, and only the first line of
// each of the speech's paragraphs carries the first-line indent. The indent is then the one mark of where a paragraph
// starts, so it is written out as the two full-width spaces a printed copy shows, and the lines are rejoined as a
// hard-wrapped text's are (rejoin-lines.ts). In a document typed in Word each paragraph is one w:p and the indent
// is left out: there it says nothing.
import { endsSentence, parseEnumerator } from "./outline-patterns";
import { displayWidth, wrapWidth } from "./rejoin-modes";
import type { SourceLine } from "./types";

/** Below this many lines a document is too short to tell. */
const MIN_LINES = 12;
/** Share of the lines that a converted print carries on, full to the margin, into an unindented line (a typed
 *  paragraph ends its own; a typed document has no common width). */
const CARRIED_SHARE = 0.3;

export function withPrintedIndents(lines: SourceLine[], indented: ReadonlySet<number>): SourceLine[] {
  const text = lines.flatMap((l, i) => (l.text.trim() && !l.hint?.tableRow ? [i] : []));
  if (text.length < MIN_LINES || indented.size < 3 || indented.size > text.length * 0.6) return lines;
  // The printed lines share the page's width: most run to its margin.
  const width = wrapWidth(text.map((i) => displayWidth(lines[i]!.text.trim())));
  if (!width) return lines;
  const carried = text.filter((i, k) => {
    const t = lines[i]!.text.trim();
    if (displayWidth(t) < width - 6) return false;
    const next = text[k + 1];
    if (next === undefined || next !== i + 1 || indented.has(next) || endsSentence(t) || /[：:]$/.test(t)) return false;
    const n = lines[next]!.text.trim();
    return n.length >= 10 && !parseEnumerator(n);
  });
  if (carried.length < text.length * CARRIED_SHARE) return lines;
  return lines.map((l, i) =>
    indented.has(i) && l.text.trim() ? { ...l, text: "\u3000\u3000" + l.text.trimStart() } : l,
  );
}
