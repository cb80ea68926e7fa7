// An outline heading whose line break the copy lost before it, glued to the end of the paragraph above, its body on
// the next line (…要设置警示标志并安排专人看守。2. 抓好施工路段管控 / 两个改扩建项目部…). The number alone proves
// nothing (a sentence may end in a numbered phrase); the heading's siblings do, read at the strength a 1./2. item needs
// (numbered-series.ts: siblingsHeadLines). This file keeps the tail's shape: a short item n ≥ 2 without a clause, after
// a paragraph's text, at a line's end, its body on the next line.
// Cut off, the heading starts its own line, and its section its own paragraph.
import { siblingsHeadLines } from "./numbered-series";
import { endsSentence, parseEnumerator } from "./outline-patterns";
import type { InferredSplit, SourceLine } from "./types";

export const REASON_HEADING_AT_END = "标题与上一段末句连写，已拆开";

const HEAD_MIN = 4;
const HEAD_MAX = 25;
const TEXT_MIN = 20;
/** …看守。2. 抓好施工路段管控: the words after the paragraph's last sentence, at the line's end. */
const TAIL_RE = /[。！？][”’」』）)]*\s*([^。！？]{1,40})$/;

/** The next line with text below i, or "". */
function textBelow(lines: SourceLine[], i: number): string {
  for (let j = i + 1; j < lines.length; j++) if (lines[j]!.text.trim()) return lines[j]!.text.trim();
  return "";
}

/** Where the heading glued to the end of line i starts, or -1: an item numbered n ≥ 2, short, no clause in it,
 *  whose siblings head lines of their own, the line below the heading's body. */
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
  if (!siblingsHeadLines(lines, i, text.slice(0, at), e)) return -1;
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
