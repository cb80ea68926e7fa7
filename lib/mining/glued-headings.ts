// Outline headings run into their body when the page lost the break (and the bold face) between them:
//   一、提高政治站位。全县上下要……            a short heading sentence, then the body;
//   一、认清形势，增强责任感今年以来，我县……   no punctuation at all between heading and body.
// Where such a heading ends is the shared run-in rule (run-in-heading.ts, also the composer's paste); this stage
// finds the 一、 and （一） items it applies to, at the start of a paragraph or of a sentence inside it
// (…讲三点意见。一、…), and cuts the paragraph there; 一是/二是 run-ins stay in their paragraph.
import { splitParallelGluedHeadings } from "./glued-parallel-headings";
import { isTitleLine, parseEnumerator, PIAN_RE } from "./outline-patterns";
import { isPostedSpeakerLine, isSpeechFurniture } from "./speech-frame-lines";
import { GLUED_BODY_MIN, GLUED_HEAD_MIN, gluedHeadingEnd, gluesToBody, trailingHeadingAt } from "./run-in-heading";
import type { InferredSplit, Paragraph } from "./types";

export const REASON_GLUED_HEADING = "标题与正文连写，已拆开";
export const REASON_GLUED_TITLE = "下一篇的标题与上一段末句连写，已拆开";
export const REASON_GLUED_MARKER = "下一篇的篇目标记与上一段末句连写，已拆开";

/** …会议到此结束，散会。在全县安全生产警示教育大会上的讲话: the next speech's title (在…的讲话 / …主持词) run into the
 *  last sentence of the one before, at the very end of its paragraph. */
const TITLE_AT_END_RE =
  /[。！？][”’」』）)]*\s*(在[^。！？；，、]{4,60}?(?:讲话|主持词|发言|致辞|讲话提纲))\s*([^。！？；，、]{0,16})$/;

const STRONG_AT =
  /(?:^|[。！？：][”’」』）)]*)\s*(?=[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])/g;

function splitOne(p: Paragraph, inferred: InferredSplit[] | undefined, page: Paragraph[], own: number): Paragraph[] {
  if (p.hint?.headingLevel || p.text.length < GLUED_HEAD_MIN + GLUED_BODY_MIN) return [p];
  const cuts: number[] = [];
  STRONG_AT.lastIndex = 0;
  // A heading cut off right before its first sub-item: the sub-item is looked at next, as if after a stop.
  let subItemAt = -1;
  for (let m = STRONG_AT.exec(p.text); m || subItemAt >= 0; m = STRONG_AT.exec(p.text)) {
    let q: number;
    if (subItemAt >= 0) {
      q = subItemAt + (p.text.slice(subItemAt).length - p.text.slice(subItemAt).trimStart().length);
      subItemAt = -1;
      STRONG_AT.lastIndex = q + 1;
    } else {
      q = m!.index + m![0].length;
      if (m![0].length === 0) STRONG_AT.lastIndex++;
    }
    const e = parseEnumerator(p.text.slice(q, q + 8));
    if (!e || !gluesToBody(e.family)) continue;
    const end = gluedHeadingEnd(p.text, q + e.end);
    if (end < 0) continue;
    if (q > 0 && cuts[cuts.length - 1] !== q) cuts.push(q);
    cuts.push(end);
    STRONG_AT.lastIndex = end;
    if (/^\s*[（(]一[)）]/.test(p.text.slice(end, end + 6))) subItemAt = end;
  }
  // …一天都不能松。（二）三季度重点抓好三件事: a heading at the paragraph's end, its body on the line below.
  const tail = trailingHeadingAt(p.text, page, own);
  if (tail > (cuts[cuts.length - 1] ?? 0)) cuts.push(tail);
  if (!cuts.length) return [p];
  inferred?.push({ lineNo: p.lineNo, reason: REASON_GLUED_HEADING });
  const out: Paragraph[] = [];
  let from = 0;
  for (const at of [...cuts, p.text.length]) {
    const text = p.text.slice(from, at).trim();
    if (text) out.push(out.length === 0 ? { ...p, text } : { text, lineNo: p.lineNo });
    from = at;
  }
  return out;
}

function splitTitleAtEnd(p: Paragraph, next: Paragraph | undefined, inferred?: InferredSplit[]): Paragraph[] {
  const m = p.hint?.headingLevel ? null : TITLE_AT_END_RE.exec(p.text);
  // The speaker's line under the title may have been joined to it as a wrapped line's end (…的讲话县委副书记唐振华);
  // without it, the next speech's header follows (its speaker, date or salutation), or this is a sentence's reference
  // to a speech (…。在市委书记同志的讲话 / 精神指引下，…) cut by a broken line.
  const [, title, speaker] = m ?? [];
  if (!title || !isTitleLine(title)) return [p];
  if (speaker ? !isPostedSpeakerLine(speaker) : !next || !isSpeechFurniture(next.text)) return [p];
  inferred?.push({ lineNo: p.lineNo, reason: REASON_GLUED_TITLE });
  const at = p.text.length - m![0].length + m![0].indexOf(title);
  const parts = [
    { ...p, text: p.text.slice(0, at).trim() },
    { text: title, lineNo: p.lineNo },
  ];
  return speaker ? [...parts, { text: speaker, lineNo: p.lineNo }] : parts;
}

/** …散会。【篇二】: a collection's marker for the next speech run into the last sentence of the one before, at the
 *  very end of its paragraph. */
const MARKER_AT_END_RE = /[。！？][”’」』）)]*\s*([^。！？\s]{2,10})$/;

/** Cuts such a marker off to a line of its own (the structure opens the next speech with it), only where nothing but
 *  the marker follows the sentence and the next paragraph is that speech's title: a sentence that ends by naming a
 *  piece (…详见【篇二】) has no stop before it. */
function splitMarkerAtEnd(p: Paragraph, next: Paragraph | undefined, inferred?: InferredSplit[]): Paragraph[] {
  const m = p.hint?.headingLevel ? null : MARKER_AT_END_RE.exec(p.text);
  const marker = m?.[1];
  if (!marker || marker.replace(PIAN_RE, "").trim() || !PIAN_RE.test(marker)) return [p];
  if (!next || !isTitleLine(next.text.trim())) return [p];
  inferred?.push({ lineNo: p.lineNo, reason: REASON_GLUED_MARKER });
  const at = p.text.length - marker.length;
  return [
    { ...p, text: p.text.slice(0, at).trim() },
    { text: marker, lineNo: p.lineNo },
  ];
}

/** Paragraphs with every glued heading cut off its body (and off the paragraph it was run into; where only a
 *  standalone sibling's length tells, glued-parallel-headings.ts), and a next speech's title or marker off the
 *  paragraph it ends. */
export function splitGluedHeadings(paragraphs: Paragraph[], inferred?: InferredSplit[]): Paragraph[] {
  const split = splitParallelGluedHeadings(
    paragraphs.flatMap((p, i) => splitOne(p, inferred, paragraphs, i)),
    REASON_GLUED_HEADING,
    inferred,
  );
  const titled = split.flatMap((p, i) => splitTitleAtEnd(p, split[i + 1], inferred));
  return titled.flatMap((p, i) => splitMarkerAtEnd(p, titled[i + 1], inferred));
}
