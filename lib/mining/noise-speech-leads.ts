// A portal's one-line lead over each speech it reprints from a meeting (泓安区区长陈海鸥代表区委、区政府作表态发言，表示…;
// 会上，副市长李志强…作了具体部署。), right above the 【讲话全文】 label or the speech's title: the page tells who spoke,
// in the third person, naming the speaker by post and name. Without the mark or the title below it, such a sentence
// is left to the speech (刚才，…作了具体部署 opens many 表态发言), and so are a host's cues and a title's 工作部署.
// Above such a lead, or right above the speech's title, the report's own headline (周某在…会议上强调：…) and byline;
// between the report's lead and its line handing the speech over (现将…讲话全文刊发如下：), the report's paragraphs.
import {
  dateOfLine,
  endsSentence,
  isHeaderSalutation,
  isOpeningStart,
  isSalutation,
  isSpeakerLine,
  isTitleLine,
  parseEnumerator,
} from "./outline-patterns";
import { nextLine } from "./noise-page-furniture";
import { REPORTED_MEETING_RE } from "./noise-line-patterns";
import { previousLine } from "./noise-page-cards";

const REPORTS_SPEECH_RE =
  /(?<!工)作了?(?:重要|动员|表态|总结|具体)?(?:讲话|发言|部署)|代表[^。！？]{2,20}(?:作|发言|表态)/;
/** Who spoke, by post and name (区长陈某代表…, 副市长李某从…, 董事长孟某围绕…): a report names the speaker so. */
const POST_AND_NAME_RE =
  /(?:区长|县长|市长|镇长|乡长|书记|主任|局长|厅长|处长|部长|董事长|总经理|经理|主席)[\u4e00-\u9fff×]{2,3}(?:同志)?(?:代表|从|围绕|就|对|作|在|结合)/;
/** The speaker's or the host's own words: first person, the hall addressed, a host's cue (请…, 首先…, 进行第二项…). */
const OWN_WORDS_RE = /我|大家|同志们|散会|请|^(?:刚才|下面|今天|按照|根据|各位|首先|现在|接下来|进行)/;
/** 【讲话全文】 / 〔讲话摘要〕 alone on its line, as the noise rules mark it. */
const TEXT_MARK = "摘要标记";
const MAX_LEAD = 120;
/** The meeting held, told in the third person: …日上午，公司召开…大会 / 县政府召开…会议. */
const MEETING_HELD_RE =
  /^\d{1,2}月\d{1,2}日(?:上午|下午|晚上)?[，,]?[^。！？将]{0,12}召开[^。！？]{2,40}(?:会议|大会|例会|推进会|部署会)/;
/** The same lead told in one paragraph, the meeting held (…仪式在…广场举行。) and who spoke (…主任郑书航致辞。). */
const MEETING_TOLD_RE = /^\d{1,2}月\d{1,2}日(?:上午|下午|晚上)?[，,]?[^。！？]{2,60}(?:召开|举行)/;
const SPEECH_TOLD_RE = /(?:长|书记|主任|经理|主席)[\u4e00-\u9fff]{2,3}(?:同志)?(?:致辞|讲话|发言)。/;
const MAX_TOLD = 240;
const CAPTION = "图片说明";
const REASON = "新闻导语（转载讲话前的介绍）";
/** The line rules' lead (现将讲话全文刊发如下). */
const LINE_LEAD = "新闻导语";
const EDITOR_NOTE = "编者按";
const MAX_NOTE_LINES = 4;
/** A report's headline: who said what at the meeting (周某在县安委会全体会议上强调：压紧压实…), never a speech's title;
 *  a sentence says it with a comma (前不久，市委书记在…会议上强调，…). */
const REPORT_HEADLINE_RE =
  /^[^。！？：:，,]{2,20}在[^。！？：:，,]{2,40}(?:会议?|大会|例会|推进会|部署会|座谈会)(?:上|时)?(?:强调|指出|要求|表示|提出)(?:[：:]|\s+)(?=\S)/;
/** A byline's words: its time, source, reporter, counts and buttons. */
const BYLINE_RE = /\d{1,2}:\d{2}|来源|记者|通讯员|编辑|作者|发布|浏览|阅读|点击|字号|字体|打印|分享|关闭/;
/** A speech's main title over its own title line (压实安全责任　守牢发展底线 / ——在…的讲话). */
const MAX_TITLE_LINES = 2;
const MAX_TITLE_LINE = 40;
const HEADLINE = "新闻标题（转载讲话的报道标题）";
/** Lines between a headline and its lead or the speech's title: the date, source and reporter lines, 字号. */
const MAX_HEADLINE_GAP = 4;
const MAX_BYLINE = 60;
const BYLINE = "报道标题下的发布信息与按钮";

export function markSpeechLeads(texts: string[], verdict: (string | null)[]): void {
  markReportHeadlines(texts, verdict);
  texts.forEach((raw, i) => {
    const t = raw.trim();
    if (verdict[i] || !t || t.length > MAX_LEAD || OWN_WORDS_RE.test(t) || isTitleLine(t)) return;
    if (!REPORTS_SPEECH_RE.test(t) || !POST_AND_NAME_RE.test(t) || !/[。]$/.test(t)) return;
    if ((t.match(/[。！？]/g)?.length ?? 0) > 2) return;
    const below = nextLine(texts, i);
    if (below < 0) return;
    if (verdict[below] === TEXT_MARK || (!verdict[below] && isTitleLine(texts[below]!.trim()))) verdict[i] = REASON;
  });
  // An editor's note a narrow column wrapped (编者按：10 月 12 日，公司召开…总结三季 / 度安全工作，…刊发， / 请各单位认真
  // 学习。): cut mid-word or at a comma, it runs on to a sentence's end within a few lines or not at all, never into a
  // salutation, a title or a heading; one that stops at its colon (…刊发如下：) announces the speech below it.
  texts.forEach((raw, i) => {
    if (verdict[i] !== EDITOR_NOTE || !/[\u4e00-\u9fff，、]$/.test(raw.trim()) || /如下[，、]?$/.test(raw.trim()))
      return;
    const rest: number[] = [];
    for (let j = nextLine(texts, i); j >= 0 && rest.length < MAX_NOTE_LINES && !verdict[j]; j = nextLine(texts, j)) {
      const t = texts[j]!.trim();
      if (isTitleLine(t) || isSalutation(t) || isHeaderSalutation(t) || parseEnumerator(t)) break;
      rest.push(j);
      if (!endsSentence(t)) continue;
      for (const k of rest) verdict[k] = EDITOR_NOTE;
      break;
    }
  });
  // A lead's first sentences, the meeting held, right above its line on the speech (6月3日上午，公司召开…大会，…。公司
  // 领导班子成员…参加会议。 over 会上，总经理…作动员讲话。现将讲话全文刊发如下).
  texts.forEach((raw, i) => {
    // Only over a lead that reports the speech (会上，总经理…作动员讲话), and only the meeting held on its day.
    if ((verdict[i] !== REASON && verdict[i] !== LINE_LEAD) || !REPORTS_SPEECH_RE.test(raw)) return;
    const above = previousLine(texts, i);
    const report = above >= 0 ? texts[above]!.trim() : "";
    if (!verdict[above] && MEETING_HELD_RE.test(report) && !OWN_WORDS_RE.test(report) && /。$/.test(report))
      verdict[above] = REASON;
  });
  // A lead that tells both in one paragraph over the line handing the speech over (现将致辞全文刊发如下：), the
  // pictures' captions between them.
  texts.forEach((raw, i) => {
    if (verdict[i] !== LINE_LEAD) return;
    let above = previousLine(texts, i);
    while (above >= 0 && verdict[above] === CAPTION) above = previousLine(texts, above);
    const lead = above >= 0 ? texts[above]!.trim() : "";
    if (verdict[above] || lead.length > MAX_TOLD || OWN_WORDS_RE.test(lead)) return;
    if (!MEETING_TOLD_RE.test(lead) || !SPEECH_TOLD_RE.test(lead) || !/。$/.test(lead)) return;
    // Only over the speech's head: a speech relaying a meeting (…会议召开，副市长周某讲话。现将会议精神整理如下：)
    // goes on below such lines with its own words.
    const below = nextLine(texts, i);
    const head = below >= 0 ? texts[below]!.trim() : "";
    if (!verdict[below] && (isTitleLine(head) || isSalutation(head) || isHeaderSalutation(head)))
      verdict[above] = REASON;
  });
  markReportBetweenLeads(texts, verdict);
}

/** A handover that names the speech it hands over (现将…讲话全文刊发如下：), not a speech's own 现将情况整理如下;
 *  it ends its line with 如下 or its colon. */
const HANDS_OVER_SPEECH_RE = /讲话|发言|致辞|全文|原文/;
const HANDOVER_END_RE = /如下[：:]?$/;
/** A report runs a few paragraphs between its lead and its handover. */
const MAX_REPORT_BETWEEN = 6;

/** The report's paragraphs between its lead (2月26日上午，…会议召开。县委书记×××出席会议并讲话…) and the line handing the
 *  speech over (现将×××同志讲话全文刊发如下：): what the meeting did, what he stressed, who joined by video, told in the third
 *  person with no word of the hall's (我, 大家, 同志们, 请). Both ends marked, the page's news lies between them. */
function markReportBetweenLeads(texts: string[], verdict: (string | null)[]): void {
  texts.forEach((raw, i) => {
    if (verdict[i] !== LINE_LEAD || !HANDOVER_END_RE.test(raw.trim()) || !HANDS_OVER_SPEECH_RE.test(raw)) return;
    const run: number[] = [];
    let k = previousLine(texts, i);
    for (; k >= 0 && !verdict[k] && run.length <= MAX_REPORT_BETWEEN; k = previousLine(texts, k)) {
      const t = texts[k]!.trim();
      if (OWN_WORDS_RE.test(t) || isTitleLine(t) || !/。$/.test(t)) return;
      run.push(k);
    }
    const top = k >= 0 ? texts[k]!.trim() : "";
    const told = REPORTS_SPEECH_RE.test(top) || REPORTED_MEETING_RE.test(top) || MEETING_TOLD_RE.test(top);
    const lead = (verdict[k] === LINE_LEAD || verdict[k] === REASON) && told;
    if (!run.length || run.length > MAX_REPORT_BETWEEN || !lead || relayedInSpeech(texts, verdict, k)) return;
    for (const j of run) verdict[j] = REASON;
  });
}

/** The lead stands in a speech that relays the meeting (同志们： / 今天召开会议，传达… over 3月5日，全省…会议召开。省长×××出席
 *  会议并讲话。… 现将×××省长讲话精神整理如下：): the speaker's salutation or opening is the text kept right above it. */
function relayedInSpeech(texts: string[], verdict: (string | null)[], lead: number): boolean {
  let k = previousLine(texts, lead);
  while (k >= 0 && verdict[k]) k = previousLine(texts, k);
  const t = k >= 0 ? texts[k]!.trim() : "";
  return !!t && (isSalutation(t) || isHeaderSalutation(t) || isOpeningStart(t));
}

/** A report's headline over the speech it reprints, above any salutation: the page's lead or the speech's title
 *  follows within a few lines of byline (2024-03-12 08:45　来源：…　记者 …, 字号：大 中 小), which go with it. */
function markReportHeadlines(texts: string[], verdict: (string | null)[]): void {
  const salutation = texts.findIndex((t) => isSalutation(t.trim()) || isHeaderSalutation(t.trim()));
  texts.forEach((raw, i) => {
    const t = raw.trim();
    if (verdict[i] || (salutation >= 0 && salutation < i) || !REPORT_HEADLINE_RE.test(t) || endsSentence(t)) return;
    const byline: number[] = [];
    for (let j = nextLine(texts, i); j >= 0 && byline.length <= MAX_HEADLINE_GAP; j = nextLine(texts, j)) {
      const below = texts[j]!.trim();
      const lead = verdict[j] === LINE_LEAD || verdict[j] === REASON || verdict[j] === EDITOR_NOTE;
      if (lead || verdict[j] === TEXT_MARK || (!verdict[j] && (isTitleLine(below) || opensTitle(texts, verdict, j)))) {
        verdict[i] = HEADLINE;
        for (const k of byline) if (!verdict[k]) verdict[k] = BYLINE;
        // A paginated page prints its headline again over each of its pages, inside the speech.
        texts.forEach((c, k) => {
          if (k > i && c.trim() === t) verdict[k] ??= HEADLINE;
        });
        return;
      }
      const bylineLike = BYLINE_RE.test(below) && below.length <= MAX_BYLINE && !endsSentence(below);
      if (!verdict[j] && (!bylineLike || isSpeakerLine(below) || dateOfLine(below))) return;
      byline.push(j);
    }
  });
}

/** Up to two short lines over a title line: the speech's main title, which stays. */
function opensTitle(texts: string[], verdict: (string | null)[], j: number): boolean {
  for (let k = j, n = 0; k >= 0 && n <= MAX_TITLE_LINES; k = nextLine(texts, k), n++) {
    const t = texts[k]!.trim();
    if (verdict[k]) return false;
    if (isTitleLine(t)) return n > 0;
    if (endsSentence(t) || t.length > MAX_TITLE_LINE) return false;
  }
  return false;
}
