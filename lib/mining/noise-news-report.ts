// A newspaper's or a portal's report of the meeting, printed above the speech it carries: a dateline (本报讯（记者
// ×××）4月8日，…会议召开。市长×××出席会议并讲话) and the report's sentences after it, told in the third person
// (会议总结了…, 会议强调…, …在主会场或分会场参加会议), or below it (会议结束后，…随即召开续会). The page's words about
// the meeting, not the speaker's. A briefing (简报) sets its items under column labels (【会议报道】【领导讲话】【工作动态】):
// the items after the speech's are the briefing's news.
import {
  dateOfLine,
  endsSentence,
  isClosingStart,
  isOpeningStart,
  isSalutation,
  isSpeakerLine,
  isTitleLine,
  parseEnumerator,
  splitRunInSalutation,
} from "./outline-patterns";
import { RECORDED_NOTE } from "./noise-widget-lines";
import { markBroadcastScript } from "./noise-broadcast-script";
import { aboveFrame } from "./noise-page-furniture";
import { squeezedLines } from "./page-line-views";

/** A news dateline: 本报讯 / 本网讯 / 本台消息 11月14日 (本台消息、专题节目都要… is a sentence), or a paper's or an agency's 讯 / 电 followed by its reporters. */
export const DATELINE_RE =
  /^[【\[]?(?:本报|本网|本台|本刊|本站)(?:讯|消息(?=\s*[（(：:\d]))[】\]]?|^[^\s，。：:]{0,16}(?:讯|电)\s*[（(]\s*(?:记者|通讯员|见习记者|特约记者)/;
/** A report's sentence about the meeting: what the meeting did, who attended, where they sat, what was done at it
 *  (会上，居民代表…提出了8条意见建议; not when a sentence of the line speaks to the hearers, 会上，…通报了…。
 *  …年底要逐项考核。). */
const REPORT_SENTENCE_RE =
  /^(?:会议|会上|会议上|会前|会后)还?(?:对[^。]{2,40}(?:进行了|作了|作出了?)|指出|强调|要求|认为|总结|通报|部署|传达|听取|审议|号召|提出|明确|分析|安排|研究|表彰|宣读)(?!的)|(?:出席|参加|列席|主持)(?:了)?(?:会议|活动|仪式)|在主会场|分会场参加|^会议结束(?:后|时)[，,]|^(?:启动仪式|仪式|开幕式|座谈会|活动)结束(?:后|时)[，,](?![^。]*(?:请|要|大家|我们|同志))|^会议召开(?:后|以来)[，,](?![^。]*(?:要|请|大家|我们|同志))[^。]*了|^(?:会上|会议上)[，,](?!.*(?:要|请|大家|我们|咱们|同志))[^。]*了|随即召开/;
/** A report runs a few paragraphs at most. */
const MAX_REPORT_LINES = 8;

export function markNewsReports(texts: string[], verdict: (string | null)[]): void {
  markBroadcastScript(texts, verdict);
  for (let i = 0; i < texts.length; i++) {
    if (verdict[i] || !DATELINE_RE.test(texts[i]!.trim())) continue;
    verdict[i] = "新闻报道";
    let lines = 0;
    let said = false;
    for (let j = i + 1; j < texts.length && lines < MAX_REPORT_LINES; j++) {
      const t = texts[j]!.trim();
      if (!t || verdict[j]) continue;
      if (isTitleLine(t) || opensSpeechAfterReport(t, said)) break;
      const saying = reportsWhatHeSaid(t, texts[i]!);
      if (!saying && !REPORT_SENTENCE_RE.test(t)) break;
      said ||= saying;
      verdict[j] = "新闻报道";
      lines++;
    }
  }
}

/** 周某指出，…。他要求，…: the report tells what the man its dateline named said, by his name, in the third person. */
const SAID_RE = /^([\u4e00-\u9fff]{2,4}?)(?:同志)?(?:指出|强调|要求|表示|认为|说)[，,：:]/;
/** The name stands whole in the dateline: after his title or a stop (副市长陈凯峰, 、周立衡), before what he did there
 *  (出席, 在, 主持, 作…讲话); a title (市长, 总书记, 护林员) or a word (会议) is no name, and 副市长刘畅 holds no 市长. */
const TITLE_END_RE = /(?:长|记|任|员|理|席|官|监|委|表|书|师|人|者|们)$/;
const NAME_BEFORE_RE = /(?:^|[长记任员理席官监委、，,\s（(：:])$/;
const NAME_AFTER_RE = /^(?:同志)?(?:出席|在|主持|作|做|发表|讲话|到会|参加|强调|指出|要求|表示|，|,)/;
function namedInDateline(name: string, dateline: string): boolean {
  if (TITLE_END_RE.test(name) || /^(?:会议|会上|大会|他们?|她们?)$/.test(name)) return false;
  for (let at = dateline.indexOf(name); at >= 0; at = dateline.indexOf(name, at + 1))
    if (NAME_BEFORE_RE.test(dateline.slice(0, at)) && NAME_AFTER_RE.test(dateline.slice(at + name.length))) return true;
  return false;
}
const reportsWhatHeSaid = (t: string, dateline: string) => {
  const name = SAID_RE.exec(t)?.[1];
  return !!name && namedInDateline(name, dateline) && !/我|同志们|大家/.test(t);
};
/** Once the report has told what he said, the speech's own opening ends it (the report's 会上，…签订了… and …出席会议
 *  read the same): a salutation (同志们：这次会议…), the speaker's 这次会议/今天/刚才, his 下面，我讲… or 讲几点意见. */
const SPEECH_OPENING_RE =
  /^(?:这次会议|今天[，,的]|刚才|同志们)|下面[，,]?(?:我|按照|结合)|讲(?:[一两二三四五六几]点|以下几点)(?:意见|看法|要求|体会)/;
const opensSpeechAfterReport = (t: string, said: boolean) =>
  said && (isSalutation(t) || !!splitRunInSalutation(t) || isOpeningStart(t) || SPEECH_OPENING_RE.test(t));

/** The report's sentences that end the page's text (会议还对…作了安排部署。会议要求，…): nothing of a speech
 *  follows them, so they are the page's, whatever the speech's last words were. */
export function markReportAtEnd(texts: string[], verdict: (string | null)[]): void {
  let k = texts.length - 1;
  const run: number[] = [];
  for (; k >= 0 && run.length < MAX_REPORT_LINES; k--) {
    const t = texts[k]!.trim();
    if (!t || verdict[k]) continue;
    if (isTitleLine(t) || !REPORT_SENTENCE_RE.test(t)) break;
    run.push(k);
  }
  for (const i of run) verdict[i] = "新闻报道";
}

/** How far below the speech's closing (同志们，…) a report may start. */
const AFTER_CLOSING_REACH = 2;

/** The report's sentences printed below the speech: where the county sat in (我县在…设分会场…参加会议), what was done
 *  after it (会议结束后，…随即召开续会). A run of them right after the closing is the page's, not the speaker's. */
export function markReportsAfterSpeech(texts: string[], verdict: (string | null)[]): void {
  for (let i = 0; i < texts.length; i++) {
    if (verdict[i] || !isClosingStart(texts[i]!.trim())) continue;
    let seen = 0;
    for (let j = i + 1; j < texts.length && seen <= AFTER_CLOSING_REACH; j++) {
      const t = texts[j]!.trim();
      if (!t || verdict[j]) continue;
      // A title or a salutation starts the next speech (a collection's 主持词 opens 参加会议的有…): no report follows.
      if (isTitleLine(t) || isSalutation(t)) break;
      if (!REPORT_SENTENCE_RE.test(t)) {
        seen++;
        continue;
      }
      for (let k = j; k < texts.length && k < j + MAX_REPORT_LINES; k++) {
        const r = texts[k]!.trim();
        if (!r || verdict[k]) continue;
        if (isTitleLine(r) || !REPORT_SENTENCE_RE.test(r)) break;
        verdict[k] = "新闻报道";
      }
      // A short heading between the closing and the report (社会影响, 会后) is the page's section, not a signature.
      for (let k = i + 1; k < j; k++) {
        const r = texts[k]!.trim();
        // (A name signs with two or three characters: 社会影响 reads as a name but is none.)
        const name = isSpeakerLine(r) && (r.length <= 3 || /×/.test(r));
        if (r && !verdict[k] && r.length <= 10 && !endsSentence(r) && !dateOfLine(r) && !name) verdict[k] = "新闻报道";
      }
      break;
    }
  }
}

/** 【工作动态】 alone on its line: a briefing's column, named by what it holds (【第2条】, 【篇二】 number records or
 *  speeches of one kind instead). */
const COLUMN_LABEL_RE =
  /^【(?![^【】]*(?:第[\d一二三四五六七八九十百]+|[\d一二三四五六七八九十]+[条篇章节期]|篇[\d一二三四五六七八九十]))[^【】\s\d]{2,8}】$/;
const COLUMN_LABELS = 2;
/** What a briefing calls its columns of news (【工作动态】【会议报道】【基层信息】): a speech's own labels (【典型案例】,
 *  【工作要求】) never name news. */
const NEWS_COLUMN_RE = /(?:动态|简讯|快讯|要闻|资讯|速递|传真|播报|报道|信息|新闻|通报|风采|聚焦|一线)】$/;
const BRIEFING_ITEM = "简报其他栏目";
/** A kept sentence this long under the speech's head is its text. */
const MIN_SPOKEN = 20;

/** Marks a briefing's columns of news: the label and its items, up to the next label (and, first, the column that
 *  holds the speech, with what stands above it: markSpeechColumn). Only in a file with two
 *  columns or more, one of them a speech's (its title over its frame, or a salutation), and only before that speech
 *  starts or after one has closed; a speech's own bracketed labels (【典型案例】) name no news and are never taken. */
export function markBriefingItems(texts: string[], verdict: (string | null)[]): void {
  markSpeechColumn(texts, verdict);
  markYearbookEntries(texts, verdict);
  const labels = squeezedLines(texts).flatMap((t, i) => (COLUMN_LABEL_RE.test(t) ? [i] : []));
  if (labels.length < COLUMN_LABELS) return;
  // What stands above the first label is read as a column too (a speech may open the page), but never marked.
  const columns = [-1, ...labels].map((at, n) => {
    const end = labels[n] ?? texts.length;
    let speech = false;
    let closed = false;
    let spoke = false;
    for (let k = at + 1; k < end; k++) {
      const t = texts[k]!.trim();
      if (isSalutation(t) || (isTitleLine(t) && aboveFrame(texts, verdict, k))) speech = true;
      else if (isClosingStart(t)) closed = true;
      // Below the speech's sentences, the editor's （…根据录音整理，已经本人审阅） says its text is over, whoever it
      // closed addressing (老师们，…); the same note under the title, above the text, closes nothing.
      else if (spoke && verdict[k] === RECORDED_NOTE) closed = true;
      if (speech && !verdict[k] && t.length >= MIN_SPOKEN && endsSentence(t)) spoke = true;
    }
    return { at, end, speech, closed };
  });
  if (!columns.some((c) => c.speech)) return;
  let started = false;
  let closed = false;
  for (const c of columns) {
    if (c.speech) {
      [started, closed] = [true, c.closed];
      continue;
    }
    // A column inside the speech (its own 【典型案例】) stays, and the speech closes in the one holding its closing.
    if (started && !closed) {
      closed = c.closed;
      continue;
    }
    if (c.at < 0 || !NEWS_COLUMN_RE.test(texts[c.at]!.replace(/\s+/g, ""))) continue;
    for (let k = c.at; k < c.end; k++) if (texts[k]!.trim()) verdict[k] ??= BRIEFING_ITEM;
  }
}

/** 【领导讲话】 (or a numbered 二、领导讲话 under 一、会议概况, or a bulleted ■ 讲话全文 under a portal's report) over the
 *  speech's title: a briefing's column, or a report's part, that holds it. */
export const SPEECH_COLUMN_RE =
  /^(?:【(?:领导讲话|重要讲话|讲话全文|讲话摘登|领导讲话摘编)】|(?:[一二三四五六七八九十]{1,2}、|[■□▌▍●◆▶►])(?:领导讲话|重要讲话|讲话全文|讲话摘登))$/;

/** Marks the first speech column's label and what stands above it when that holds no speech (the briefing's masthead
 *  and its news: 全县…推进会召开 / 5月16日，…会议召开。…出席会议并讲话): only where the label stands right over a title. */
function markSpeechColumn(texts: string[], verdict: (string | null)[]): void {
  const at = squeezedLines(texts).findIndex((t) => SPEECH_COLUMN_RE.test(t));
  if (at < 0) return;
  const next = texts.findIndex((t, k) => k > at && t.trim() && !verdict[k]);
  if (next < 0 || !isTitleLine(texts[next]!.trim())) return;
  // Any speech above (a title, a salutation alone or run into its paragraph) keeps everything there; a bulleted
  // entry of the briefing's contents (●副县长×××在…上的讲话) is no title.
  for (let k = 0; k < at; k++) {
    const t = texts[k]!.trim();
    const title = isTitleLine(t) && !/^[●•◆■▪◇○·]/.test(t);
    if (!verdict[k] && (isSalutation(t) || title || splitRunInSalutation(t))) return;
  }
  for (let k = 0; k <= at; k++) if (texts[k]!.trim()) verdict[k] ??= BRIEFING_ITEM;
  markLaterSpeechColumns(texts, verdict, at);
}

/** A later part of the booklet the first label opened (一、领导讲话 … 二、典型发言): numbered on from it, short,
 *  naming the speeches it holds, and standing right over the next speech's title. A speech's own heading that names
 *  speeches over a title (二、传达学习上级领导讲话 over the speech it quotes) follows the speech's own 一、, with no
 *  closing (同志们，…) since: a part's label comes once the speech numbering its parts has closed. */
const LATER_COLUMN_RE = /^[一二三四五六七八九十]{1,2}、[^，。；：！？\s]{0,8}(?:讲话|发言|致辞|汇报|报告|材料)$/;

function markLaterSpeechColumns(texts: string[], verdict: (string | null)[], first: number): void {
  let n = parseEnumerator(texts[first]!.trim())?.n;
  if (!n) return;
  let ownSeries = false;
  for (let k = first + 1; k < texts.length; k++) {
    const t = texts[k]!.trim();
    if (verdict[k]) continue;
    if (isClosingStart(t)) ownSeries = false;
    const e = LATER_COLUMN_RE.test(t) ? parseEnumerator(t) : null;
    if (e?.n !== n + 1 || ownSeries) {
      if (t.startsWith("一、")) ownSeries = true;
      continue;
    }
    const next = texts.findIndex((x, j) => j > k && x.trim() && !verdict[j]);
    if (next < 0 || !isTitleLine(texts[next]!.trim())) continue;
    verdict[k] = BRIEFING_ITEM;
    n++;
  }
}

/** A yearbook's entry: its label and its facts on one line (【执法检查】　2022年，县应急管理局共立案查处…). */
const YEARBOOK_ENTRY_RE = /^【[^【】\s\d]{2,8}】\s*(?:\d{4}年|\d{1,2}月|全年|年内|全[县市区])/;
const YEARBOOK_ENTRIES = 3;

/** Marks a yearbook's entries around the speech it prints in full (【领导讲话】 among 【概况】【隐患排查】…): three entries
 *  or more in the file, those before the speech's salutation and those after its last paragraph of prose. The speech's
 *  own 【典型案例一】 2022年6月，… paragraphs, with its text going on after them, stay. */
function markYearbookEntries(texts: string[], verdict: (string | null)[]): void {
  const entries = texts.flatMap((t, i) => (YEARBOOK_ENTRY_RE.test(t.trim()) ? [i] : []));
  if (entries.length < YEARBOOK_ENTRIES) return;
  const opens = texts.findIndex((t) => isSalutation(t.trim()));
  const entry = new Set(entries);
  const lastProse = texts.findLastIndex((t, i) => !entry.has(i) && !verdict[i] && t.trim().length >= 20);
  if (opens < 0) return;
  for (const i of entries) if (i < opens || i > lastProse) verdict[i] ??= BRIEFING_ITEM;
}
