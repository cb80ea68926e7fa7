// Outline headings run into their body when the page lost the break (and the bold face) between them:
//   一、提高政治站位。全县上下要……            a short heading sentence, then the body;
//   一、认清形势，增强责任感今年以来，我县……   no punctuation at all between heading and body.
// The second kind is cut where a word that ends headings (…性/感/精神/形势/工作/“…”) meets a word that opens a
// sentence in a speech (今年以来/2023年/我们/各级/一是…). Only 一、 and （一） items are considered, at the start of a
// paragraph or of a sentence inside it (…讲三点意见。一、…); 一是/二是 run-ins stay in their paragraph.
import { firstSentenceEnd, parseEnumerator } from "./outline-patterns";
import type { InferredSplit, Paragraph } from "./types";

export const REASON_GLUED_HEADING = "标题与正文连写，已拆开";

const STRONG_AT =
  /(?:^|[。！？：][”’」』）)]*)\s*(?=[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])/g;
/** Words that end a heading: the object of 增强…/认清…/做好… (重要性, 紧迫感, 形势, 工作…) or a closing quote. */
const HEAD_END =
  /(?:性|感|精神|情况|成效|形势|工作|隐患|问题|意识|责任|机制|监管|防范|领导|措施|底线|红线|能力|水平|体系|落实|稳定|保障|作用|重点|要求|部署|担当|整治|治理|实效|力度|氛围|基础|防线|大局|使命|职责|站位|[”》])$/;
/** Words that open a sentence of a speech body: time, place or subject, or an inline 一是; or the first sub-item
 *  of the heading's section (…紧迫感（一）总体情况。), which opens it as well. */
const OPENER =
  /^(?:\s*[（(]一[)）]|今年|去年|前年|近年|近期|近来|近日|日前|当前|目前|今天|过去的?[一两二三四五六七八九十几]?年|多年来|长期以来|一直以来|截至|截止|随着|据统计|实践证明|事实证明|(?:19|20)[\dxX×]{2}年|[\dxX×]{1,2}月[\dxX×]{1,2}日|我们|我国|我省|我市|我县|我区|我镇|我乡|我局|我校|全国|全省|全市|全县|全区|全镇|全乡|各级|各地|各部门|各单位|各乡镇|各县|各区|各企业|人民群众|安全生产是|安全是|[一二三四五六七八九十]是)/;
/** 要聚焦…/要严格…: a body's first duty, but only after a heading of two phrases (突出重点领域，全面排查整治燃气安全隐患):
 *  a numbered point is often worded 宣传教育工作要持续深入开展, one phrase and its 要. */
const DUTY_OPENER =
  /^要(?:聚焦|坚持|严格|加强|加快|切实|认真|强化|深入|全面|持续|扎实|进一步|始终|牢固|着力|抓好|突出)/;
const TWO_PHRASES = /^[^，,]{4,}[，,][^，,]{6,}$/;
/** An opening time phrase that stands before a comma (近年来，全国…): the first clause may be just that. */
const TIME_CLAUSE =
  /^(?:近年来|今年以来|去年以来|近期|近来|当前|目前|多年来|长期以来|一直以来|近日|日前|今天|去年|今年)[，,]/;

const HEAD_MIN = 4;
const HEAD_MAX = 45;
const SHORT_HEADING_MAX = 16;
const BODY_MIN = 20;

/** Where the heading that starts at `from` (just after its number) ends, when its body follows without a break. */
export function gluedHeadingEnd(text: string, from: number): number {
  const short = firstSentenceEnd(text, from, from + SHORT_HEADING_MAX + 1);
  // 一、敢于担当。禁鞭这项工作…: a heading sentence of a few words (no comma: a numbered point's sentence has some).
  if (short > from + 1 && !/[，、,；]/.test(text.slice(from, short)) && text.length - short >= BODY_MIN) return short;
  const stopAt = text.slice(from, from + HEAD_MAX + 1).search(/[。！？；：!?;:]/);
  const stop = stopAt < 0 ? Math.min(text.length, from + HEAD_MAX) : from + stopAt;
  for (let p = from + HEAD_MIN; p < stop; p++) {
    if (!HEAD_END.test(text.slice(Math.max(from, p - 4), p))) continue;
    const duty = DUTY_OPENER.test(text.slice(p, p + 6)) && TWO_PHRASES.test(text.slice(from, p));
    if (!duty && !OPENER.test(text.slice(p, p + 12))) continue;
    // The body's first clause must read as one: it goes on for a while before any punctuation.
    const rest = text.slice(p, p + 40);
    if (rest.length >= 8 && (TIME_CLAUSE.test(rest) || !/^[^，。！？；：]{0,3}[，。！？；：]/.test(rest))) return p;
  }
  return -1;
}

function splitOne(p: Paragraph, inferred?: InferredSplit[]): Paragraph[] {
  if (p.hint?.headingLevel || p.text.length < HEAD_MIN + BODY_MIN) return [p];
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
    if (!e || (e.family !== "cn-dun" && e.family !== "cn-paren")) continue;
    const end = gluedHeadingEnd(p.text, q + e.end);
    if (end < 0) continue;
    if (q > 0 && cuts[cuts.length - 1] !== q) cuts.push(q);
    cuts.push(end);
    STRONG_AT.lastIndex = end;
    if (/^\s*[（(]一[)）]/.test(p.text.slice(end, end + 6))) subItemAt = end;
  }
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

/** Paragraphs with every glued heading cut off its body (and off the paragraph it was run into). */
export function splitGluedHeadings(paragraphs: Paragraph[], inferred?: InferredSplit[]): Paragraph[] {
  return paragraphs.flatMap((p) => splitOne(p, inferred));
}
