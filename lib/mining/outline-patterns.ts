// Shared line-shape recognisers for the text stages: character classes, outline numbering (一、 / （一） / 一是 …),
// speech titles, salutations, date and speaker lines, opening and closing phrases. All patterns are anchored or
// bounded so they stay linear on very long lines.
import { chineseNumeral } from "../speech-doc/numbering";

export {
  cjkCount,
  endsSentence,
  firstSentenceEnd,
  hasSentencePunct,
  isChineseText,
  isCjk,
  isCjkCode,
  isFullPunctCode,
} from "./outline-chars";
export { speakerFromTitle } from "./title-speaker";
export {
  dateOfLine,
  isHeaderSalutation,
  isPostedSpeakerLine,
  isSalutation,
  isSpeakerLine,
  isSpeechFurniture,
  speakerAndDate,
  speakerOfLine,
  speakerTalkName,
  splitRunInSalutation,
  titleWithByline,
} from "./speech-frame-lines";
import { isTitleBarTail, speakerTalkName } from "./speech-frame-lines";
import { spokenPointHead } from "./spoken-heads";
import { answeredByLine } from "./line-answers";

/** 1–99 as Chinese numerals (the composer's numbering), anything else in digits. */
export function chineseNumber(n: number): string {
  return n > 0 && n < 100 ? chineseNumeral(n) : String(n);
}

// ───────────── outline numbering ─────────────

export type Family =
  | "chapter"
  | "section"
  | "cn-dun"
  | "cn-bracket"
  | "di"
  /** 第一件事，… / 第一个，… (a spoken talk's 第一个，形势大家要心里有数。): a talk's own outline, a family of its own
   *  so that a 第一， under it is no sibling. */
  | "matter"
  | "shi"
  | "yao"
  | "cn-paren"
  | "num-dot"
  /** 1.1 / 1.2 under 1. / 2.: a decimal outline's second level. */
  | "num-decimal"
  | "num-paren"
  | "circled";
/** `parent`: a decimal item's first number (2 in 2.1), which must be its 2.'s. */
export type Enumerator = { family: Family; n: number; end: number; parent?: number };

const CN_DIGIT: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 … 九十九 → number, or null. */
export function parseCn(s: string): number | null {
  if (s.length === 1) return s === "十" ? 10 : (CN_DIGIT[s] ?? null);
  const i = s.indexOf("十");
  if (i < 0 || s.indexOf("十", i + 1) >= 0 || s.length > 3) return null;
  const left = s.slice(0, i);
  const right = s.slice(i + 1);
  const tens = left === "" ? 1 : CN_DIGIT[left];
  const ones = right === "" ? 0 : CN_DIGIT[right];
  return tens === undefined || ones === undefined ? null : tens * 10 + ones;
}

// (3.2021年重点工作安排: a number over a year is an item's; no figure has four decimals and a 年 after them.)
const ENUM_RE =
  /^(?:第([一二三四五六七八九十]{1,3})(?:(?:个方面|方面)?[，、：,:．.]|部分(?:[，、：,:．.\s\u3000]|(?![的是要和与中里也都还就在有为内])))|([一二三四五六七八九十]{1,3})([、．]|是|要)|[（(]([一二三四五六七八九十]{1,3})[）)]|(\d{1,2})[.．、](?=(?:19|20)\d{2}年|\D|$)|[（(](\d{1,2})[）)]|([\u2460-\u2473])|【([一二三四五六七八九十]{1,3})】|第([一二三四五六七八九十]{1,3})(?:件事|个(?:呢|就是)?)[，、：,:])/;

/** 第一章 / 第二节: a document's chapters and sections, as a Word file saved as text numbers them. */
const CHAPTER_RE =
  /^第([一二三四五六七八九十]{1,3})([章节])(?:[，、：,:．.\s\u3000]|(?![的是要和与中里也都还就在有为课]))/;
/** Unmarked (第二部分认清形势, or 第一部分深刻反思教训，破除麻痹思想 once the space after the number is gone), a
 *  部分/章/节 number is a heading's only on a short line without a stop: 第二部分为今年重点任务，请大家抓好落实。 is a
 *  sentence. */
const shortHeadingLine = (t: string) => t.length <= 40 && !/[；;。！？!?]/.test(t);

/** 1.1 成绩来之不易, on a short line of its own; not a figure with its unit (4.7分, 1.2万次阅读, 1.5万家企业…). */
const DECIMAL_RE =
  /^(\d{1,2})[.．](\d{1,2})(?![.．\d%])\s*(?=[\u4e00-\u9fff])(?![万亿千百元角分米吨倍个次人年月日时秒])/;

/** What DECIMAL_RE, CHAPTER_RE and ENUM_RE can open with (all three are anchored): a digit, 第, a numeral, a bracket
 *  (（ ( 【) or ①–⑳. A text opening with anything else has no outline number, and none of them is run. */
const ENUMERATOR_OPENERS = "0123456789第一二三四五六七八九十（(【";
export const mayOpenEnumerator = (t: string): boolean =>
  t.length > 0 && (ENUMERATOR_OPENERS.includes(t[0]!) || (t.charCodeAt(0) >= 0x2460 && t.charCodeAt(0) <= 0x2473));

/** The patterns mayOpenEnumerator stands guard for (its test holds every character against them). */
export const ENUMERATOR_PATTERNS: readonly RegExp[] = [DECIMAL_RE, CHAPTER_RE, ENUM_RE];

const enumeratorAnswer = answeredByLine(readEnumerator);

/** The outline number at the start of a paragraph, if any. (Kept by line: a hundred passes ask it.) */
export function parseEnumerator(t: string): Readonly<Enumerator> | null {
  return mayOpenEnumerator(t) ? enumeratorAnswer(t) : null;
}

function readEnumerator(t: string): Readonly<Enumerator> | null {
  const d = DECIMAL_RE.exec(t);
  if (d) {
    const e = shortHeadingLine(t) ? withN("num-decimal", Number(d[2]), d[0].length) : null;
    return e && Object.freeze({ ...e, parent: Number(d[1]) });
  }
  const c = CHAPTER_RE.exec(t);
  if (c && (/[，、：,:．.\s\u3000]$/.test(c[0]) || shortHeadingLine(t)))
    return withN(c[2] === "章" ? "chapter" : "section", parseCn(c[1]!), c[0].length);
  const m = ENUM_RE.exec(t);
  if (m?.[1] && /部分$/.test(m[0]) && !shortHeadingLine(t)) return null;
  if (!m) return null;
  const end = m[0].length;
  if (m[1]) return withN("di", parseCn(m[1]), end);
  if (m[2]) return withN(m[3] === "是" ? "shi" : m[3] === "要" ? "yao" : "cn-dun", parseCn(m[2]), end);
  if (m[4]) return withN("cn-paren", parseCn(m[4]), end);
  if (m[5]) return withN("num-dot", Number(m[5]), end);
  if (m[6]) return withN("num-paren", Number(m[6]), end);
  // (第一个，3月12日下午，… opens a case, not a point: a talk's 第N个， is a number only over a point's head.)
  if (m[9]) return /个/.test(m[0]) && !spokenPointHead(t.slice(end)) ? null : withN("matter", parseCn(m[9]), end);
  // 【一】: a 公众号's bold marks around a level of the outline; not 【一】个目标 nor 【一】在…上的讲话 (a marker).
  if (m[8]) {
    const rest = t.slice(end);
    return /^[个条项点种]/.test(rest) || isTitleLine(rest) ? null : withN("cn-bracket", parseCn(m[8]), end);
  }
  return withN("circled", m[7]!.charCodeAt(0) - 0x2460 + 1, end);
}

/** Frozen: parseEnumerator keeps its answers by line and hands the same object to every caller. */
function withN(family: Family, n: number | null, end: number): Readonly<Enumerator> | null {
  return n && n > 0 ? Object.freeze({ family, n, end }) : null;
}

// ───────────── titles, salutations, dates, speakers ─────────────

/** 第三篇： / 篇二： / 【篇3】 / 范文二： / 【三】 alone on its line — the marker of one speech in a collection. A 范文
 *  site may word it by the genre and number it by 甲乙丙 under a glyph (◎ 致辞范本（甲）, 讲话稿范文（2）): alone on
 *  its line too (范文（一）： with its colon heads a lesson's notes). */
export const PIAN_RE =
  /^(?:第[一二三四五六七八九十\d]{1,3}篇(?:[：:、，,.．\s]|$)|【\s*(?:第?[一二三四五六七八九十\d]{1,3}篇|篇[一二三四五六七八九十\d]{1,3}|范文[一二三四五六七八九十\d]{1,3})\s*】|(?:篇|范文)[一二三四五六七八九十\d]{1,3}(?:[：:、.．]|$)|(?:[◎●○◆◇■□★☆▶►]\s*)?(?:(?:讲话|致辞|发言|讲稿|主持词)稿?)?(?:范文|范本|例文)\s*[（(](?:[一二三四五六七八九十\d]{1,3}|[甲乙丙丁戊己庚辛壬癸])[)）]$|【\s*[一二三四五六七八九十\d]{1,3}\s*】$)/;
const TITLE_TAIL_RE =
  /(?:（[^（）]{0,12}）|\([^()]{0,12}\)|【[^【】]{0,12}】|范文|精选|全文|汇编|模板|大全|\d{1,2}篇|\s*\d{4}[.\-/]\d{1,2}[.\-/]\d{1,2})+$/;
// 在…会议上的讲话 / …动员会讲话 / 市长讲话稿, but not prose such as 学习领会总书记的重要讲话.
const TITLE_KEY_RE =
  /(?:(?:上的|第[一二三四五六七八九十\d]{1,3}周)国旗下的?讲话|(?:会|议|上|仪式|活动|动员|表态|总结|部署|座谈|专题|同志|书记|市长|县长|区长|州长|省长|镇长|乡长|局长|主任|领导|经理|董事长|厂长|矿长|校长)的?(?:讲话|发言|致辞|报告)|讲话稿|发言稿|讲稿|讲话提纲|讲话要点|讲话材料|主持词|致辞|工作报告|专题讲座|辅导报告|专题党课|上的(?:专题)?辅导)$/;

/** 在全乡…会议结束时的讲话: a speech given at a moment of the meeting, opened by 在 (…工作时的讲话 at the end of a
 *  sentence's line, 学习贯彻王市长在…时的讲话, is none, and neither is 及时报告). */
const AT_MOMENT_TITLE_RE = /^在[^，。、：:]{2,50}时的?(?:讲话|发言|致辞)$/;

/** 在全镇…会议上的工作部署 / 镇长在…上的工作部署: a 镇长's deployment after the 书记's speech at one meeting; opened by
 *  在 or a speaker's post (…贯彻落实市委在…会议上的工作部署 wrapped from a sentence is none), under a main title joined
 *  by its dash (全面落实年度目标任务——在…上的工作部署). (A 局长's 情况通报 there is a title only where it stands as one:
 *  report-titles.ts; a speech cites such a 通报 on a line of its own.) */
const DEPLOYMENT_TITLE_RE =
  /^(?:[^。！？；：:，,—–－]{4,40}[—–－]{1,2})?(?:[\u4e00-\u9fff]{0,8}(?:长|书记|主任|同志))?在[^，。、]{2,40}(?:会|议)上的工作部署$/;
/** 在村民代表大会上关于安全生产的讲话: the meeting, then the topic (a line naming someone else's speech on a topic, 市委书记在…
 *  上关于…的讲话, is a list's item, not a title). */
const TOPIC_TITLE_RE = /^在[^，。、]{2,30}上关于[^，。、]{2,24}的(?:讲话|发言)$/;
/** A site's column or category named by the genre alone (讲话材料（215）): a menu item, not a title. (领导讲话 stays a
 *  title: collections use it over each speech.) */
const COLUMN_NAME_RE = /^(?:讲话材料|讲话稿|发言稿|讲稿|讲话提纲|讲话要点|工作报告|主持词|致辞)$/;
/** 班组长班前会安全讲话 / 车间主任在班前会上的安全讲话: a workshop's talk named by its topic; short, its speaker's part
 *  too, and no sentence's verb in front (学习传达省长在…上的安全讲话 is a sentence's). A site's project may name its
 *  ceremony at length (项目经理在…扩建工程开工仪式上的安全讲话). */
const SAFETY_TALK_RE =
  /^(?!学习|传达|贯彻|落实|印发|阅读|下面|请)[\u4e00-\u9fff]{2,8}(?:在[\u4e00-\u9fff\d]{2,24}上的|[\u4e00-\u9fff]{0,4}会)安全(?:讲话|发言)稿?$/;
/** 公文写作不求人，AI智能写作一键生成讲话稿: an advert for a writing tool, which names the genre it writes (a meeting on
 *  一键报警 or AI监测 names its own). */
const AD_TITLE_RE = /一键生成|智能写作|AI写作|代写|不求人/;
/** 现将…讲话 (转发给你们) — the opening of a note's sentence that names the speech it carries, cut by a wrap; 分享一篇
 *  自己起草的…讲话稿 / 求一篇…讲话稿 — a post's title that names the speech it shares or asks for. */
const NOTE_LEAD_RE =
  /^(?:现将|现把|兹将|特将)|^(?:[【\[][^】\]]{1,6}[】\]]\s*)?(?:分享|转发|推荐|求|急求|跪求|求助)[^，。]{0,4}?(?:一篇|一份|几篇)/;

/** 下面，请县委书记作总结讲话: a host's cue names the next speech; it is no title. */
const HOST_CUE_RE = /^(?:(?:下面|现在|接下来|首先|其次|然后|最后)[，,]?\s*)?(?:请|有请|由)/;

/** Two ，/、 or more (a test: no array of them all is built). */
const TWO_COMMAS_RE = /[，、][^，、]*[，、]/;

const titleLineAnswer = answeredByLine(readsAsTitle);

/** 在…会议上的讲话 / 第三篇：… / ——在…上的讲话 / …讲话（两篇）. (Some forty passes ask it of a page's lines.) */
export function isTitleLine(t: string): boolean {
  return t.length >= 4 && t.length <= 80 && titleLineAnswer(t);
}

function readsAsTitle(t: string): boolean {
  if (PIAN_RE.test(t)) return true;
  if (/[。！？；]/.test(t) || parseEnumerator(t) || TWO_COMMAS_RE.test(t)) return false;
  // 【市长林正平讲话】, a live text's head (the post alone is TITLE_KEY_RE's); other pages' go (noise-live-text-posts.ts).
  if (speakerTalkName(t)) return true;
  const bar = t.includes("|") || t.includes("｜") ? /^(.{4,}?)\s*[｜|]\s*([^｜|]{1,12})$/.exec(t) : null;
  if (bar && isTitleBarTail(bar[2]!) && isTitleLine(bar[1]!)) return true; // …上的讲话｜县长李明
  const core = t.replace(TITLE_TAIL_RE, "");
  const keyed =
    TITLE_KEY_RE.test(core) ||
    AT_MOMENT_TITLE_RE.test(core) ||
    TOPIC_TITLE_RE.test(core) ||
    SAFETY_TALK_RE.test(core) ||
    DEPLOYMENT_TITLE_RE.test(core);
  return (
    core.length >= 4 &&
    keyed &&
    !COLUMN_NAME_RE.test(core) &&
    !NOTE_LEAD_RE.test(core) &&
    !AD_TITLE_RE.test(core) &&
    !HOST_CUE_RE.test(core) &&
    !/^(?:当前位置|您的位置|您现在的位置|所在位置)[：:]/.test(core)
  );
}

/** 在…会议上的讲话同志们：… (a title run into the salutation) → the title. */
export function titleBeforeSalutation(t: string): string | null {
  const m = /(?:各位领导[、，])?同志们[：:]/.exec(t.slice(0, 90));
  if (!m || m.index < 4) return null;
  const head = t.slice(0, m.index);
  return isTitleLine(head) ? head : null;
}

/** …上的讲话（肖某某）2017.4.18: the speaker (2) and the date (3) a site appends to a title (1 is the word before). */
export const TITLE_SPEAKER_DATE_RE =
  /(讲话|发言|致辞|主持词)\s*[（(]([\u4e00-\u9fff·]{2,4})[)）]\s*(\d{4}[.\-/]\d{1,2}[.\-/]\d{1,2})$/;

/** 第一篇 在…上的讲话 loses its space in normalising: the marker is glued to the title it precedes (an e-book's chapter
 *  head may set a glyph before it: ◆ 第五篇　在…上的专题辅导); 篇二 on its line is joined to the title under it as a
 *  wrap (篇二全县…会议主持词). */
const GLUED_MARKER_RE =
  /^(?:[◆◇■□●○★☆▶►]?\s*第[一二三四五六七八九十\d]{1,3}篇(?=在.{4,})|(?:篇|范文)[一二三四五六七八九十\d]{1,3}(?=[^，。：:]{4,}$))/;

/** The title without such a marker, where what follows it reads as a title by the words a title ends with. */
function withoutGluedMarker(t: string): string {
  const m = GLUED_MARKER_RE.exec(t);
  const rest = m ? t.slice(m[0].length) : t;
  return m && isTitleLine(rest) ? rest : t;
}

/** The title as shown: without 第N篇：, leading dashes and trailing （两篇）/范文 decorations. */
export function cleanTitle(t: string): string {
  const s = withoutGluedMarker(
    t
      .replace(PIAN_RE, "")
      // 范文（二）：在…讲话: the marker on a title's own line (alone on a line it stays text: a lesson's 范文（一）： over its notes).
      .replace(/^范文[（(][一二三四五六七八九十\d]{1,3}[)）]\s*[：:、]?\s*(?=\S{4})/, ""),
  )
    .replace(/^[—–\-－\s]+/, "")
    // 【市长林正平讲话】: a live text's head over the speech, in its brackets.
    .replace(/^【([^【】]{4,40})】$/, "$1")
    // 标题：… — a collector's or a form's field: the value is the title.
    .replace(/^(?:(?:文章|讲话)?(?:标题|题目)|文件名)\s*[：:]\s*(?=\S{4})/, "")
    // 【主持词】… / 【讲话稿】…: a site's column tag in front of the title.
    .replace(
      /^【(?:讲话|讲话稿|领导讲话|主持词|发言|发言稿|致辞|表态发言|范文|精选|推荐|热门|原创|转载|学习|公文|材料|[一二三四五六七八九十]{1,3})】\s*(?=\S{4})/,
      "",
    )
    // 附：… / 材料之三：…: the speech printed as an attachment of a 通知 or 简报, or one of a meeting's materials.
    .replace(
      /^(?:附(?:件\s*[\d一二三四五六七八九十]{0,2})?|材料之?[一二三四五六七八九十\d]{1,2})\s*[：:]\s*(?=.{4})/,
      "",
    )
    // …讲话（通用2篇）/【篇一】/（全文2838字）: a site's marks of a collection or of the length.
    .replace(
      /(?:（[^（）]{0,12}篇[^（）]{0,6}）|\([^()]{0,12}篇[^()]{0,6}\)|【[^【】]{0,8}篇[^【】]{0,4}】|[（(](?:全文|共|约)*\d{2,6}字[）)]|[（(](?:范文|精选|推荐|完整版|最新|定稿|初稿|修改稿|送审稿|征求意见稿|终稿)[）)]|范文|精选|全文|汇编|模板|大全)+$/,
      "",
    )
    .replace(TITLE_SPEAKER_DATE_RE, "$1")
    .trim();
  // 节后第一个月，这三件事必须盯死｜…上的讲话: a post's hook in front of the title.
  const hooked = /^(.{4,40}?)\s*[｜|]\s*(.{4,60})$/.exec(s);
  // Only a hook that reads as a phrase of a post (commas, ！？): a main title before ｜ (坚定信心 真抓实干｜…) or a
  // speaker's name (李明同志｜…) stays.
  if (hooked && isTitleLine(hooked[2]!) && /[，,！？!?]/.test(hooked[1]!)) return hooked[2]!;
  // A page's title and its heading run together: 春节期间安全讲话春节期间安全讲话.
  const half = s.length / 2;
  if (s.length >= 12 && Number.isInteger(half) && s.slice(0, half) === s.slice(half)) return s.slice(0, half);
  return s || t.trim();
}

// ───────────── openings and closings ─────────────

const OPENING_RE =
  /^(?:刚才|方才|前面，|今天[，,]?(?:我们)?(?:在这里)?召开|今天，|这次(?:会议|全[县市区省])|本次会议|召开这次|按照[^，。]{0,30}安排|在[^。]{0,30}之际)/;
const CLOSING_RE =
  /^(?:同志们[，,！!]|(?:各位领导|尊敬的各位领导)[、，,](?:各位)?(?:同志们|同事们|朋友们)[，,！!]|谢谢|总之|总而言之|综上所述|让我们)/;

export const isOpeningStart = (t: string): boolean => OPENING_RE.test(t);
export const isClosingStart = (t: string): boolean => CLOSING_RE.test(t);
