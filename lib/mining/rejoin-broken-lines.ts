// A page that broke every paragraph over two to four lines at arbitrary points (text copied out of a PDF viewer:
// no wrap width, no indent, blank lines only now and then). Its line ends carry no paragraph marks, so two cuts the
// general joining rules (rejoin-lines.ts) cannot see are mended here: a heading's last words alone on the next line,
// and a sentence left alone on its line at the end of a paragraph that was cut at a full stop.
import { endsSentence, firstSentenceEnd } from "./outline-patterns";
import { STANDALONE_START, type Item, type Mode } from "./rejoin-modes";
import type { Paragraph } from "./types";

/** A paragraph as joined: its first line and how many lines it took. */
export type Run = { first: Item; lines: number };

/** A heading line without a run-in body (nothing after its first sentence). */
export function isStandalone(t: string): boolean {
  const end = firstSentenceEnd(t);
  return end < 0 || end >= t.length;
}

const STOP_RE = /[，。、；：！？,.;:!?]/;

/** 二、聚焦重点环节，扎实开展 / 开学前后安全隐患大排查 / （一）…: a numbered heading of two clauses, its last clause cut in a
 *  word, goes on into a short line with no stop at all that stands between it and the next numbered line (a heading
 *  is followed by its body or its first sub-heading, never by an unnumbered phrase). */
export function headingGoesOn(prev: Item, next: Item, following: Item | undefined): boolean {
  if (!prev.family || !isStandalone(prev.text) || !/[，,]/.test(prev.text)) return false;
  if (!/\p{Script=Han}$/u.test(prev.text) || next.header || next.family) return false;
  if (next.text.length > 16 || STOP_RE.test(next.text) || prev.text.length + next.text.length > 40) return false;
  return !!following?.family && !following.afterBlank;
}

/** A prose paragraph: not a heading, a title, a speaker's or a date line, nor a salutation. */
const prose = (r: Run) => !r.first.header && !(r.first.family && isStandalone(r.first.text));

/** One sentence alone on its line, right before a heading, a 同志们，… or the page's end, goes on the paragraph above
 *  where the page leaves no other paragraph on one line: eight paragraphs of several lines at least, at most two
 *  sentences alone (a page of one paragraph a line, or of short paragraphs, has many). Elsewhere it stands. */
export function joinLoneSentences(out: Paragraph[], runs: Run[], mode: Mode): Paragraph[] {
  if (mode.width > 0 || mode.indents || mode.blankLines || mode.sentences || mode.tagBreaks) return out;
  // Paragraphs of sentences (a headline, a label or a name above the text is none).
  const body = runs.filter((r, k) => prose(r) && out[k]!.text.length >= 15 && endsSentence(out[k]!.text));
  const lone = body.filter((r) => r.lines === 1);
  if (body.length - lone.length < 8 || lone.length > 2) return out;
  const closes = (r: Run | undefined) =>
    !r || r.first.header || STANDALONE_START.test(r.first.text) || (!!r.first.family && isStandalone(r.first.text));
  const kept: Paragraph[] = [];
  runs.forEach((r, k) => {
    const above = runs[k - 1];
    const joins =
      r.lines === 1 &&
      lone.includes(r) &&
      !r.first.afterBlank &&
      !r.first.family &&
      !STANDALONE_START.test(r.first.text) &&
      endsSentence(r.first.text) &&
      !!above &&
      above.lines >= 2 &&
      prose(above) &&
      endsSentence(out[k - 1]!.text) &&
      closes(runs[k + 1]);
    if (joins) kept[kept.length - 1] = { ...kept[kept.length - 1]!, text: kept[kept.length - 1]!.text + out[k]!.text };
    else kept.push(out[k]!);
  });
  return kept;
}
