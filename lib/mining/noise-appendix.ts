// What comes with a speech but is not its text, judged with the rest of the file: footnotes (①数据来源：…) whose
// markers the text cites, an attachment (附件：…) after the speech, a meeting's agenda (a forwarded e-mail's headers
// are in noise-mail-signature.ts). Each shape is read from the file as a whole, never from one line alone.
import { markMeetingLogistics } from "./noise-meeting-logistics";
import { markSiteNoteOverOpening, markTeachingHandout } from "./noise-teaching-handouts";
import {
  endsSentence,
  isHeaderSalutation,
  isSalutation,
  isSpeakerLine,
  isTitleLine,
  parseEnumerator,
} from "./outline-patterns";
import { AUTHOR_BIO_RE } from "./noise-line-shapes";
import { DISCLAIMER_RE } from "./noise-line-patterns";
import {
  DRAFT_NOTES_RE,
  markDraftNotes,
  markForwardNotes,
  markCoursePage,
  TABLE_ROW_RE,
} from "./noise-drafts-and-courses";
import { opensText } from "./noise-page-furniture";
import { REASON_SOURCE_NOTE } from "./noise-words";
import { squeezedLines } from "./page-line-views";

/** 附件： / 附件2：某某检查表 / 附表　某某分工表 / 附：责任书签订单位 / a site's 相关附件： — the label of an attachment,
 *  on a line of its own (附：…讲话 is a speech printed as an attachment, which speech-covers.ts keeps; 附表中的任务… is
 *  a sentence). */
const ATTACHMENT_RE =
  /^(?:相关)?附\s*(?:件\s*\d{0,2}\s*[：:]?|表(?:\s*\d{1,2}\s*[：:]?|\s*[：:]|\s*(?=[^\s，。；！？]{2,40}(?:表|清单|方案)$))|[：:])\s*(\S{0,40})$/;
/** 附件：1.检查表.xlsx(36KB)；2.分组安排.docx: a mail's attachment field names files; no text of theirs follows. */
const FILE_NAME_RE = /\.(?:docx?|xlsx?|pptx?|pdf|wps|et|txt|zip|rar|7z)(?![a-z])|[（(]\d+(?:\.\d+)?\s*[KMG]B[）)]/i;
const NONE_RE = /^(?:无|暂无|没有)$/;
const TABLE_NOTE_RE = /^(?:注|备注|说明)[：:]/;
const MAX_ATTACHMENT_LINES = 120;
/** A document's title: …实施方案, …工作方案, …的通知, …清单, …分工表. */
const DOCUMENT_TITLE_RE = /^\S{2,40}(?:方案|通知|意见|办法|细则|清单|分工表|一览表|要点|计划|制度)$/;

/** Marks an attachment after the speech: its label and every line after it (a 方案's own title and text included),
 *  up to the next speech of a collection: a speech's title or a salutation, or a line that opens text of its own
 *  when the attachment is a list (a title over prose). */
export function markAttachments(texts: string[], verdict: (string | null)[]): void {
  for (let i = 0; i < texts.length; i++) {
    const label = ATTACHMENT_RE.exec(texts[i]!.trim());
    if (!label || isTitleLine(label[1]!)) continue;
    verdict[i] ??= "附件";
    // 附件：无 / 相关附件：暂无: a page's template says there is none. A site's bare 相关附件： lists files, or nothing.
    if (NONE_RE.test(label[1]!)) continue;
    if (FILE_NAME_RE.test(label[1]!)) {
      markListedFiles(texts, verdict, i, label[1]!);
      continue;
    }
    const next = texts.findIndex((t, k) => k > i && t.trim());
    if (/^相关/.test(texts[i]!.trim()) && !(next > 0 && FILE_NAME_RE.test(texts[next]!))) continue;
    // 附件 / 某某实施方案 / 为切实做好…: a document of its own follows, with its title over its prose.
    const document = next > 0 && DOCUMENT_TITLE_RE.test(texts[next]!.trim());
    // 附件：1.检查表 / 2.分组安排: the label's list goes on, item by item, whatever text comes after it.
    let item = parseEnumerator(label[1]!);
    for (let j = i + 1, n = 0; j < texts.length && n < MAX_ATTACHMENT_LINES; j++) {
      const t = texts[j]!.trim();
      if (!t) continue;
      const e = parseEnumerator(t);
      const listed = !!item && !!e && e.family === item.family && e.n === item.n + 1 && !endsSentence(t);
      item = listed ? e : null;
      // A table's row (1县委办公室分管副主任1A区 once normalised) and the note under the table (注：…) are the list's.
      const row = TABLE_ROW_RE.test(t) || (n > 0 && TABLE_NOTE_RE.test(t));
      if (!listed && (isTitleLine(t) || isSalutation(t) || (!document && !row && opensText(texts, verdict, j)))) break;
      verdict[j] ??= "附件";
      n++;
    }
  }
}

/** 附件：1.工作要点.docx / 2.任务分工表.xlsx: the files the label lists, one a line, numbered on from its first. */
function markListedFiles(texts: string[], verdict: (string | null)[], i: number, first: string): void {
  // A file's name may open with a year right after its number (1.2024年…分解表.docx), which is no decimal here.
  let item = parseEnumerator(first.replace(/^(\d{1,2}[.．、])(?=\d)/, "$1 "));
  for (let j = i + 1; item && j < texts.length; j++) {
    const t = texts[j]!.trim();
    if (!t) continue;
    const e = parseEnumerator(t);
    if (!e || e.family !== item.family || e.n !== item.n + 1 || !FILE_NAME_RE.test(t) || endsSentence(t)) return;
    verdict[j] ??= "附件";
    item = e;
  }
}

const BIO_LINES = 3;
const BIO_MAX = 200;

/** Marks the bio under a bare 作者简介 label: its lines up to the next blank line (a few short ones). */
export function markAuthorBio(texts: string[], verdict: (string | null)[]): void {
  texts.forEach((t, i) => {
    if (!AUTHOR_BIO_RE.test(t.trim()) || /[：:]\s*\S/.test(t)) return;
    for (let j = i + 1; j < texts.length && j <= i + BIO_LINES && texts[j]!.trim(); j++) {
      if (texts[j]!.trim().length > BIO_MAX) break;
      verdict[j] ??= REASON_SOURCE_NOTE;
    }
  });
}

const LIST_ITEM_MAX = 200;
/** 下载说明： / 下载须知: a download site's notes over its numbered terms (本站范文均由网友投稿… / 如需Word格式…). */
const DOWNLOAD_NOTES_RE = /^[【\[]?下载(?:说明|须知)[】\]]?[:：]?$/;
/** The site's first term speaks of the site and its texts; a speech's 下载说明 over the steps to install an app
 *  (1. 安卓手机用户在应用商店搜索…) does not. */
const SITE_TERMS_RE = /本站|本网|网友|投稿|版权|原作者|侵权|会员|下载券|范文|Word|word|文档格式/;
const REASON_AGENDA = "会议议程";
/** 会议议程 / 议程安排：: a meeting's agenda above the speeches, its items numbered like an outline. */
const AGENDA_LABEL_RE =
  /^[【\[]?(?:会议议程|会议日程|会议议题|议程安排|会议安排|议程|(?:会议|参会|与会|会务)须知)[】\]]?[:：]?$/;
/** When and where the meeting sits, who chairs it: an agenda's lines over its items. */
const AGENDA_HEAD_LINE_RE =
  /^[（(]\d{4}年\d{1,2}月\d{1,2}日[^）)]{0,40}[）)]$|^(?:主持人?|时间|地点|会议时间|会议地点)[：:]/;
/** Marks the numbered items under a bare label that a page prints apart from the speech: a disclaimer's terms (免责声明：
 *  / 1、本站… / 2、如有侵权…; 下载说明： / 1. 本站范文…), a meeting's agenda (会议议程 / 一、…通报… / 二、…讲话) and its
 *  rules (会议须知 / 一、请…), item by item in sequence, up to a blank line. A label with its text on the line is judged
 *  by the line rules. */
export function markLabelledLists(texts: string[], verdict: (string | null)[]): void {
  markCoursePage(texts, verdict);
  markMeetingLogistics(texts, verdict);
  markTeachingHandout(texts, verdict);
  markSiteNoteOverOpening(texts, verdict);
  const squeezed = squeezedLines(texts);
  texts.forEach((t, i) => {
    const label = squeezed[i]!; // 会　议　须　知: a cover's spaced label
    const download =
      DOWNLOAD_NOTES_RE.test(label) && SITE_TERMS_RE.test(texts.slice(i + 1).find((x) => x.trim()) ?? "");
    const disclaimer = (DISCLAIMER_RE.test(label) || download) && !/[：:]\s*\S/.test(label);
    // 会议程序 over the speeches, above any title (a speech's own section 会议程序 under its title stays).
    const agenda =
      AGENDA_LABEL_RE.test(label) || (label === "会议程序" && !texts.slice(0, i).some((x) => isTitleLine(x.trim())));
    if (DRAFT_NOTES_RE.test(label)) return markDraftNotes(texts, verdict, i);
    if (!disclaimer && !agenda) return;
    const reason = disclaimer ? REASON_SOURCE_NOTE : label.includes("须知") ? "会议须知" : REASON_AGENDA;
    if (agenda || download) verdict[i] ??= reason;
    let last = 0;
    let first = i + 1;
    while (first < texts.length && !texts[first]!.trim()) first++; // a blank line under the label
    for (let j = first; j < texts.length && texts[j]!.trim(); j++) {
      const item = texts[j]!.trim();
      const e = parseEnumerator(item);
      // An agenda's own lines over its first item ((2025年2月18日上午9:00　…), 主持人：…).
      if (agenda && !last && !e && AGENDA_HEAD_LINE_RE.test(item)) {
        verdict[j] ??= reason;
        continue;
      }
      if (!e || e.n !== last + 1 || item.length > LIST_ITEM_MAX) break;
      last = e.n;
      verdict[j] ??= reason;
    }
  });
}

/** A 公文's number: ×政办发〔2024〕12号. */
const DOC_NUMBER_RE = /^\S{0,16}[〔[（(]\d{4}[〕\]）)]\S{0,6}号$/;
/** A 公文's title: 关于…的通知, …工作方案的通知, …办法. */
const OFFICIAL_TITLE_RE =
  /^(?:[^。！？；，,]{0,30}关于[^。！？；，,]{2,80}的(?:通知|决定|意见|通报|批复|函|报告)|[^。！？；，,]{2,60}(?:方案|办法|细则|规定)的通知)$/;
/** 第十八条 … : an article of a regulation. */
const ARTICLE_RE = /^第[一二三四五六七八九十百零〇\d]{1,6}条/;
/** 各县（市、区）人民政府，市政府各部门： — whom a 公文 is addressed to. */
const ADDRESSEES_RE = /^各[^。！？]{1,58}[：:]$/;

/** The number of a 公文 that stands on its own: its addressees within the two lines under it (a speech that cites a
 *  通知 and its number goes on with its own text). */
function addressedBelow(texts: string[], i: number): boolean {
  for (let k = i + 1, n = 0; k < texts.length && n < 2; k++) {
    const t = texts[k]!.trim();
    if (!t) continue;
    n++;
    if (ADDRESSEES_RE.test(t)) return true;
  }
  return false;
}

/** The title of a meeting's material that is no speech: an agenda, a report, a letter of responsibility… */
const MATERIAL_TITLE_RE =
  /^[^。！？，,；;：:]{4,40}(?:议程|报告|责任书|承诺书|方案|办法|细则|通知|计划|清单|名单|一览表|须知)(?:[（(][^（）()]{1,6}[)）])?$/;

/** The line right above (blank lines aside) is a page break the noise pass found, after a finished sentence. */
function afterPageBreak(texts: string[], verdict: (string | null)[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && !texts[k]!.trim()) k--;
  if (k < 0 || verdict[k] !== "页码") return false;
  k--;
  while (k >= 0 && (!texts[k]!.trim() || verdict[k])) k--;
  const before = k < 0 ? "" : texts[k]!.trim();
  // a sentence cut by the page runs on: its line is long, or ends in a comma
  return !before || endsSentence(before) || (before.length < 20 && !/[，、；,;]$/.test(before));
}

/** An office's report named by who writes it and what it is (××区应急管理局2023年工作总结): no speech's title. */
const REPORT_TITLE_RE =
  /^[^。！？，,；;：:\s]{0,30}(?:局|委|办|委员会|政府|公司|集团|中心|镇|乡|街道|县|区|市|厂|站|所)[^。！？，,；;：:\s]{0,16}(?:工作总结|年度总结|述职报告|工作报告|情况汇报|情况报告|工作要点|工作计划)$/;
/** Any file's name on a line of its own (…讲话定稿.docx, a dated one included). */
const FILE_LINE_RE = /^\S.{0,100}\.(?:docx?|wps|pdf|txt)$/i;
/** A file's name in a folder's listing: its date, its name, its extension. */
const MATERIAL_FILE_RE = /^(?:\d{4}[-.]\d{1,2}[-.]\d{1,2}\s*)?(\S.{3,60}?)\.(?:docx?|wps|pdf|txt)$/i;
const MATERIAL_MARK_RE = /[（(](?:摘要|样本|草案|讨论稿|征求意见稿|试行|节选)[)）]$/;

/** A material, not a speech nor a section of one: marked as such (（摘要）, （样本）), or over lines that are no
 *  prose (时间：…, a table's rows); a speaker or a salutation under it makes it a speech given at the meeting. */
function isMaterial(texts: string[], i: number): boolean {
  const below = texts
    .slice(i + 1)
    .filter((t) => t.trim())
    .slice(0, 3)
    .map((t) => t.trim());
  if (below.some((t) => isSpeakerLine(t) || isSalutation(t) || isHeaderSalutation(t))) return false;
  if (MATERIAL_MARK_RE.test(texts[i]!.trim())) return true;
  return below.slice(0, 2).every((t) => !(t.length >= 30 && endsSentence(t)));
}

/** Marks another document from line `from` up to the next title or salutation after line `after` (its own title
 *  and number stand at or before `after`); returns where it stopped. */
function markDocument(texts: string[], verdict: (string | null)[], from: number, after: number): number {
  let j = from;
  for (; j < texts.length; j++) {
    const t = texts[j]!.trim();
    // …or at the next file's name, in a folder copied into one.
    if (j > after && (isTitleLine(t) || isSalutation(t) || FILE_LINE_RE.test(t))) break;
    if (t) verdict[j] ??= "其他文件";
  }
  return j;
}

/** A speech's title naming its meeting, the anchor of the rules below. */
const SPEECH_TITLE_RE = /在.{2,60}上的(?:讲话|发言|致辞|主持词)|讲话稿|主持词$/;

/**
 * Around a speech printed in a gazette or a file of documents, the other documents: another 公文 that starts with
 * its title and number (关于印发…的通知 / ×政办发〔2024〕12号) runs up to the next speech's title or salutation;
 * before the page's first title, the articles of a regulation that ends there (第十八条…) and a column's tag right
 * above it (【市政府领导讲话】). Only on a page that has a speech's title: a 通知 or a 办法 on its own is the text;
 * and a 公文 only when addressed (各…：) under its number: a speech citing one goes on with its own text.
 */
export function markOtherDocuments(texts: string[], verdict: (string | null)[]): void {
  markForwardNotes(texts, verdict);
  const speechAt = texts.findIndex((t, i) => !verdict[i] && isTitleLine(t.trim()) && SPEECH_TITLE_RE.test(t));
  if (speechAt < 0) return;
  const titleAt = texts.findIndex((t, i) => !verdict[i] && isTitleLine(t.trim()));
  const lines = (from: number, to: number) => texts.slice(from, to).map((t) => t.trim());
  for (let i = 0; i < texts.length; i++) {
    if (!DOC_NUMBER_RE.test(texts[i]!.trim()) || !addressedBelow(texts, i)) continue;
    // its title: up to three lines right above the number (a long title wraps)
    let start = i;
    for (let k = i - 1, n = 0; k >= 0 && n < 3; k--) {
      if (!texts[k]!.trim()) continue;
      n++;
      if (OFFICIAL_TITLE_RE.test(lines(k, i).join(""))) start = k;
    }
    if (start === i) continue;
    i = markDocument(texts, verdict, start, i) - 1; // what was marked is not read again
  }
  // In a meeting's 汇编, a document that is no speech on a page of its own (…议程, …情况报告（摘要）, …责任书（样本）):
  // its title right after a page break, up to the next speech's title.
  // The same in a folder of files copied into one (2023-07-05 …会议议程.doc over its text): the file's name says it.
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i]!.trim();
    const file = MATERIAL_FILE_RE.exec(t);
    const title = file ? file[1]!.trim() : t;
    if (!MATERIAL_TITLE_RE.test(title) || isTitleLine(title) || verdict[i] || parseEnumerator(title)) continue;
    if ((!file && !afterPageBreak(texts, verdict, i)) || !isMaterial(texts, i)) continue;
    i = markDocument(texts, verdict, i, i) - 1;
  }
  // After the speech, an office's own report on the same page (××区应急管理局2023年工作总结 and its text): another
  // document, up to the next speech's title.
  for (let i = speechAt + 1; i < texts.length; i++) {
    const t = texts[i]!.trim();
    if (!REPORT_TITLE_RE.test(t) || isTitleLine(t) || verdict[i] || parseEnumerator(t)) continue;
    const next =
      texts
        .slice(i + 1)
        .find((u) => u.trim())
        ?.trim() ?? "";
    if (next.length < 30 || !/[。！？：]/.test(next)) continue;
    i = markDocument(texts, verdict, i, i) - 1;
  }
  // Before the title: a regulation's last articles, their wrapped lines with them.
  let inArticle = false;
  let previous = "";
  for (let i = 0; i < titleAt; i++) {
    const t = texts[i]!.trim();
    if (!t) continue;
    if (ARTICLE_RE.test(t) || (inArticle && !/[。！？]$/.test(previous))) {
      verdict[i] ??= "其他文件";
      inArticle = true;
    } else inArticle = false;
    previous = t;
  }
  // 【市政府领导讲话】 right above it: the column the gazette prints it in.
  for (let k = titleAt - 1; k >= 0; k--) {
    const t = texts[k]!.trim();
    if (!t) continue;
    if (/^【[^【】]{2,12}】$/.test(t)) verdict[k] ??= "栏目标记";
    break;
  }
}
