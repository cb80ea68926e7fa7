// What a draft, a forwarded copy or a course page carries around the speech it holds: the sender's note above it, a
// draft's list of changes and table of feedback after it, a study platform's course head and quiz. Each is read where
// it stands (above the speech's salutation or the course text's label, after its closing, under a question the
// platform marks), never from a line alone.
import { itemsUnder } from "./page-line-views";
import {
  hasSentencePunct,
  isClosingStart,
  isOpeningStart,
  isSalutation,
  isTitleLine,
  parseEnumerator,
} from "./outline-patterns";
import { previousLine } from "./noise-page-cards";
import { FORWARD_NOTE_RE, QUIZ_OPTION_RE } from "./noise-community-words";
import { looksLikeContent } from "./noise-line-rules";
import { mayMatch, needs } from "./regex-needs";
import { isPosterIntro, POSTER_INTRO } from "./noise-poster-intros";

/** A platform's quiz question: its options follow it, one a line (A．资金 / B．时限). */
const QUIZ_QUESTION_RE = /[（(](?:单选题|多选题|判断题|填空题)[）)]/;
const MAX_OPTIONS = 8;

/** Marks a study platform's course page around its text: the course's head above it (markCourseHead), the quiz
 *  after it, and the options under a quiz question; a speech's own quiz (先考大家一道题：… A．… B．…) names no kind of
 *  question and stays. */
export function markCoursePage(texts: string[], verdict: (string | null)[]): void {
  markCourseHead(texts, verdict);
  markCourseQuiz(texts, verdict);
  markReviewQuestions(texts, verdict);
  texts.forEach((t, i) => {
    if (!QUIZ_QUESTION_RE.test(t)) return;
    for (let j = i + 1, n = 0; j < texts.length && n < MAX_OPTIONS; j++) {
      const option = texts[j]!.trim();
      if (!option) continue;
      if (option.length > 60 || !QUIZ_OPTION_RE.test(option)) break;
      verdict[j] ??= "学习平台文字";
      n++;
    }
  });
}

/** A course page's sections, each under its label alone on a line: 课程简介, the lecturer's card, the lessons, the
 *  downloads. */
const COURSE_SECTION_RE =
  /^[【\[]?(?:课程简介|课程介绍|课程概述|课程概要|主讲人|主讲教师|主讲老师|主讲嘉宾|授课教师|讲师介绍|主讲人简介|课时目录|课程目录|章节目录|课程章节|课时列表|课件下载|资料下载|课程资料|相关课件)[】\]]?$/;
/** The label the course's text is printed under (课程文稿, 【课程讲稿】, 学习材料). */
const COURSE_TEXT_RE =
  /^[【\[]?(?:课程文稿|课程讲稿|课程讲义|课程正文|讲稿全文|讲课文稿|视频文稿|学习材料|阅读材料)[】\]]?[：:]?$/;
/** A course's particulars on one row (课程编号：…　学时：1.5　类别：必修): the course's name stands over it. */
const COURSE_ROW_RE = /^(?:课程编号|课程代码|课程类型|课程类别|课程分类|学时|学分|课时)[：:]/;
/** Distinct section labels a course page's head holds: one alone (课程简介 over a summary) is markSummaryBlocks'. */
const MIN_SECTIONS = 2;
const COURSE_NAME_MAX = 60;
/** The text's label heads the speech: its title or its salutation follows within these lines (title, speaker, date). */
const TEXT_HEAD_REACH = 6;

/** The course's head above its text: from its first section label down to the text's label, every line (the summary,
 *  the lecturer's card, the lessons with their times and progress, the files), and the course's name over the row of
 *  its particulars. The head holds no salutation and no title (a 开班讲话 with 同志们： under 课程简介 is the text), and
 *  the speech's title or salutation follows the text's label (学习材料 over a list of further reading is none). */
function markCourseHead(texts: string[], verdict: (string | null)[]): void {
  const lines = texts.map((t) => t.trim());
  const text = lines.findIndex((t) => COURSE_TEXT_RE.test(t));
  if (text < 0) return;
  const sections = lines.flatMap((t, i) => (i < text && COURSE_SECTION_RE.test(t) ? [i] : []));
  const labels = new Set(sections.map((i) => lines[i]!.replace(/[【】[\]]/g, "")));
  const speechy = (t: string) => isSalutation(t) || isTitleLine(t);
  const below = lines
    .slice(text + 1)
    .filter(Boolean)
    .slice(0, TEXT_HEAD_REACH);
  if (labels.size < MIN_SECTIONS || lines.slice(sections[0], text).some(speechy) || !below.some(speechy)) return;
  for (let i = sections[0]!; i <= text; i++) if (lines[i]) verdict[i] ??= "学习平台文字";
  const row = lines.findIndex((t, i) => i < sections[0]! && COURSE_ROW_RE.test(t));
  const name = row > 0 ? previousLine(texts, row) : -1;
  const t = name >= 0 ? lines[name]! : "";
  if (t && t.length <= COURSE_NAME_MAX && !hasSentencePunct(t) && !isTitleLine(t)) verdict[name] ??= "学习平台文字";
}

/** 本课程配套测试题 over its questions (1. …的主要原因是（  ）) and their option rows (A. … B. … C. …). */
const COURSE_QUIZ_LABEL_RE =
  /^(?:本课程)?(?:配套)?(?:测试题|练习题|课后习题|随堂测验|课后测试|课后测验|章节测验)(?:[（(](?=[^（）()]*(?:\d+\s*题|学分|学时|答对))[^（）()]{2,40}[）)])?[：:]?$/;
/** A question with a blank to fill, or one asked outright with its kind (…哪一流程开展？（单选）). */
const BLANK_QUESTION_RE =
  /^\d{1,2}[.．、](?:.{4,80}[（(]\s*[）)]|.{4,80}[？?]\s*[（(](?:单选|多选|判断|不定项)题?[）)])$/;
const OPTION_ROW_RE = /^A[．.、][^。！？]{1,40}B[．.、]/;

/** A course page's quiz under its label: the questions with a blank to fill and the rows of options, down to the
 *  first other line. A speech quoting a contest's question (…有这样一道题：1. …（  ）) has no such label over it. */
function markCourseQuiz(texts: string[], verdict: (string | null)[]): void {
  texts.forEach((raw, i) => {
    if (!COURSE_QUIZ_LABEL_RE.test(raw.trim())) return;
    verdict[i] ??= "学习平台文字";
    for (let k = i + 1; k < texts.length; k++) {
      const t = texts[k]!.trim();
      if (!t) continue;
      // （共3题，答对2题即可获得学时）: the quiz's own note under its label.
      const note = /^[（(][^（）()]{2,40}[）)]$/.test(t);
      if (!note && !BLANK_QUESTION_RE.test(t) && !OPTION_ROW_RE.test(t) && !QUIZ_OPTION_RE.test(t)) break;
      verdict[k] ??= "学习平台文字";
    }
  });
}

const COURSE_WORDS = "学习平台文字";
/** 课后思考题 / 【思考与练习】: a course page's questions on the text it printed. */
const REVIEW_LABEL_RE = /^[【\[]?(?:课后|复习)?(?:思考题|思考与练习|讨论题|练习与思考)[】\]]?[：:]?$/;
/** An open question on the text, numbered: it asks (？) or sets a task (谈谈…, 简述…, 请结合…, 列举…). */
const OPEN_QUESTION_RE =
  /^\d{1,2}[.．、](?=.{4,100}$)(?:.*[？?]|.*(?:谈谈|简述|试述|论述|说说|列举|请结合|结合[^。！？]{0,20}分析))/;

/** The questions a course page sets under its label after the text: the label and the numbered questions under it,
 *  down to the first other line. Only below the speech's closing, with no paragraph of the text between (a lecture
 *  opened by 同志们，… keeps its own 思考题 inside the text, and so does one whose 思考题 come before its closing), only
 *  on a course's page (课后思考题, or the platform's words elsewhere on it: a 党课讲稿's 讨论题 after its closing are its
 *  own), and only where a question follows the label. */
function markReviewQuestions(texts: string[], verdict: (string | null)[]): void {
  const coursePage = verdict.includes(COURSE_WORDS);
  texts.forEach((raw, i) => {
    if (!REVIEW_LABEL_RE.test(raw.trim()) || (!coursePage && !raw.includes("课后"))) return;
    let above = i - 1;
    while (above >= 0 && (verdict[above] || !texts[above]!.trim())) above--;
    if (above < 0 || !isClosingStart(texts[above]!.trim())) return;
    const items = itemsUnder(texts, i, OPEN_QUESTION_RE);
    if (!items.length) return;
    for (const k of [i, ...items]) verdict[k] ??= COURSE_WORDS;
  });
}

/** 修改说明 / 反馈意见表: what a draft sent round for comments carries after its text. */
export const DRAFT_NOTES_RE =
  /^[【\[]?(?:修改说明|起草说明|修改情况说明|反馈意见表|意见反馈表|征求意见反馈表|意见采纳情况)[】\]]?[：:]?$/;
const DRAFT_NOTES = "征求意见稿的附带材料";

/** Marks a draft's notes under their label: every line up to a blank line (a list of changes, a table's rows), after
 *  the speech's closing only (a speech may speak of its own 修改说明). */
export function markDraftNotes(texts: string[], verdict: (string | null)[], i: number): void {
  const closing = texts.findLastIndex((t, k) => k < i && isClosingStart(t.trim()));
  const lines: number[] = [];
  for (let j = i + 1; j < texts.length && texts[j]!.trim(); j++) {
    // Items (1.根据…意见) and a table's rows (序号 单位 意见 / 1 县应急管理局…): a line of prose is the speech's own section.
    const t = texts[j]!.trim();
    if (!parseEnumerator(t) && !/^序号/.test(t) && !TABLE_ROW_RE.test(t)) break;
    lines.push(j);
  }
  if (closing < 0 || !lines.length) return;
  verdict[i] ??= DRAFT_NOTES;
  for (const j of lines) verdict[j] ??= DRAFT_NOTES;
}
/** A table's row once normalised (its tabs and the spaces beside Chinese gone): 1县委办公室分管副主任1A区. */
export const TABLE_ROW_RE = /^\d{1,3}\s*[\u4e00-\u9fff×][^。！？]{0,80}$/;

/** Marks a sender's note above the speech (FORWARD_NOTE_RE): before its salutation, or its title when it has none.
 *  A message of several lines under a greeting of its own is the speech splitter's (withoutCoverNotes). */
export function markForwardNotes(texts: string[], verdict: (string | null)[]): void {
  markPreface(texts, verdict);
  const salutation = texts.findIndex((t) => isSalutation(t.trim()));
  const end = salutation >= 0 ? salutation : texts.findIndex((t, i) => !verdict[i] && isTitleLine(t.trim()));
  const firstTitle = texts.findIndex((t, i) => !verdict[i] && isTitleLine(t.trim()));
  // A poster's words stand above the speech: above its title, and above its salutation or opening too when its title
  // is not read as one (a 合集's first speech under a slogan, whose body may speak of writing: 改了五稿). A speech's
  // own 我把…做法分享给大家 comes under its title.
  const opening = texts.findIndex((t, i) => i < firstTitle && !verdict[i] && isOpeningStart(t.trim()));
  const above = firstTitle < 0 ? -1 : Math.min(firstTitle, ...[end, opening].filter((i) => i >= 0));
  for (let i = 0; i < end; i++) {
    const t = texts[i]!.trim();
    if (t.length <= 300 && FORWARD_NOTE_RE.test(t)) verdict[i] ??= "转发说明";
    if (i >= above || !t) continue;
    if (t.length <= 300 && mayMatch(SHARING_NOTE_RE, t) && SHARING_NOTE_RE.test(t)) verdict[i] ??= "转发说明";
    else if (isPosterIntro(t)) verdict[i] ??= POSTER_INTRO;
  }
  // 以上是讲话全文，请认真学习…: the forwarder's line under the speech he sent, below its closing.
  const closing = texts.findLastIndex((t, i) => !verdict[i] && isClosingStart(t.trim()));
  if (salutation >= 0 && closing > salutation)
    for (let i = closing + 1; i < texts.length; i++)
      if (texts[i]!.trim().length <= 200 && FORWARDED_ABOVE_RE.test(texts[i]!.trim())) verdict[i] ??= "转发说明";
}
/** …表态发言稿是我起草的…，分享出来给大家参考: a poster's own words over the speech he shares, naming it a 稿 or 范文
 *  (speech-asides.ts' POSTER_NOTE_RE is looser, 仅供参考 / 拍砖, for a unit that split off beside a speech). */
const SHARING_NOTE_RE = needs(
  ["分享", "发出来", "贴出来", "晒出来", "发上来"],
  /(?=.*(?:稿|范文|材料))(?:分享|发出来|贴出来|晒出来|发上来)[^。！？]{0,12}(?:大家|各位)[^。！？]{0,10}(?:参考|交流|学习|借鉴|指教|拍砖)/,
);
/** 以上是讲话全文。/ 以上是何镇长讲话全文。: the speech named, maybe by its speaker's post (a document the speaker
 *  read out and goes on about, 以上是省委文件的原文，大家回去以后要…, is his). */
const FORWARDED_ABOVE_RE =
  /^以上(?:是|为|就是)(?:(?:讲话|讲话稿)?|[\u4e00-\u9fff]{1,6}?(?:同志)?的?(?:讲话|讲话稿|发言))(?:全文|原文)[，,。；]/;

/** 写在前面： … （以下为正文）: a poster's preface under its label, up to the line that hands over to the text. */
const PREFACE_LABEL_RE = /^[【\[]?(?:写在前面|写在前边|说在前面|前言|博主按|作者按|题记)[】\]]?[：:]/;
const HANDS_OVER_RE =
  /^[（(【\[—–\-\s]*(?:(?:以下|下面)(?:为|是)(?:讲话|讲话稿|发言稿|文章)?(?:正文|全文|原文)(?:如下)?|正文如下)[）)】\]—–\-\s]*[：:]?$/;
const MAX_PREFACE_LINES = 15;

/** Marks a poster's preface above the speech: its label, what it says, and the hand-over line, with no title or
 *  salutation between (a speech's own 前言： opens no block that ends in 以下为正文). */
export function markPreface(texts: string[], verdict: (string | null)[]): void {
  const end = texts.findIndex((t) => HANDS_OVER_RE.test(t.trim()));
  if (end < 0) return;
  // With no preface, the hand-over alone over the speech (以下为正文：) is the site's, before any of the text; set
  // between dashes (—— 以下为讲话原文 ——) it is the divider rule's. An outline heading above it (一、传达…精神) is the
  // speech begun: its 下面是全文： leads into a document it quotes.
  const alone = !/^[—–－-]/.test(texts[end]!.trim());
  const begun = (t: string) => looksLikeContent(t) || parseEnumerator(t) !== null;
  if (alone && !texts.slice(0, end).some((t, i) => !verdict[i] && begun(t.trim()))) verdict[end] ??= "正文标记";
  for (let i = end - 1; i >= 0 && i >= end - MAX_PREFACE_LINES; i--) {
    const t = texts[i]!.trim();
    // A speech's own 前言 addresses the room (同志们，今天我们用一堂党课…).
    if (isTitleLine(t) || isSalutation(t) || /^(?:同志们|各位)/.test(t)) return;
    if (!PREFACE_LABEL_RE.test(t)) continue;
    for (let j = i; j <= end; j++) if (texts[j]!.trim()) verdict[j] ??= "发帖人的前言";
    return;
  }
}
