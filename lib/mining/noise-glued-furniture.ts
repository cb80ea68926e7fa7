// A page's furniture whose line break the copy lost, glued to the speech's text: a site's attachment label at the end
// of the speech's last paragraph (…请各位领导监督。谢谢大家！相关附件：) over the files it lists, a news page's ▲
// photo caption at the start of a paragraph (▲1月13日，公司召开…工作会议据预测，今年…; ▲ 赵××（左二）检查…情况兄弟们，…).
// Set on a line of its own, each is judged by the rules that know its kind (the attachment rule with its list, the
// caption rules); the speech's text is left as it was written.
import { endsSentence, isTitleLine, parseEnumerator } from "./outline-patterns";
import type { SourceLine } from "./types";

/** …谢谢大家！相关附件： — a finished sentence, then the label alone at the line's end. */
const GLUED_LABEL_RE = /^(.*[。！？!?])\s*((?:相关)?附\s*件\s*[：:])\s*$/;
/** What a file's name ends in: an office document's extension or its size. */
const FILE_NAME_RE = /\.(?:docx?|xlsx?|pptx?|pdf|wps|et|txt|zip|rar|7z)(?![a-z])|[（(]\d+(?:\.\d+)?\s*[KMG]B[）)]/i;

/** The line below lists a file (…承诺书（模板）.docx) or opens a numbered list (1.…安排) rather than a sentence. */
function listsFiles(lines: SourceLine[], i: number): boolean {
  let j = i + 1;
  while (j < lines.length && !lines[j]!.text.trim()) j++;
  const next = lines[j]?.text.trim() ?? "";
  return FILE_NAME_RE.test(next) || (parseEnumerator(next)?.n === 1 && !endsSentence(next));
}

/** …在2022年春运道路运输安全工作会议上的讲话: the meeting a title names. */
const MEETING_RE = /在([^在。！？，；：]{6,50}?(?:会议|大会|例会|会))上的(?:讲话|发言|致辞|主持词|报告)/;
/** How much of the meeting's name the caption must repeat, and how long a caption runs. */
const MIN_MEETING_WORDS = 6;
const MAX_CAPTION = 50;
const MIN_REST = 20;
/** What carries a sentence on after a meeting's name (…会议以来, …会议上，, …会议精神, …会议暨…, the caption's own
 *  …会议在县行政中心召开): no caption ends there (上半年 opens a paragraph). */
const RUNS_ON_RE =
  /^(?:以来|以后|之后|后[，,]|上(?!半年|个?月|周|旬)|中|前|期间|的|并|和|及|与|暨|结束|精神|要求|部署|提出|召开|举行|在|于|隆重|顺利|胜利|[，,、：:；;。！？])/;

/** A caption's shape before the meeting's name: the day it was held (1月13日), or the words that report it
 *  (公司召开…, 举行…, 出席…, 现场：…); a speaker's own ▲ point names the meeting as its sentence's subject. */
const CAPTION_SHAPE_RE =
  /\d{1,2}月\d{1,2}日|[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日|召开|举行|现场|出席/;
/** 召开的…会议 / 举行的…会议: the name is a sentence's subject, not a caption's object. */
const SUBJECT_RE = /(?:召开|举行)的$/;
/** A predicate carrying the sentence on after the meeting's name (…会议是在…, …会议明确提出…, …会议强调…). */
const PREDICATE_RE =
  /^(?:是|为|对|就|把|将|已|也|还|都|又|再|再次|首次|专门|明确|提出|强调|指出|作出|做出|作了|审议|通过|研究|决定|确定|印发|号召|要|必须|进一步|认为|传达|听取|总结|安排|围绕|聚焦|紧扣|坚持)/;

/** The meetings the page's titles name (among its first lines), with their years left off as a caption says them. */
function pageMeetings(lines: SourceLine[]): string[] {
  const meetings = new Set<string>();
  for (let i = 0, seen = 0; i < lines.length && seen < 12; i++) {
    const t = lines[i]!.text.trim();
    if (!t) continue;
    seen++;
    const m = isTitleLine(t) ? MEETING_RE.exec(t) : null;
    if (m) meetings.add(m[1]!.replace(/^(?:\d{4}年(?:度)?)/, ""));
  }
  return [...meetings].filter((m) => m.length >= MIN_MEETING_WORDS);
}

/** （左二）, （右一）, （前排左三）, （中）: where a person stands in the picture, which only a caption says. */
const PHOTO_PLACE_RE = /[（(](?:前排|后排|中排)?(?:[左右][一二三四五六七八九十]|[左右中])[）)]/;
/** The words a caption of a scene ends on (…安全带佩戴情况, …会议现场, …合影): the first after the place ends it. */
const SCENE_END_RE = /情况|现场|会场|合影|留影|场景|一角/;

/** Where a ▲ caption placing a person in the picture ends (▲ 赵××（左二）检查…佩戴情况|兄弟们，…): the name before the
 *  place, no stop or comma in the caption, and the speech's text opening a sentence after it; -1 otherwise. A
 *  caption running on (…情况并提出要求) or a speaker's ▲ point (no place in it) is left whole. */
function placedCaptionEnd(t: string): number {
  const head = t.slice(0, MAX_CAPTION + 1);
  const place = PHOTO_PLACE_RE.exec(head);
  if (!place || place.index < 3) return -1;
  const after = place.index + place[0].length;
  const scene = SCENE_END_RE.exec(head.slice(after));
  if (!scene) return -1;
  const end = after + scene.index + scene[0].length;
  const rest = t.slice(end);
  if (/[。！？；，,：:]/.test(t.slice(1, end)) || rest.length < MIN_REST || RUNS_ON_RE.test(rest)) return -1;
  return /^[\u4e00-\u9fff“]/.test(rest) && !PREDICATE_RE.test(rest) && /[。！？]/.test(rest) ? end : -1;
}

/** Where a ▲ caption naming the page's meeting ends inside the line (▲1月13日，公司召开春运…工作会议|据预测，…), when
 *  the speech's text runs on after it as a sentence of its own; -1 when it does not. */
function captionEnd(text: string, meetings: string[]): number {
  const t = text.trimStart();
  if (!/^[▲△]/.test(t)) return -1;
  const placed = placedCaptionEnd(t);
  if (placed > 0) return text.length - t.length + placed;
  const head = t.slice(0, MAX_CAPTION + 1);
  const stop = head.search(/[。！？；]/);
  for (const meeting of meetings) {
    // The meeting's name, or its end of MIN_MEETING_WORDS or more (春运道路运输安全工作会议 for 2022年春运…).
    for (let from = 0; meeting.length - from >= MIN_MEETING_WORDS; from++) {
      const at = head.indexOf(meeting.slice(from), 2);
      if (at < 0) continue;
      const end = at + meeting.length - from;
      const rest = t.slice(end);
      if ((stop >= 0 && stop < end) || rest.length < MIN_REST || RUNS_ON_RE.test(rest)) return -1;
      const before = t.slice(1, at);
      if (!CAPTION_SHAPE_RE.test(before) || SUBJECT_RE.test(before) || PREDICATE_RE.test(rest)) return -1;
      // The text after it opens a sentence of the speech's length.
      const sentence = rest.search(/[。！？]/);
      if (!/^[\u4e00-\u9fff“]/.test(rest) || sentence < MIN_REST) return -1;
      return text.length - t.length + end;
    }
  }
  return -1;
}

/** The lines with each glued attachment label over a list of files, and each ▲ caption naming the page's meeting or
 *  placing a person in its picture glued before a paragraph, set on a line of its own. */
export function splitGluedFurniture(lines: SourceLine[]): SourceLine[] {
  const labels = lines.some((l) => l.text.includes("附"));
  const triangles = lines.some((l) => /^\s*[▲△]/.test(l.text));
  const meetings = triangles ? pageMeetings(lines) : [];
  if (!labels && !triangles) return lines;
  return lines.flatMap((line, i) => {
    const { lineNo, hint } = line;
    const label = labels ? GLUED_LABEL_RE.exec(line.text) : null;
    if (label && listsFiles(lines, i))
      return [
        { text: label[1]!, lineNo, ...(hint && { hint }) },
        { text: label[2]!, lineNo },
      ];
    const end = triangles ? captionEnd(line.text, meetings) : -1;
    if (end > 0)
      return [
        { text: line.text.slice(0, end), lineNo },
        { text: line.text.slice(end), lineNo, ...(hint && { hint }) },
      ];
    return [line];
  });
}
