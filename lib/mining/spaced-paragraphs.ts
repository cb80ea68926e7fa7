// Lines whose breaks survive only as spaces. Normalising deletes spaces next to Chinese text, so such a line is cut
// into lines first (same line number), and the later stages see ordinary lines:
//  - PDF text copied with its line wraps turned into spaces: most space-separated chunks have one width; the chunks
//    are joined back into paragraphs here, by width and sentence ends (wrapBreaks);
//  - web copy that lost its <p> tags: a space after a sentence end, before a salutation or an outline number, or
//    after a title or a heading is a paragraph break.
// Other spaces (English, numbers, 张 三, a space before 。, the spaces of a letter-spaced line) are left to
// normalising.
import { jammerSpans } from "./noise-discuz-jammers";
import { isPrintHeader } from "./noise-line-shapes";
import { POST_TIME } from "./noise-community-words";
import { MARKER_WORDS } from "./noise-fragments";
import { COMMENT_ENTRY } from "./noise-keeper-notes";
import { normaliseText } from "./normalise";
import { topicsFollow } from "./noise-social-posts";
import { isSalutation, isTitleLine, parseEnumerator, splitRunInSalutation } from "./outline-patterns";
import { displayWidth, wrapWidth } from "./rejoin-modes";
import { gapsOf, spacedAfterStart } from "./spaced-gaps";
import type { InferredSplit, SourceLine } from "./types";

export const REASON_WRAP_SPACES = "PDF 折行变成了空格，按行宽拆行后重新接续";
export const REASON_SPACED_PARAGRAPHS = "按句末空格拆分段落";

const GAP_RE = /[ \u3000\u00a0]+/g;
const SENTENCE_END = /[。！？!?…][”’」』）)"]*$/;
const COLON_END = /[：:]$/;
const STRONG_FAMILIES = new Set(["cn-dun", "cn-paren", "di"]);
/** Fewer chunks than this are too few to tell a wrap width. */
const MIN_WRAP_CHUNKS = 6;
/** A tracked change's or a saved comment's bracket still open ([删除: 外省], [批注2: 王建军 2024-05-27 17:05]). */
const TRACKED_MARK_OPEN_RE = /\[(?:删除|删去|插入|添加|新增|批注\s*\d{0,3})[:：]?[^\]]*$/;
const TRACKED_MARK_REACH = 320;
/** An entry of a list of comments, its anchor and colon alone so far ([批注1]: 刘晓雯：…): the space opens its words. */
const COMMENT_ENTRY_RE = new RegExp(`^\\s*${COMMENT_ENTRY}$`);
/** A square bracket still open ([图片: 大会现场], [按钮: 展开全文]) or a tag (<span style="…">): a tool's marker or
 *  markup left in the text, whose spaces are its own. */
const OPEN_MARKER_RE = new RegExp(`\\[(?:${MARKER_WORDS})[^\\]\\n]{0,60}$|<[a-zA-Z][^<>\\n]{0,300}$`, "i");
const MIN_SPACED_LINE = 40;
/** A ▲ line of one chunk with no sentence end in it, of a caption's length, that reads as a caption: a date (▲6月13日，
 *  …召开…会议), a picture (▲图为…), a scene or a credit at its end (…现场, …摄); no duty in it (要, 必须). A ▲ point is
 *  a sentence whose wrap may leave a space inside it (▲从督查情况看 部分企业…): it is not cut there. */
const TRIANGLE_LINE_RE =
  /^[▲△][ \u3000]?(?![^\s]*(?:要|必须|须|应当))(?=\d{1,2}月\d{1,2}日[，,]|图|照片|资料图|[^\s]*(?:现场|摄|供图)$)[\u4e00-\u9fff\d][^。！？!?\s]{3,57}$/;
/** 简介：在…的讲话 同志们：… ...: a summary box cut off by its ellipsis, its excerpt spaced: one line (the teaser rule's). */
const SUMMARY_BOX_RE =
  /^[【\[]?(?:摘要|内容摘要|内容提要|提要|简介|内容简介|文档简介)[】\]]?\s*[：:].{0,400}(?:\.{3,12}|…{1,12})$/;
/** A line that ends in a date and time set off by a space: a comment's or a post's stamp; or in a date alone after a
 *  reader's name and his words (yw_3827：写得很实在。 2024-05-12), as a comment list dates its comments. */
const STAMP_END_RE = new RegExp(String.raw`[ \u3000\u00a0]${POST_TIME}\s*$`);
const NAMED_DATE_STAMP_RE = /^[^\s：:，。！？]{1,16}[：:]\S.{0,150}?[ \u3000\u00a0]\d{4}-\d{1,2}-\d{1,2}\s*$/;
const STAMPED_LINE_MAX = 200;
const HEADING_MAX = 40;
/** How much of a segment's end decides a break: a heading (HEADING_MAX) after a sentence's end, or an editor's note
 *  of up to 80 characters after it, with room to spare. */
const SEGMENT_TAIL = 400;
const NOTE_AFTER_SENTENCE_RE =
  /(?<=[。！？][”’」』]?)[（(【[][^（）()【】[\]：:]{0,6}[按注][：:][^（）()【】[\]]{1,80}[）)】\]]$/;
/** （责任编辑：张三）, 【编辑：李四　审核：王五】: a portal's credit line standing whole between two spaces on a page
 *  copied onto one line; what follows it (a tip box, a list of links) is the page's next line. */
const CREDIT_SEGMENT_RE =
  /^[（(【[](?:\s*(?:责任编辑|责编|编辑|审核|校对|初审|复审|终审)\s*[：:]\s*[\u4e00-\u9fff·]{2,4}(?<![办局委站厅部处科室院所会组队])[\s，,、；;]*)+[）)】\]]$/;

/** 发布日期：…　来源：…　浏览次数：873　字号：［大　中　小］: a page's info line, two of its labels or more and no clause. */
const INFO_LABEL_RE =
  /(?:发布日期|发布时间|更新时间|发表时间|来源|作者|责任编辑|浏览次数|阅读次数|点击数|点击量|浏览量|字号)[：:]/g;
const INFO_OPEN_RE = new RegExp(String.raw`^(?:${INFO_LABEL_RE.source}|\d{4}[-/.年])`);
/** On a page copied onto one line the space after its info line, before a chunk of prose (a clause's mark before the
 *  chunk's next space), starts the text: only in the page's head (no sentence before it) and where the segment opens
 *  with a label or a date, as the site prints it (a speech's sentence listing 来源：…　作者：… opens with its words). */
function infoLineEnds(segment: string, next: string, before: () => string): boolean {
  if (segment.length > 120 || /[，。；！？]/.test(segment) || (segment.match(INFO_LABEL_RE)?.length ?? 0) < 2)
    return false;
  if (!INFO_OPEN_RE.test(segment.trimStart()) || /[。！？]/.test(before())) return false;
  const end = next.slice(0, 90).search(/[ \u3000\u00a0]/);
  const chunk = end < 0 ? next.slice(0, 90) : next.slice(0, end);
  return chunk.length >= 10 && /^[\u4e00-\u9fff“]/.test(chunk) && /[，。]/.test(chunk);
}

const norm = (s: string) => normaliseText(s).trim();

function strongEnumerator(t: string): boolean {
  const e = parseEnumerator(t);
  return !!e && STRONG_FAMILIES.has(e.family);
}

/** Where the last sentence of a text starts (after its last 。！？), 0 when it has one sentence. */
const lastSentenceStart = (end: string) =>
  Math.max(end.lastIndexOf("。"), end.lastIndexOf("！"), end.lastIndexOf("？")) + 1;

/** The last sentence of `segment` opens with an outline number and is short: a lead sentence set in bold. */
function isBoldLead(segment: string): boolean {
  const tail = norm(segment.slice(-40));
  const body = tail.replace(/[。！？!?…][”’」』）)"]*$/, "");
  const last = tail.slice(lastSentenceStart(body));
  return last.length <= 30 && !!parseEnumerator(last);
}

/** …下面我讲几点意见。一、充分认识…的重要性 : the last sentence of a long run is a numbered heading, glued to the
 *  sentence before it and set off from its body by the space only. */
function headingAtEnd(end: string): boolean {
  const tail = end.slice(lastSentenceStart(end));
  if (!tail || tail.length > HEADING_MAX) return false;
  const t = norm(tail);
  const e = parseEnumerator(t);
  return !!e && STRONG_FAMILIES.has(e.family) && t.length - e.end >= 4;
}

/** Whether the space between `segment` (text since the last break) and `next` (the rest of the line) is a break.
 *  The ends are read raw first (the marks tested have half-width forms too); only short texts are normalised, so a
 *  long line with many spaces stays linear and cheap. */
function isParagraphGap(segment: string, next: string, before: () => string = () => ""): boolean {
  // A note after a sentence's end (…深刻。（老兵按：…）) belongs to no sentence: the sentence ended before it. Only the
  // segment's tail is read for its end, so a long run of spaces without a break costs a bounded look per space.
  const end = segment.slice(-SEGMENT_TAIL).trimEnd().replace(NOTE_AFTER_SENTENCE_RE, "");
  // Inside a tracked change's or a comment's bracket still open: the space belongs to the mark.
  if (TRACKED_MARK_OPEN_RE.test(end.slice(-TRACKED_MARK_REACH)) || OPEN_MARKER_RE.test(end.slice(-302))) return false;
  if (COMMENT_ENTRY_RE.test(end) || topicsFollow(segment, next)) return false;
  const head = next.slice(0, 40);
  let normalisedHead: string | null = null;
  const right = () => (normalisedHead ??= norm(head));
  const salutationNext = () => /^[尊各全亲同领来代朋女先企职老]/.test(head) && !!splitRunInSalutation(right());
  // After a sentence, unless that sentence is a numbered lead in bold (一是矿山安全。 严格落实…, （一）…。 要…),
  // whose space only ends the bold run.
  if (SENTENCE_END.test(end)) return !isBoldLead(segment) || salutationNext();
  const short = segment.length <= 80;
  if (COLON_END.test(end)) {
    if (short && isSalutation(norm(segment))) return true;
    return segment.length >= 6 && /^[\u4e00-\u9fff“《（(]/.test(head);
  }
  if (lastSentenceStart(end) > 0 && headingAtEnd(end) && next.length >= 20) return true;
  if (infoLineEnds(segment, next, before)) return true;
  if (!short) return salutationNext();
  if (CREDIT_SEGMENT_RE.test(segment.trim())) return true;
  // ▲6月13日，开发区召开…会议 危险化学品事故…: a ▲ line in Chinese (a caption, a point) starting after a break, no
  // sentence in it, ends at its space before Chinese text: its words are the line rules' to judge.
  if (TRIANGLE_LINE_RE.test(segment.trim()) && /^[\u4e00-\u9fff“]/.test(next) && next.length >= 20) return true;
  const left = norm(segment);
  if (!left || !right()) return false;
  if (salutationNext()) return true;
  // 一、坚持预防为主，加强安全防范 二、落实… / 一、压实责任 各地要…: a heading ended by a space.
  const e = parseEnumerator(left);
  const headingLike = !!e && STRONG_FAMILIES.has(e.family) && left.length - e.end >= 4 && left.length <= HEADING_MAX;
  if (strongEnumerator(right()) && (headingLike || left.length <= HEADING_MAX)) return true;
  if (headingLike && next.length >= 20) return true;
  // 在…会议上的讲话 今天… : a title, not a site's menu (首页 工作总结 工作计划 讲话稿 …) whose items join into one.
  return isTitleLine(left) && !isMenuRun(segment) && /^[\u4e00-\u9fff“《]/.test(right());
}

/** Three or more items of two to six characters parted by spaces: a menu or a row of tags, not a text's title. */
function isMenuRun(segment: string): boolean {
  const items = segment.trim().split(GAP_RE);
  return items.length >= 3 && items.every((item) => /^[\u4e00-\u9fff]{2,6}$/.test(item));
}

const MEETING_TITLE_RE = /^[^。！？，、；：]{0,16}在[^。！？，；：]{2,60}上的(?:讲话|发言|致辞|主持词)$/;

/** The chunk after this space (up to the next one) is a speech's title naming its meeting: a page copied onto one
 *  line puts it between the site's menu and its date line, so the space before it is a break too. */
function titleFollows(next: string): boolean {
  const end = next.slice(0, 90).search(/[ \u3000\u00a0]/);
  const chunk = end < 0 ? next.slice(0, 90) : next.slice(0, end);
  return chunk.length >= 8 && MEETING_TITLE_RE.test(norm(chunk));
}

/** 守牢安全底线　夯实发展根基——董事长××在…上的讲话: a main title of two matched phrases parted by a space, the second
 *  running on by a dash into the speaker and the meeting; the space is inside the title. Only where the pairing shows:
 *  the first half opens the line (after a sentence, a menu or a breadcrumb on a page copied onto one line it is that
 *  text's last piece: a closing 谢谢大家, a host's cue, a column's or an account's name), both halves are of one length
 *  and five to ten characters (a four-character chunk is as often one word, a name or a column, as a phrase), and the
 *  first half neither ends in a number (讲话材料之一: a collection's label) nor names a speech itself (…讲话: a cue). */
const TITLE_HALF_RE = /^[\u4e00-\u9fff]{5,10}$/;
function pairsWithTitle(half: string, rest: string): boolean {
  if (!TITLE_HALF_RE.test(half) || /[一二三四五六七八九十]$|(?:讲话|发言|致辞|主持词)$/.test(half)) return false;
  const next = rest
    .slice(0, 120)
    .replace(/^[ \u3000\u00a0]+/, "")
    .slice(0, 90);
  const end = next.search(/[ \u3000\u00a0]/);
  const raw = end < 0 ? next : next.slice(0, end);
  if (!/[—－-]/.test(raw)) return false;
  const chunk = norm(raw);
  const dash = chunk.search(/——|—|－－|--/);
  return dash === half.length && MEETING_TITLE_RE.test(chunk) && TITLE_HALF_RE.test(chunk.slice(0, dash));
}

/** A paragraph ends after a wrapped chunk that is short (its last line, a title, a heading's tail) or that ends in a
 *  colon, and before an outline number or a salutation that follows a finished line. The spaces between the other
 *  chunks are wraps: the first line of a paragraph, indented in the PDF, is up to two characters short, and
 *  compressed punctuation lets a full line run a character long. */
function wrapBreaks(chunks: string[], widths: number[], width: number): number[] {
  const breaks: number[] = [];
  for (let k = 0; k + 1 < chunks.length; k++) {
    const t = norm(chunks[k]!);
    const next = norm(chunks[k + 1]!.slice(0, 80));
    const short = widths[k]! < width - 8;
    const finished = short || SENTENCE_END.test(t) || COLON_END.test(t);
    const frame = isTitleLine(t) || isSalutation(t) || !!splitRunInSalutation(next);
    if (short || COLON_END.test(t) || frame || (finished && strongEnumerator(next))) breaks.push(k);
  }
  return breaks;
}

/** The chunks of a wrapped line, joined back into one line per paragraph (the wrap spaces dropped). */
function joinWrapped(line: SourceLine, chunks: string[], breaks: number[]): SourceLine[] {
  const out: SourceLine[] = [];
  let from = 0;
  for (const k of [...breaks, chunks.length - 1]) {
    const text = chunks.slice(from, k + 1).join("");
    out.push(out.length === 0 ? { ...line, text } : { text, lineNo: line.lineNo });
    from = k + 1;
  }
  return out;
}

/** The line cut at these spans (a space, or an empty span where a heading starts right after a sentence). */
function cutAt(line: SourceLine, cuts: { at: number; end: number }[]): SourceLine[] {
  const out: SourceLine[] = [];
  let from = 0;
  for (const c of cuts) {
    out.push({ ...line, text: line.text.slice(from, c.at) });
    from = c.end;
  }
  const { hint: _hint, ...rest } = line;
  out.push({ ...rest, text: line.text.slice(from) });
  // Only the first part keeps the source's hint (a Word heading style describes the paragraph's start).
  return out.map((l, i) => (i === 0 ? l : { text: l.text, lineNo: l.lineNo }));
}

/** One line → the lines it was made of (itself when no space in it is a break). */
export function splitSpacedLine(line: SourceLine, inferred?: InferredSplit[]): SourceLine[] {
  if (line.text.length < MIN_SPACED_LINE || line.hint?.headingLevel || !spacedAfterStart(line.text)) return [line];
  if (SUMMARY_BOX_RE.test(line.text.trim())) return [line];
  // (A forum's jammer string, % i; P  g! D, is spaced out inside a sentence: no gap of it is a break.)
  const jams = jammerSpans(line.text);
  const gaps = gapsOf(line.text).filter((g) => !jams.some(([a, b]) => g.at >= a && g.at < b));
  if (!gaps.length) return [line];
  const chunks: string[] = [];
  let from = 0;
  for (const g of gaps) {
    chunks.push(line.text.slice(from, g.at));
    from = g.end;
  }
  chunks.push(line.text.slice(from));
  // 安 全 生 产 工 作: a letter-spaced line (a scan read by OCR, a heading set wide); its spaces are no breaks.
  if (chunks.filter((c) => c.length === 1).length * 5 >= chunks.length * 3) return [line];
  // 青禾小吏  楼主别断更啊？  2025-4-10 07:58: a comment with its name and its time, one line whatever it says.
  const stamped = STAMP_END_RE.test(line.text) || NAMED_DATE_STAMP_RE.test(line.text.trim());
  if (line.text.length <= STAMPED_LINE_MAX && stamped) return [line];
  // FROM : 县应急管理局        FAX NO. : …: a fax's header spaced out across the page, one line the noise rules read.
  if (isPrintHeader(line.text.trim())) return [line];
  // A wrap width needs five chunks of 30 columns or more (wrapWidth): counted raw first, normalised only then.
  if (chunks.length >= MIN_WRAP_CHUNKS && chunks.filter((c) => c.length >= 14).length >= 5) {
    const widths = chunks.map((c) => displayWidth(norm(c)));
    const width = wrapWidth(widths);
    if (width > 0) {
      const joined = joinWrapped(line, chunks, wrapBreaks(chunks, widths, width));
      inferred?.push({ lineNo: line.lineNo, reason: REASON_WRAP_SPACES, parts: joined.length });
      return joined;
    }
  }
  const cuts: { at: number; end: number }[] = [];
  let segStart = 0;
  for (let k = 0; k < gaps.length; k++) {
    const g = gaps[k]!;
    // A wrap may put a comma at the start of a line; a paragraph never starts with one.
    const next = line.text.slice(g.end);
    const segment = line.text.slice(segStart, g.at);
    // (a title's first half is the line's first chunk)
    if (k === 0 && pairsWithTitle(line.text.slice(0, g.at).trimStart(), next)) continue;
    if (!g.beforePunct && (isParagraphGap(segment, next, () => line.text.slice(0, segStart)) || titleFollows(next))) {
      // A heading glued to the sentence before it starts a line of its own too.
      const head = headingAtEnd(segment.trimEnd()) ? lastSentenceStart(segment) : 0;
      if (head > 0) cuts.push({ at: segStart + head, end: segStart + head });
      cuts.push({ at: g.at, end: g.end });
      segStart = g.end;
    }
  }
  if (!cuts.length) return [line];
  inferred?.push({ lineNo: line.lineNo, reason: REASON_SPACED_PARAGRAPHS, parts: cuts.length + 1 });
  return cutAt(line, cuts);
}

export function splitSpacedLines(lines: SourceLine[], inferred?: InferredSplit[]): SourceLine[] {
  return lines.flatMap((l) => splitSpacedLine(l, inferred));
}
