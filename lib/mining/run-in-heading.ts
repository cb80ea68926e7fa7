// One rule for an outline heading run into its body, for the miner and for the composer's paste alike:
//   一、提高认识 全县上下要……                 set off by a space only (spacedRunIn, before normalising removes it);
//   一、认清形势，增强责任感今年以来，我县……   no punctuation between heading and body (gluedHeadingEnd);
//   一、提高政治站位。全县各级……              a heading sentence, or a heading ending in ：(punctuatedHeadingEnd).
// The miner applies each where its pipeline sees the paragraph (text-pipeline, glued-headings, outline-parse); paste
// sees one numbered paragraph at a time and asks runInHeadingEnd.
import { seriesGoesOn, type Texts } from "./numbered-series";
import { firstSentenceEnd, parseEnumerator, type Family } from "./outline-patterns";

/** The longest heading, number included, cut off a body run into it. */
export const RUN_IN_HEAD_MAX = 60;

// A tag left in the heading (<span style="…">) is read whole: its spaces are no break.
const SPACED_RUN_IN =
  /^(\s*(?:[一二三四五六七八九十]{1,3}[、．]|第[一二三四五六七八九十]{1,3}[，、]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、])\s*[\u4e00-\u9fff“《](?:<[^<>\n]{0,300}>|[^\s。！？!?<[]){1,37}?)[ \u3000\u00a0]+(?=[^\s]{20})(?=[^\n]*[。！？])/;

/** 一、提高认识 全县上下要…。 (a bold run in a web page, its break only a space): [heading, body], or null. */
export function spacedRunIn(text: string): [string, string] | null {
  const m = text.length > 30 ? SPACED_RUN_IN.exec(text) : null;
  return m ? [m[1]!, text.slice(m[0].length)] : null;
}

/** Only 一、 and （一） headings are cut off a body without a stop: 1. and 一是 items run on in prose. */
export const gluesToBody = (family: Family | null): boolean => family === "cn-dun" || family === "cn-paren";

/** Words that end a heading: the object of 增强…/认清…/做好… (重要性, 紧迫感, 形势, 工作…) or a closing quote. */
const HEAD_END =
  /(?:性|感|精神|情况|成效|形势|工作|隐患|问题|意识|责任|机制|监管|防范|领导|措施|底线|红线|能力|水平|体系|落实|稳定|保障|作用|重点|要求|部署|担当|整治|治理|实效|力度|氛围|基础|防线|大局|使命|职责|站位|[”》])$/;
/** Words that open a sentence of a speech body: time (今年…, 从即日起…; a bare 即日起 goes on its subject, …大检查工作即日起
 *  全面展开), place or subject, or an inline 一是;
 *  or the first sub-item of the heading's section (…紧迫感（一）总体情况。), which opens it as well. */
const OPENER =
  /^(?:\s*[（(]一[)）]|今年|去年|前年|近年|近期|近来|近日|日前|当前|目前|今天|过去的?[一两二三四五六七八九十几]?年|多年来|长期以来|一直以来|截至|截止|(?:从|自)(?:即日|现在|今天|明天|本月|下月|本周|下周)起|随着|据统计|实践证明|事实证明|(?:19|20)[\dxX×]{2}年|[\dxX×]{1,2}月[\dxX×]{1,2}日|我们|我国|我省|我市|我县|我区|我镇|我乡|我局|我校|全国|全省|全市|全县|全区|全镇|全乡|各级|各地|各部门|各单位|各乡镇|各县|各区|各企业|人民群众|安全生产是|安全是|[一二三四五六七八九十]是)/;
/** 专项整治开展以来，: a campaign's name (four to six characters: 制度建立以来 and “…”活动开展以来 run on the words before
 *  them) and its start, a body's time clause after a heading that is no sentence's subject (我县…) and no bare name. */
const SINCE_OPENER = /^[\u4e00-\u9fff]{4,6}(?:开展|实施|启动|部署|推进|建立|成立|施行)以来[，,]/;
const SINCE_BAD_HEAD = /^(?:我[们国省市县区镇乡局校]|全[国省市县区镇乡])|[”》」]$/;
const opensBody = (text: string, from: number, p: number): boolean =>
  OPENER.test(text.slice(p, p + 12)) ||
  (SINCE_OPENER.test(text.slice(p, p + 16)) && !SINCE_BAD_HEAD.test(text.slice(from, p)));
/** 要聚焦…/要严格…: a body's first duty, but only after a heading of two phrases (突出重点领域，全面排查整治燃气安全隐患):
 *  a numbered point is often worded 宣传教育工作要持续深入开展, one phrase and its 要. */
const DUTY_OPENER =
  /^要(?:聚焦|坚持|严格|加强|加快|切实|认真|强化|深入|全面|持续|扎实|进一步|始终|牢固|着力|抓好|突出)/;
const TWO_PHRASES = /^[^，,]{4,}[，,][^，,]{6,}$/;
/** An opening time phrase that stands before a comma (近年来，全国…): the first clause may be just that. */
const TIME_CLAUSE =
  /^(?:近年来|今年以来|去年以来|近期|近来|当前|目前|多年来|长期以来|一直以来|近日|日前|今天|去年|今年)[，,]/;

export const GLUED_HEAD_MIN = 4;
const GLUED_HEAD_MAX = 45;
const SHORT_HEADING_MAX = 16;
export const GLUED_BODY_MIN = 20;

/** Where the heading that starts at `from` (just after its number) ends, when its body follows without a break:
 *  a short heading sentence, or a heading-final word meeting a sentence opener; -1 when neither. */
export function gluedHeadingEnd(text: string, from: number): number {
  const short = firstSentenceEnd(text, from, from + SHORT_HEADING_MAX + 1);
  // 一、敢于担当。禁鞭这项工作…: a heading sentence of a few words (no comma: a numbered point's sentence has some).
  if (short > from + 1 && !/[，、,；]/.test(text.slice(from, short)) && text.length - short >= GLUED_BODY_MIN) {
    return short;
  }
  const stopAt = text.slice(from, from + GLUED_HEAD_MAX + 1).search(/[。！？；：!?;:]/);
  const stop = stopAt < 0 ? Math.min(text.length, from + GLUED_HEAD_MAX) : from + stopAt;
  for (let p = from + GLUED_HEAD_MIN; p < stop; p++) {
    if (!HEAD_END.test(text.slice(Math.max(from, p - 4), p))) continue;
    const duty = DUTY_OPENER.test(text.slice(p, p + 6)) && TWO_PHRASES.test(text.slice(from, p));
    if (!duty && !opensBody(text, from, p)) continue;
    // The body's first clause must read as one: it goes on for a while before any punctuation.
    const rest = text.slice(p, p + 40);
    if (rest.length >= 8 && (TIME_CLAUSE.test(rest) || !/^[^，。！？；：]{0,3}[，。！？；：]/.test(rest))) return p;
  }
  return -1;
}

/** A 一、 or （一） heading after a paragraph's last full stop, of a heading's length, not stopped at a comma: the break
 *  before it was lost, the one after it is its own (…件件有回音。三、压紧压实安全责任，织密责任落实网络). */
const TRAILING_HEADING_RE =
  /[。！？][”’」』）)]*\s*((?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])[^。！？；：!?;:]{4,45})$/;
/** Inline items (…，二、…) are a sentence's, not a heading. */
const SENTENCE_TAIL = /[，、,；;](?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])|[，、,]$/;
/** Figures in a series or a range (一、二级企业…, 三、四季度…, 三、五天内…, 一、二、三类…), not a heading's words that
 *  start with a numeral or a year (三、一体推进…, 二、一岗双责…, 二、2024年下半年…). */
const NUMBER_SERIES =
  /^[一二三四五六七八九十]{1,3}、(?!(?:19|20)\d\d年)(?:[一二三四五六七八九十两百千\d]+[级季月年天日周个家次类种期批号线条项人名户处起]|[一二三四五六七八九十]{1,3}、)/;
/** 要深化重大危险源安全包保。: a body's first duty as a sentence of its own, after a heading of two phrases. */
const DUTY_SENTENCE = /^要[^，,。；;：:]{2,20}。/;

/** Where a heading run into the end of a paragraph starts (see TRAILING_HEADING_RE), the paragraph being texts[own]
 *  of its page's lines or paragraphs; -1 when none, or where its series does not go on (numbered-series.ts). */
export function trailingHeadingAt(text: string, texts: Texts, own: number): number {
  const head = TRAILING_HEADING_RE.exec(text)?.[1];
  const e = head ? parseEnumerator(head) : null;
  if (!head || !e || !gluesToBody(e.family) || NUMBER_SERIES.test(head) || SENTENCE_TAIL.test(head.slice(e.end)))
    return -1;
  const at = text.length - head.length;
  return seriesGoesOn(texts, own, text.slice(0, at), e) ? at : -1;
}

/** A line ending in a heading run into it keeps the break after it only where that heading is whole: the next line
 *  opens a body (今年以来…, 各级…, 要严格…/要深化…。 after a heading of two phrases) or the heading ends in a heading's word
 *  (…监管责任). A clause cut right after an inline item (…。（一）各班组要在本周内完成 / 一次全面自查…) runs on. */
export function trailingHeadingBreaks(line: string, next: string, texts: Texts, own: number): boolean {
  const at = trailingHeadingAt(line, texts, own);
  if (at < 0) return false;
  const head = line.slice(at);
  const words = head.slice(parseEnumerator(head)!.end);
  if (HEAD_END.test(words)) return true;
  if (opensBody(head + next, head.length - words.length, head.length)) return true;
  return TWO_PHRASES.test(words) && (DUTY_OPENER.test(next) || DUTY_SENTENCE.test(next));
}

/** Where a numbered paragraph's heading ends by its punctuation, its words starting at `from`: after its first
 *  sentence when that fits in RUN_IN_HEAD_MAX (counted from the paragraph's start, number included), else after a
 *  ：within it (一、关于隐患排查：各乡镇要…); -1 when neither. */
export function punctuatedHeadingEnd(text: string, from: number): number {
  const end = firstSentenceEnd(text, from, RUN_IN_HEAD_MAX + 1);
  if (end > 0 && end <= RUN_IN_HEAD_MAX) return end;
  const colon = text.indexOf("：", from);
  return colon > 0 && colon < RUN_IN_HEAD_MAX ? colon + 1 : -1;
}

/** Where the heading of a paragraph that opens with a number of `family` (its words starting at `from`) ends, when
 *  a body runs on after it in the same paragraph; -1 when it does not. A body glued on without a stop is looked
 *  for first: its heading's punctuation, if any, lies further on inside the body. */
export function runInHeadingEnd(text: string, from: number, family: Family | null): number {
  const glued = gluesToBody(family) ? gluedHeadingEnd(text, from) : -1;
  const end = glued > 0 ? glued : punctuatedHeadingEnd(text, from);
  return end > 0 && text.slice(end).trim() ? end : -1;
}
