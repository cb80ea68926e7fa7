// A Word file's text box set inside the speech (a pull-quote, a sidebar's sentence): a box of a sentence on a line or
// two between the speech's prose, not its flow. A box above the text (a letterhead) or one that holds the text itself
// is left to the other rules.
import { endsSentence, isTitleLine } from "./outline-patterns";
import type { SourceLine } from "./types";

const MAX_BOX_LINES = 2;
const MAX_BOX_LINE = 80;
/** Prose of the speech: a sentence of some length. */
const MIN_PROSE = 20;
export const TEXT_BOX = "文本框（引语、边栏）";

const isProse = (t: string) => t.length >= MIN_PROSE && endsSentence(t);

export function markTextBoxQuotes(lines: SourceLine[], texts: string[], verdict: (string | null)[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.hint?.textBox) continue;
    let end = i;
    while (end + 1 < lines.length && lines[end + 1]!.hint?.textBox) end++;
    const box = texts
      .slice(i, end + 1)
      .map((t) => t.trim())
      .filter(Boolean);
    const before = texts.slice(0, i).some((t, k) => !verdict[k] && isProse(t.trim()));
    const after = texts.slice(end + 1).some((t, k) => !verdict[end + 1 + k] && isProse(t.trim()));
    // A quotation is a sentence; a box that holds a title over two lines (在…会议上的讲话) or a letterhead is none.
    const quote = box.length > 0 && endsSentence(box.join("")) && !isTitleLine(box.join(""));
    if (quote && box.length <= MAX_BOX_LINES && box.every((t) => t.length <= MAX_BOX_LINE) && before && after)
      for (let k = i; k <= end; k++) if (texts[k]!.trim()) verdict[k] ??= TEXT_BOX;
    i = end;
  }
}
