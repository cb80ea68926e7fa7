// Marks that a file's format puts before its lines or around its words: an e-mail's "> " quote marks, a video
// transcript's time codes, a Markdown export's heading marks, emphasis, links, images, front matter and the
// colleagues' notes quoted into a draft. Each kind is cut only when the file shows its format on several lines, so
// a lone ">" or "**" inside a speech stays.
import { cut, type Ctx } from "./noise-fragments";
import { FOOTNOTE } from "./noise-footnotes";
import { calloutLines } from "./markdown-notes";
import { mailThreadLines } from "./noise-mail-thread";
import { NOTES_LABEL_RE, POINT_BULLET_RE, SLIDE_CUE_RE, slideLineReasons, type SlideLines } from "./slide-outline";
import {
  CUE_SCAFFOLD,
  CUE_TIMING_RE,
  OFFSET_RE,
  TIMECODE_RE,
  subtitleCueLines,
  transcriptCues,
  timedParagraphs,
  type CueLine,
  type TimedParagraphs,
  type TranscriptCues,
} from "./subtitle-cues";

export { continuesCue } from "./subtitle-cues";
import { isTitleLine, parseEnumerator } from "./outline-patterns";
import { dateOfLine, isSalutation } from "./speech-frame-lines";
import type { SourceLine } from "./types";
import { BBS_ORIGIN_RE } from "./noise-bbs-posts";
import { todoListLines } from "./noise-todo-lists";
import { MD_BOLD_LINE_RE, MD_ITALIC_LINE_RE, markdownHeadLines } from "./markdown-emphasis";
import { cutVideoTitle } from "./noise-video-pages";

export type LineMarks = {
  /** "> " before the lines of a quoted text (a forwarded e-mail): the marks go, the text stays (but for a thread's
   *  other messages, below). */
  quoted: boolean;
  /** In a thread of quoted messages, the lines of the messages other than the speech's, attributions, signatures. */
  thread: Map<number, string> | null;
  /** A time code before each subtitle line of a transcript, its cues pieces of a sentence or whole paragraphs. */
  timecoded: TranscriptCues | null;
  markdown: boolean;
  /** Line indexes of a Markdown front matter block (--- title: … ---). */
  frontMatter: Set<number>;
  /** A slide deck's own lines (slide numbers, bullets, continued titles), when the file is a deck's outline. */
  slides: SlideLines | null;
  /** A Markdown note's callouts (> [!note] …): the writer's notes. */
  callouts: Set<number>;
  /** A subtitle file's lines (SRT, WebVTT): its cue numbers and timings, and the cues' text. */
  subtitles: Map<number, CueLine> | null;
  /** A video's 文字稿, each paragraph opened by its time into the video: the times go, and the label over the text. */
  timed: TimedParagraphs | null;
  /** A site's menu as a text tool lists it above the text (-   专题首页 / -   工作部署 / -   领导讲话 …). */
  menu: Set<number>;
  /** An article's ornaments over its heads, counting up (01 / 把风险想在前面 … 02 / …): no page numbers. Each
   *  ornament's line index → its head's. */
  ornaments: Map<number, number>;
  /** The line of a post's one info card under a pin (📌 充电棚位置：…). */
  pinnedCard: number | null;
  /** A note page's to-do lists (☐ / ☑ items and their label). */
  todos: Set<number>;
  /** The lines a Markdown file marks as heads (## …, a whole line in bold). */
  heads: Set<number>;
};

const QUOTE_MARK_RE = /^\s*(?:>\s?)+/;
const QUOTED_LINES = 3;
// A heading mark, not a topic tag (#安全生产月# …) nor a number (#1).
const MD_HEADING_RE = /^\s*#{1,6}(?=[ \t]*\S)(?![#\d])(?![^#\n]{1,30}#)[ \t]*/;
// Normalising has made the brackets full-width.
const MD_IMAGE_RE = /[!！]\[[^\]\n]{0,200}\][(（][^)）\s]{0,500}[)）]/g;
// The target is an address or empty: [注1]（2024年数据） is a note and its bracket, not a link.
const MD_LINK_RE = /\[([^\]\n]{1,200})\][(（]((?:https?:\/\/|www\.|\/|\.|#)[^)）\s]{0,500}|)[)）]/g;
// ** only: __ is also a fill-in blank (姓名：____).
const MD_EMPHASIS_RE = /\*\*/g;
/** ==…== : a note app's highlight round a passage (Obsidian, Typora); the words stay, the marks go. A pair with a
 *  third = beside it is a divider's rule (===正文===), which the divider rules read whole. */
const MD_HIGHLIGHT_RE = /(?<!=)==(?=[^=\s])([^=\n]{1,2000}?[^=\s])==(?!=)/g;
const MD_MARKED_LINES = 3;
/** A list item's bullet (- 工贸行业：…, its space gone once normalised); a dash before a number is a page's (- 3 -),
 *  and a star without its space may be a placeholder's. */
const MD_BULLET_RE = /^\s*(?:[-+][ \t]*|\*[ \t]+)(?=[^\s\d*+-])/;
const FRONT_MATTER_KEY_RE = /^\s*[A-Za-z_][\w-]{0,30}\s*:/;
// "> 王主任：…" in a Markdown draft: a colleague's note on the text, not the text; but a quotation set off with >
// (> 总书记强调：…, > 省委要求：…) is the speech's.
const NOTE_QUOTE_RE = /^\s*>\s*([^\s：:，。！？>]{1,6})[：:]/;
const QUOTES_SOMEONE_RE = /(?:指出|强调|要求|认为|提出|表示|说|讲|批示|指示|讲话|号召|寄语)$/;

/** The lines of a front matter block at the top of the file: --- then key: value lines then ---. */
function frontMatterLines(lines: SourceLine[]): Set<number> {
  const out = new Set<number>();
  const first = lines.findIndex((l) => l.text.trim());
  if (first < 0 || lines[first]!.text.trim() !== "---") return out;
  for (let i = first + 1; i < Math.min(lines.length, first + 20); i++) {
    const t = lines[i]!.text.trim();
    if (t === "---") {
      for (let j = first; j <= i; j++) out.add(j);
      return out;
    }
    // A key's list items and continued values are dashed or indented by spaces under it (aliases: / - 0315讲话); the
    // first line is a key, and no line is a paragraph (a speech between two rules is indented with 　　).
    const listed = /^[ \t]*-\s/.test(lines[i]!.text) || /^[ \t]+\S/.test(lines[i]!.text);
    const key = FRONT_MATTER_KEY_RE.test(t);
    if (t && (i === first + 1 ? !key : !key && !listed)) return out;
    if (t.length > 120) return out;
  }
  return out;
}

export function lineMarksOf(lines: SourceLine[]): LineMarks {
  const texts = lines.map((l) => l.text.trim());
  const nonBlank = lines.filter((l) => l.text.trim()).length;
  const quotedLines = lines.filter((l) => QUOTE_MARK_RE.test(l.text)).length;
  const timecodedLines = lines.filter((l) => TIMECODE_RE.test(l.text) || CUE_TIMING_RE.test(l.text)).length;
  const frontMatter = frontMatterLines(lines);
  const headingMarks = lines.filter((l) => MD_HEADING_RE.test(l.text)).length;
  const boldLines = lines.filter((l) => MD_BOLD_LINE_RE.test(l.text)).length;
  // Bold lines alone make no Markdown of an e-mail that quotes the one before it (its thread is found below).
  const boldMarkdown = boldLines >= 2 && headingMarks + boldLines >= MD_MARKED_LINES && quotedLines < QUOTED_LINES;
  const markdown = frontMatter.size > 0 || headingMarks >= 2 || boldMarkdown;
  // In a Markdown draft a few quoted lines are notes on the text; an e-mail quotes most of its lines.
  const quoted = quotedLines >= QUOTED_LINES && (!markdown || quotedLines * 2 >= nonBlank);
  return {
    quoted,
    thread: quoted && !markdown ? mailThreadLines(lines.map((l) => l.text)) : null,
    timecoded: transcriptCues(lines, timecodedLines, nonBlank),
    markdown,
    frontMatter,
    slides: slideLineReasons(lines),
    subtitles: subtitleCueLines(lines),
    timed: timedParagraphs(lines),
    callouts: markdown ? calloutLines(lines) : new Set(),
    menu: menuListLines(texts),
    ornaments: ornamentLines(texts),
    pinnedCard: pinnedCardLine(texts),
    todos: todoListLines(texts),
    heads: markdown ? markdownHeadLines(lines) : new Set(),
  };
}

/** 01, 02, 03 on lines of their own, counting up from 01, each set off by a blank line above and over a head set off
 *  by one below: a short line without a stop that is no title, heading, date, salutation or thanks. A page number
 *  (01) over a wrapped line or a heading, a list's 01 over its items, and a text with an outline of its own (一、) are
 *  none. */
function ornamentLines(texts: string[]): Map<number, number> {
  const out = new Map<number, number>();
  if (texts.some((t) => /^[一二三四五六七八九十]{1,3}、/.test(t))) return out;
  const isHead = (t: string) =>
    t.length <= 24 &&
    !/[，。；！？,.;!?]/.test(t) &&
    !isTitleLine(t) &&
    !parseEnumerator(t) &&
    !dateOfLine(t) &&
    !isSalutation(t) &&
    !/^谢谢/.test(t);
  for (let i = 0, count = 0; i < texts.length; i++) {
    if (!/^0[1-9]$/.test(texts[i]!) || Number(texts[i]) !== count + 1) continue;
    const head = texts.findIndex((t, k) => k > i && t);
    if ((i > 0 && texts[i - 1]) || head < 0 || !isHead(texts[head]!) || texts[head + 1]) continue;
    out.set(i, head);
    count++;
  }
  return out.size >= 2 ? out : new Map();
}

/** A bulleted item of a word or two: a menu's link. */
const MENU_ITEM_RE = /^\s*[-*+•·]\s*[^\s，。、；：！？,.;:!?()（）]{1,8}\s*$/;
const MENU_ITEMS = 4;

/** Runs of four bulleted words and more above the text's first sentence, title and salutation, and under no
 *  lead-in: a menu (a speech lists its themes or a 主持词 its agenda under a line that introduces them: 议程：). */
function menuListLines(texts: string[]): Set<number> {
  const out = new Set<number>();
  const text = texts.findIndex(
    (t) =>
      !MENU_ITEM_RE.test(t) &&
      ((t.length >= 30 && /[。！？]$/.test(t)) || isTitleLine(t) || isSalutation(t) || /[：:]$/.test(t)),
  );
  let run: number[] = [];
  for (let i = 0; i <= (text < 0 ? texts.length : text); i++) {
    if (i < texts.length && i !== text && MENU_ITEM_RE.test(texts[i]!)) {
      run.push(i);
      continue;
    }
    if (run.length >= MENU_ITEMS) for (const k of run) out.add(k);
    run = [];
  }
  return out;
}

/** 县教育局长开学安全大会讲话，句句说到心坎里！#校园安全 #开学第一课: a video's or a post's caption, its topics
 *  after it, each opened by # alone (normalising drops the spaces between them; a 微博 topic, closed #…#, is no such
 *  run; #1机组 numbers a unit). Judged before the topics are cut: without them it reads as a line of text. */
const POST_CAPTION_RE = /^(?:[^#]{0,60}?[\s\p{P}])?#(?!\d)[^\s#\p{P}]{1,20}(?:\s*#(?!\d)[^\s#\p{P}]{1,20})+\s*$/u;

/** A whole line the format marks as not text (front matter, a colleague's note, a cue timing), or null. */
/** title: 在…上的讲话 in a front matter (pandoc's Markdown keeps a document's title there): the speech's title. */
const FRONT_TITLE_RE = /^title\s*:\s*["']?([^"']+?)["']?$/;
const FRONT_TITLE_KEY_RE = /^\s*title\s*:\s*["']?|["']\s*$/g;
/** An image's attributes that pandoc wrapped onto the next line ({width="4.7in" / height="2.6in"}). */
const MD_ATTRIBUTES_TAIL_RE = /^(?:[\w-]+="[^"]*"\s*)+\}$/;

/** A note's link back to its mark in the text (pandoc's and Markdown renderers' ↩︎ at a footnote's end). */
const NOTE_BACKLINK_RE = /↩[\uFE0E\uFE0F]?$/;

/** 👆这段是主任脱稿加的…: a poster's hand pointing at the passage above or below, never the speaker's words. */
const POINTING_RE = /^[👆👇☝]\uFE0F?\s*(?:这一?段|上面这|下面这|以上这)/u;

/** 📌 充电棚位置：小区东门北侧空地，预计4月30日前投用: a post's info card under a pin, a label and its particulars
 *  (no sentence: a speech's point under a pin ends in 。). The page's only one: several are the speech's list of
 *  points, each under its pin (📌 整治范围：… 📌 完成时限：… 📌 责任分工：…). */
const PINNED_CARD_RE = /^(?:📌|📍|🔖|ℹ️?)\s*[\u4e00-\u9fff]{2,8}[：:][^。！？!?]{2,60}$/u;

/** The line of the page's one pinned card, if it has exactly one. */
function pinnedCardLine(texts: string[]): number | null {
  const cards = texts.flatMap((t, i) => (PINNED_CARD_RE.test(t) ? [i] : []));
  return cards.length === 1 ? cards[0]! : null;
}

export function lineMarkReason(text: string, index: number, marks: LineMarks): string | null {
  if (marks.pinnedCard === index) return "信息卡片";
  if (marks.todos.has(index)) return "待办事项";
  if (BBS_ORIGIN_RE.test(text)) return "BBS 帖子信息";
  if (POINTING_RE.test(text) && text.length <= 80) return "发帖人的附言";
  if (marks.frontMatter.has(index)) return isTitleLine(FRONT_TITLE_RE.exec(text)?.[1] ?? "") ? null : "文档元数据";
  if (marks.markdown && MD_ATTRIBUTES_TAIL_RE.test(text)) return "Markdown 标记";
  if (marks.menu.has(index)) return "网站导航菜单";
  if (marks.ornaments.has(index)) return "装饰序号";
  if (text.includes("#") && POST_CAPTION_RE.test(text)) return "视频或帖子标题（话题标签）";
  if (NOTE_BACKLINK_RE.test(text)) return FOOTNOTE;
  const mail = marks.thread?.get(index);
  if (mail) return mail;
  const slide = marks.slides?.deck.get(index);
  if (slide) return slide;
  if ((marks.timecoded && CUE_TIMING_RE.test(text)) || marks.subtitles?.get(index) === "scaffold") return CUE_SCAFFOLD;
  if (marks.timed?.label === index) return "视频文字稿的标签";
  if (marks.markdown && marks.callouts.has(index)) return "文档批注";
  if (marks.markdown && !marks.quoted) {
    const who = NOTE_QUOTE_RE.exec(text)?.[1];
    if (who && !QUOTES_SOMEONE_RE.test(who)) return "文档批注";
  }
  return null;
}

/** A subtitle cue's line in a transcript or a subtitle file (a time code is cut; its text runs on into the next cue's).
 *  A transcript whose cues are paragraphs has none: each cue's line is a paragraph's (or a heading's). */
export const isCueLine = (text: string, index: number, marks: LineMarks) =>
  (marks.timecoded === "pieces" && TIMECODE_RE.test(text)) || marks.subtitles?.get(index) === "text";

/** A Word field's code saved as text in place of (or beside) its result: a page number's PAGE \* MERGEFORMAT, a table
 *  of contents' TOC \o "1-3" \h, an entry's HYPERLINK \l "_Toc…" and PAGEREF _Toc… \h. Each carries a switch or a
 *  bookmark that no sentence has. The keyword stands alone (a path's \\server\toc\a is no field), and a sentence
 *  that quotes a code (比如TOC \o "1-3" \h，…。) keeps it. */
const FIELD_CODE_RE =
  /(?<![\\\w])(?:HYPERLINK\s+(?:\\[lo]\s*)?"[^"]*"|PAGEREF\s+_Toc\d+(?:\s*\\[hp])*|TOC(?:\s*\\[a-z](?:\s*"[^"]*")?)+|(?:PAGE|NUMPAGES|SECTIONPAGES)(?:\s*\\\*\s*(?:MERGEFORMAT|Arabic|roman|alphabetic|CHINESENUM\d|DBCHAR))+)\s*/gi;

const SENTENCE_STOP_RE = /[。！？；]/;

/** The line without its format's marks; each cut is reported. */
export function cutLineMarks(text: string, marks: LineMarks, index: number, lineNo: number, ctx: Ctx): string {
  const fields = text.includes("\\") && !SENTENCE_STOP_RE.test(text);
  let t = fields ? cut(text, FIELD_CODE_RE, "Word 域代码", lineNo, ctx) : text;
  if (marks.quoted || (marks.markdown && QUOTE_MARK_RE.test(t))) t = cut(t, QUOTE_MARK_RE, "邮件引用符", lineNo, ctx);
  if (marks.timecoded) t = cut(t, TIMECODE_RE, "字幕时间码", lineNo, ctx);
  else if (marks.timed?.lines.has(index)) t = cut(t, OFFSET_RE, "字幕时间码", lineNo, ctx);
  else t = cutVideoTitle(t, marks.timed, index, lineNo, ctx);
  if (marks.slides) {
    t = cut(cut(t, NOTES_LABEL_RE, "幻灯片备注标签", lineNo, ctx), SLIDE_CUE_RE, "演示提示", lineNo, ctx);
    if (marks.slides.heads.has(index)) t = cut(t, POINT_BULLET_RE, "幻灯片项目符号", lineNo, ctx);
  }
  if (!marks.markdown) return t;
  if (marks.frontMatter.size && FRONT_TITLE_RE.test(t.trim()))
    t = cut(t, FRONT_TITLE_KEY_RE, "文档元数据", lineNo, ctx);
  t = cut(t, MD_HEADING_RE, "Markdown 标记", lineNo, ctx);
  t = cut(t, MD_BULLET_RE, "Markdown 标记", lineNo, ctx);
  t = cut(t, MD_IMAGE_RE, "图片", lineNo, ctx);
  MD_LINK_RE.lastIndex = 0;
  t = t.replace(MD_LINK_RE, (_m, label: string, url: string) => {
    ctx.removed.push({ text: `(${url})`, reason: "链接地址", lineNo });
    return label;
  });
  t = t.replace(MD_HIGHLIGHT_RE, (_m, words: string) => {
    ctx.removed.push({ text: "==", reason: "Markdown 标记", lineNo });
    return words;
  });
  t = cut(t, MD_EMPHASIS_RE, "Markdown 标记", lineNo, ctx);
  const italic = MD_ITALIC_LINE_RE.exec(t);
  if (!italic) return t;
  ctx.removed.push({ text: italic[2] === undefined ? "_" : "*", reason: "Markdown 标记", lineNo });
  return t.replace(MD_ITALIC_LINE_RE, "$1$2$3$4");
}
