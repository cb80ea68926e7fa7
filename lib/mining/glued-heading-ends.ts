// An outline heading whose line break the copy lost before it, glued to the end of the paragraph above, its body on
// the next line (…要设置警示标志并安排专人看守。2. 抓好施工路段管控 / 两个改扩建项目部…). The number alone proves
// nothing (a sentence may end in a numbered phrase); the heading's siblings do: the item numbered one before it stands
// on a line of its own as a heading, and the item after it, if any, too. A wrapped line may end in the 2. of a list
// the paragraph runs inline (…分两步走：1.企业自查。2.整改要闭环落实到 / 人，…): an item of the family earlier in the
// paragraph, or a line below that already opens with the same item, shows the tail is no heading.
// Cut off, the heading starts its own line, and its section its own paragraph.
import { endsSentence, parseEnumerator } from "./outline-patterns";
import type { InferredSplit, SourceLine } from "./types";

export const REASON_HEADING_AT_END = "标题与上一段末句连写，已拆开";

const HEAD_MIN = 4;
const HEAD_MAX = 25;
const SIBLING_MAX = 30;
const TEXT_MIN = 20;
/** …看守。2. 抓好施工路段管控: the words after the paragraph's last sentence, at the line's end. */
const TAIL_RE = /[。！？][”’」』）)]*\s*([^。！？]{1,40})$/;

/** The nearest line above i that opens with an item of the family, or -1 when none does. */
function siblingAbove(lines: SourceLine[], i: number, family: string): number {
  for (let j = i - 1; j >= 0; j--) if (parseEnumerator(lines[j]!.text.trim())?.family === family) return j;
  return -1;
}

/** Where an item may open inside a paragraph's text: after a stop or a clause's mark. */
const INLINE_AT_RE = /[。！？；：:，,]\s*/g;

/** An item of the family opens inside the text (…分两步走：1.企业自查。). */
function inlineItem(text: string, family: string): boolean {
  for (const m of text.matchAll(INLINE_AT_RE))
    if (parseEnumerator(text.slice(m.index + m[0].length))?.family === family) return true;
  return false;
}

/** The item after the heading's, where a line below opens with one of the family before the numbering starts
 *  again, heads a line of its own, and no line below opens with the heading's own item. */
function siblingsBelowAgree(lines: SourceLine[], i: number, family: string, n: number): boolean {
  for (let j = i + 1; j < lines.length; j++) {
    const t = lines[j]!.text.trim();
    const e = parseEnumerator(t);
    if (e?.family !== family) continue;
    if (e.n === n) return false;
    if (e.n < n) return true;
    if (e.n === n + 1) return t.length <= SIBLING_MAX && !endsSentence(t);
  }
  return true;
}

/** The next line with text below i, or "". */
function textBelow(lines: SourceLine[], i: number): string {
  for (let j = i + 1; j < lines.length; j++) if (lines[j]!.text.trim()) return lines[j]!.text.trim();
  return "";
}

/** Where the heading glued to the end of line i starts, or -1: an item numbered n ≥ 2, short, no clause in it,
 *  whose item n − 1 above is a heading line of its own, the line below the heading's body. */
function headingStart(lines: SourceLine[], i: number): number {
  const text = lines[i]!.text;
  const m = text.length > TEXT_MIN && !endsSentence(text.trim()) ? TAIL_RE.exec(text) : null;
  if (!m) return -1;
  const tail = m[1]!.trim();
  const at = text.length - m[1]!.length + m[1]!.indexOf(tail);
  const e = parseEnumerator(tail);
  const words = e ? tail.slice(e.end).trim() : "";
  if (!e || e.n < 2 || words.length < HEAD_MIN || words.length > HEAD_MAX || /[，、；：,;:]/.test(words)) return -1;
  if (text.slice(0, at).trim().length < TEXT_MIN) return -1;
  const above = siblingAbove(lines, i, e.family);
  const sibling = above < 0 ? "" : lines[above]!.text.trim();
  const prior = parseEnumerator(sibling);
  if (!prior || prior.n !== e.n - 1 || sibling.length > SIBLING_MAX || endsSentence(sibling)) return -1;
  // The paragraph between the sibling and the tail runs no list of the family inline.
  const body = [...lines.slice(above + 1, i).map((l) => l.text), text.slice(0, at)].join("");
  if (inlineItem(body, e.family) || !siblingsBelowAgree(lines, i, e.family, e.n)) return -1;
  const below = textBelow(lines, i);
  return below.length >= TEXT_MIN && !parseEnumerator(below) ? at : -1;
}

/** The lines with each heading glued to the end of the paragraph above it set on a line of its own. */
export function splitHeadingsAtLineEnds(lines: SourceLine[], inferred?: InferredSplit[]): SourceLine[] {
  return lines.flatMap((line, i) => {
    if (line.hint?.headingLevel) return [line];
    const at = headingStart(lines, i);
    if (at < 0) return [line];
    inferred?.push({ lineNo: line.lineNo, reason: REASON_HEADING_AT_END });
    return [
      { ...line, text: line.text.slice(0, at).trimEnd() },
      { text: line.text.slice(at), lineNo: line.lineNo },
    ];
  });
}
