// A Q&A page with several answers, one of which gives the speech: each answer ends with its footer (编辑于
// 2024-08-26 22:41・IP 属地湖北, 发布于 …), so the page falls into answers at the footers. The answers that hold no
// speech are the other answerers' (a tip, a text on how to write such a speech); in the speech's own answer, what
// follows the speaker's thanks is the answerer's (几点说明：…), and so is what stands above its title (his card and
// lead-in; over the first answer, the question). A page with one answer has its footer too: under it, the site.
// A 百度知道-style page has no footers: under the best answer, the asker's follow-ups (追问 / 追答 over their words)
// and the other answers under their header (其他回答（2）).
import {
  endsSentence,
  isClosingStart,
  isHeaderSalutation,
  isSalutation,
  isTitleLine,
  parseEnumerator,
} from "./outline-patterns";
import { keptFrom } from "./noise-page-cards";
import { QA_RE } from "./noise-community-words";

const OTHER_ANSWER = "问答网站的其他回答";
const ANSWER_NOTE = "回答者的附言";
const ANSWER_LEAD = "问答网站的提问和回答者的引言";
/** An answer's footer: when it was written or edited, maybe where from. */
const FOOTER_RE =
  /^(?:编辑于|发布于|回答于|更新于)\s*(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}-\d{1,2}|昨天|今天|\d{1,2}\s*(?:天|小时|分钟)前)[^。！？，]{0,30}$/;
/** The speaker's last words: his thanks. */
const THANKS_RE = /谢谢(?:大家|各位)?[！!。]$/;
/** What only a Q&A site prints by an answer: its votes, where it was posted from. */
const QA_MARK_RE = /赞同了该回答|▲\s*赞同|赞同\s*\d|IP\s*属地/;
/** What an answerer says after the speaker's thanks: a line or two of his own. */
const NOTE_LINES = 2;
const NOTE_CHARS = 200;

/** 兄弟们： / 工友们：: hearers greeted on a line of their own. */
const HEARERS_RE = /^[^，。！？：:]{1,12}们[：:]$/;

type Answer = { start: number; end: number };

/** Marks the other answers' lines and the answerer's words after the speech in his own answer, on a Q&A page (its
 *  votes, where posted from) whose answers end in footers not taken for anything else (a list's dated links). */
export function markOtherAnswers(texts: string[], verdict: (string | null)[]): void {
  if (!texts.some((t) => QA_MARK_RE.test(t))) return;
  const footers = texts.flatMap((t, i) => (!verdict[i] && FOOTER_RE.test(t.trim()) ? [i] : []));
  if (!footers.length) return;
  // Answer k runs from the line after footer k-1 to footer k; the first one starts under the question.
  const answers: Answer[] = footers.map((end, k) => ({ start: k === 0 ? 0 : footers[k - 1]! + 1, end }));
  // Each answer's kept lines, read once: every check below looks at them.
  const kept = answers.map((a) =>
    texts
      .slice(a.start, a.end)
      .filter((t, j) => t.trim() && !verdict[a.start + j])
      .map((t) => t.trim()),
  );
  const holdsSpeech = (k: number) => kept[k]!.some(isTitleLine) && kept[k]!.some(isHeaderSalutation);
  const speech = answers.findIndex((_, k) => holdsSpeech(k));
  if (speech < 0 || answers.filter((_, k) => holdsSpeech(k)).length > 1) return;
  // An answer that greets hearers or carries a title of its own (a talk to 兄弟们, a second speech) is left alone.
  const speaks = (k: number) =>
    kept[k]!.some((t) => isTitleLine(t) || isHeaderSalutation(t) || isSalutation(t) || HEARERS_RE.test(t));
  answers.forEach((a, k) => {
    if (k === speech || speaks(k)) return;
    for (let j = a.start; j < a.end; j++) if (texts[j]!.trim()) verdict[j] ??= OTHER_ANSWER;
  });
  markAnswerLead(texts, verdict, answers[speech]!);
  markSeparatedNote(texts, verdict, answers[speech]!);
  markAnswerNote(texts, verdict, answers[speech]!);
  markBelowLastAnswer(texts, verdict, footers.at(-1)!);
}

/** A rule line: the answerer's own division under the speech. */
const RULE_LINE_RE = /^[—–\-_=*·~～]{4,}$/;
/** Under the last answer's footer, the site's short lines (its vote bar, 下一个回答, 更多回答, its help links). */
const TAIL_LINE_MAX = 40;

/** In the speech's answer, what the answerer wrote under a rule line he drew after the speaker's thanks (补充几句…：
 *  and his numbered tips): all his, up to the footer, unless a title or a salutation starts another speech there.
 *  Over a closing with no thanks (同志们，…。) the rule may part two halves of the speech: what is under it is the
 *  answerer's only when no line there is a speech's own (a head of its outline, 三、… or 第三，…; an address, 同志们，…). */
function markSeparatedNote(texts: string[], verdict: (string | null)[], own: Answer): void {
  const lines: number[] = [];
  let speechLike = false;
  for (let j = own.end - 1; j > own.start; j--) {
    const t = texts[j]!.trim();
    if (!t) continue;
    if (RULE_LINE_RE.test(t)) {
      const above = keptFrom(texts, verdict, j, -1);
      const last = above < 0 ? "" : texts[above]!.trim();
      const closes = THANKS_RE.test(last) || (!speechLike && isClosingStart(last) && endsSentence(last));
      if (!closes || !lines.length) return;
      for (const k of lines) verdict[k] ??= ANSWER_NOTE;
      return;
    }
    if (THANKS_RE.test(t) || isTitleLine(t) || isHeaderSalutation(t) || isSalutation(t)) return;
    if (verdict[j]) continue;
    lines.push(j);
    speechLike ||= speechLine(t) || OUTLINE_ORDINAL_RE.test(t);
  }
}

/** 第三，要压实各方责任。… / （三）…: a point of the speech's outline going on under the rule; an answerer numbers his
 *  tips 1. 2. 3. */
const OUTLINE_ORDINAL_RE = /^第[一二三四五六七八九十]{1,3}[，,、]|^[（(][一二三四五六七八九十]{1,3}[)）]/;

/** A speech's own line: a head of its outline (三、强化落实…), its closing (同志们，让我们…), its thanks. */
const SPEECH_LINE_RE = /^[一二三四五六七八九十]{1,3}、|^同志们[，,！!]/;

/** A line only a speech has: its title, its salutation, words to its hearers, a speech's sentence, its thanks. */
const speechLine = (t: string) =>
  isTitleLine(t) ||
  isHeaderSalutation(t) ||
  isSalutation(t) ||
  HEARERS_RE.test(t) ||
  SPEECH_LINE_RE.test(t) ||
  THANKS_RE.test(t);

/** Below the last answer's footer: the site's vote bar and links, short lines (a long one is left to the other
 *  rules), unless a speech stands there (a title over a salutation; or the answerer's comment that goes on with the
 *  speech, 接上文：三、… 谢谢大家！). */
function markBelowLastAnswer(texts: string[], verdict: (string | null)[], footer: number): void {
  const kept: number[] = [];
  for (let j = footer + 1; j < texts.length; j++) if (texts[j]!.trim() && !verdict[j]) kept.push(j);
  const speaks = kept.some((j) => speechLine(texts[j]!.trim()));
  if (speaks) return;
  for (const j of kept) if (texts[j]!.trim().length <= TAIL_LINE_MAX) verdict[j] ??= OTHER_ANSWER;
}

/** In the speech's answer, what stands above its title (over the first answer, the question too): the answerer's
 *  card and lead-in (谢邀。…下面是全文：). The title is the first one a salutation follows within a few lines. */
function markAnswerLead(texts: string[], verdict: (string | null)[], own: Answer): void {
  const kept: number[] = [];
  for (let j = own.start; j < own.end; j++) if (texts[j]!.trim() && !verdict[j]) kept.push(j);
  const title = kept.findIndex(
    (j, n) =>
      isTitleLine(texts[j]!.trim()) && kept.slice(n + 1, n + 4).some((k) => isHeaderSalutation(texts[k]!.trim())),
  );
  for (const j of kept.slice(0, Math.max(0, title))) verdict[j] ??= ANSWER_LEAD;
}

/** In the speech's answer, the answerer's line or two after the speaker's thanks, the last thing of the speech there
 *  (no heading, title or salutation after it: a thanks inside the speech, or one that ends an earlier speech). */
function markAnswerNote(texts: string[], verdict: (string | null)[], own: Answer): void {
  const lines: number[] = [];
  for (let j = own.end - 1; j > own.start; j--) {
    const t = texts[j]!.trim();
    if (!t || verdict[j]) continue;
    if (THANKS_RE.test(t)) break;
    if (isTitleLine(t) || isHeaderSalutation(t) || parseEnumerator(t) || lines.length >= NOTE_LINES) return;
    lines.push(j);
  }
  const thanked = lines.length > 0 && THANKS_RE.test(texts[keptFrom(texts, verdict, lines.at(-1)!, -1)]?.trim() ?? "");
  if (!thanked || lines.reduce((n, j) => n + texts[j]!.trim().length, 0) > NOTE_CHARS) return;
  for (const j of lines) verdict[j] ??= ANSWER_NOTE;
}

/** 追问 / 追答 on a line of its own, maybe with its time: a 百度知道-style follow-up under an answer, the asker's
 *  question and the answerer's reply each on the lines below its label. */
const FOLLOW_UP_LABEL_RE =
  /^(?:追问|追答)\s*[：:]?\s*(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)?$/;
const FOLLOW_UP = "问答网站的追问";
/** A follow-up's words: a line or few, short ones (a longer text under a label is left to the other rules). */
const FOLLOW_UP_LINES = 3;
const FOLLOW_UP_CHARS = 200;

/** Marks each follow-up label and the question or reply under it, up to a blank line or the next label, on a page a
 *  Q&A site's words mark; a title or a salutation under a label starts a text and ends the reply there. */
export function markFollowUps(texts: string[], verdict: (string | null)[]): void {
  const labels = texts.flatMap((t, i) => (FOLLOW_UP_LABEL_RE.test(t.trim()) ? [i] : []));
  if (!labels.length || !texts.some((t) => QA_RE.test(t.trim()))) return;
  for (const i of labels) {
    verdict[i] ??= FOLLOW_UP;
    let n = 0;
    for (let j = i + 1; j < texts.length && n < FOLLOW_UP_LINES; j++) {
      const t = texts[j]!.trim();
      if (!t || FOLLOW_UP_LABEL_RE.test(t)) break;
      if (verdict[j]) continue;
      if (t.length > FOLLOW_UP_CHARS || isTitleLine(t) || isHeaderSalutation(t) || HEARERS_RE.test(t)) break;
      verdict[j] = FOLLOW_UP;
      n++;
    }
  }
}

/** 其他回答（2） / 其他2条回答: the header over the answers a 百度知道-style page prints under the best one. */
const OTHER_ANSWERS_HEAD_RE = /^其他(?:\d{1,3}\s*条)?回答\s*(?:[（(]\d{1,3}[)）])?$/;
/** The other answers are tips, a few short lines (their cards and votes are the line rules'). */
const OTHER_ANSWER_LINES = 8;
const OTHER_ANSWER_CHARS = 300;

/** Marks what is kept under the other answers' header: the answers' words, unless a text stands there (a title, a
 *  salutation, an outline's head) or the lines are more and longer than answers' tips. */
export function markAnswersUnderHeader(texts: string[], verdict: (string | null)[]): void {
  const head = texts.findIndex((t, i) => verdict[i] && OTHER_ANSWERS_HEAD_RE.test(t.trim()));
  if (head < 0) return;
  const kept: number[] = [];
  for (let j = head + 1; j < texts.length; j++) if (texts[j]!.trim() && !verdict[j]) kept.push(j);
  if (kept.length > OTHER_ANSWER_LINES) return;
  const speaks = kept.some((j) => texts[j]!.trim().length > OTHER_ANSWER_CHARS || speechLine(texts[j]!.trim()));
  if (!speaks) for (const j of kept) verdict[j] = OTHER_ANSWER;
}
