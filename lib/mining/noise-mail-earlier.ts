// The earlier message an e-mail answers, printed by the mail client under the speech it forwards: a rule naming it
// (-----原始邮件-----, ----- Original Message -----, QQ Mail's ------ Original ------), that message's own header
// lines (发件人：… 主题：…), then its few lines, a reply in the thread's words (稿子看过了，可以定稿。) and what it
// quotes (> 请于今天下午前反馈意见。). They are the thread's, not the speech's, when they are short, hold no title,
// salutation or heading, speak of the draft (稿子, 定稿, 修改意见) and open no paragraph as a speech does (同志们，…):
// an earlier message that carries a speech itself (a forward of the draft, a short speech sent with it, a closing its
// speaker adds) stays.
import { isClosingStart, isOpeningStart, isSalutation, isTitleLine, parseEnumerator } from "./outline-patterns";
import { nextLine } from "./noise-page-furniture";

const EARLIER_RULE_RE =
  /^[-—–=_\s]{2,}(?:原始邮件|原邮件|original(?: message)?|转发的邮件|forwarded message)[-—–=_\s]{2,}$/i;
const MAIL_HEADER = "邮件头";
const EARLIER_MESSAGE = "邮件往来（其他邮件）";
/** The most lines and characters a reply under the rule holds. */
const MAX_LINES = 6;
const MAX_CHARS = 240;
/** The text above the rule is the speech: many times what the earlier message holds. */
const SPEECH_SHARE = 4;
/** A reply's words on the draft it answers, or the request it quotes. */
const THREAD_WORDS_RE =
  /稿子|稿件|初稿|定稿|修改稿|(?:修改|反馈|审阅|审核)意见|看过了|没(?:有)?意见|无意见|核稿|审阅|已(?:修改|改好)|改好了/;

export function markEarlierMessage(texts: string[], verdict: (string | null)[]): void {
  const rule = texts.findLastIndex((t) => EARLIER_RULE_RE.test(t.trim()));
  if (rule < 0) return;
  // Its header right under it: two labelled lines or more.
  let k = nextLine(texts, rule);
  let headers = 0;
  for (; k >= 0 && verdict[k] === MAIL_HEADER; k = nextLine(texts, k)) headers++;
  if (headers < 2 || k < 0) return;
  const body = texts.flatMap((t, i) => (i >= k && !verdict[i] && t.trim() ? [i] : []));
  const lines = body.map((i) => texts[i]!.replace(/^\s*(?:>\s?)+/, "").trim());
  const chars = lines.reduce((n, t) => n + t.length, 0);
  const above = texts.reduce((n, t, i) => (i < rule && !verdict[i] ? n + t.trim().length : n), 0);
  if (!body.length || body.length > MAX_LINES || chars > MAX_CHARS || above < chars * SPEECH_SHARE) return;
  if (lines.some((t) => isTitleLine(t) || isSalutation(t) || !!parseEnumerator(t))) return;
  if (!lines.some((t) => THREAD_WORDS_RE.test(t)) || lines.some((t) => isClosingStart(t) || isOpeningStart(t))) return;
  for (const i of body) verdict[i] = EARLIER_MESSAGE;
}
