// A Word file's text box set inside the speech (a pull-quote, a sidebar's sentence): a box of a sentence on a line or
// two right between the speech's prose, not its flow. A box above the text (a letterhead), a numbered heading in a
// box, and a speech laid out in boxes (more than two) are left to the other rules.
import { endsSentence, isTitleLine, parseEnumerator } from "./outline-patterns";
import type { SourceLine } from "./types";

const MAX_BOX_LINES = 2;
/** More boxes than a page's pull-quotes: the speech itself is laid out in text boxes. */
const MAX_BOXES = 2;
const MAX_BOX_LINE = 80;
/** Prose of the speech: a sentence of some length. */
const MIN_PROSE = 20;
export const TEXT_BOX = "文本框（引语、边栏）";

const isProse = (t: string) => t.length >= MIN_PROSE && endsSentence(t);
/** The speech's flow around a box: its prose, or the heading of its next part. */
const isFlow = (t: string) => isProse(t) || !!parseEnumerator(t);

export function markTextBoxQuotes(lines: SourceLine[], texts: string[], verdict: (string | null)[]): void {
  const boxes: [number, number][] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.hint?.textBox) continue;
    let end = i;
    while (end + 1 < lines.length && lines[end + 1]!.hint?.textBox) end++;
    boxes.push([i, end]);
    i = end;
  }
  if (boxes.length > MAX_BOXES) return;
  // The nearest text outside the boxes on either side, kept so far.
  const flowAt = (from: number, step: 1 | -1) => {
    for (let k = from; k >= 0 && k < texts.length; k += step)
      if (texts[k]!.trim() && !lines[k]!.hint?.textBox) return verdict[k] ? "" : texts[k]!.trim();
    return "";
  };
  for (const [i, end] of boxes) {
    const box = texts
      .slice(i, end + 1)
      .map((t) => t.trim())
      .filter(Boolean);
    // A quotation is a sentence; a box that holds a title over two lines (在…会议上的讲话), a letterhead or a numbered
    // heading is none.
    const joined = box.join("");
    const quote = box.length > 0 && endsSentence(joined) && !isTitleLine(joined) && !parseEnumerator(joined);
    const short = box.length <= MAX_BOX_LINES && box.every((t) => t.length <= MAX_BOX_LINE);
    if (quote && short && isProse(flowAt(i - 1, -1)) && isFlow(flowAt(end + 1, 1)))
      for (let k = i; k <= end; k++) if (texts[k]!.trim()) verdict[k] ??= TEXT_BOX;
  }
}
