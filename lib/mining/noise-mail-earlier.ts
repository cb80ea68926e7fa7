// The earlier message an e-mail answers, printed by the mail client under the speech it forwards: a rule naming it
// (-----原始邮件-----, ----- Original Message -----, QQ Mail's ------ Original ------), that message's own header
// lines (发件人：… 主题：…), then its few lines, a reply in the thread's words (稿子看过了，可以定稿。) and what it
// quotes (> 请于今天下午前反馈意见。). They are the thread's, not the speech's, when they are short, hold no title,
// salutation or heading, speak of the draft (稿子, 定稿, 修改意见) and open no paragraph as a speech does (同志们，…):
// an earlier message that carries a speech itself (a forward of the draft, a short speech sent with it, a closing its
// speaker adds) stays.
import {
  dateOfLine,
  isClosingStart,
  isOpeningStart,
  isPostedSpeakerLine,
  isSalutation,
  isTitleLine,
  parseEnumerator,
} from "./outline-patterns";
import { nextLine } from "./noise-page-furniture";
import { previousLine } from "./noise-page-cards";
import { ATTRIBUTION_RE, DEPTH_RE } from "./noise-mail-thread";

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

// A reply that quotes the message it answers under the speech it carries: the client's attribution (在 2024-05-06
// 14:03，张×× <zhang@…> 写道： / On … wrote:) and the quoted lines (> 讲话稿麻烦发一份。), with the sender's sign-off
// between the speech's last sentence and the attribution (办公室　张某). A thread of three quoted lines or more is read
// whole by noise-mail-thread.ts; this is the short quote of a request left under a reply.
const QUOTE_MARK_RE = /^\s*>/;
/** 办公室　张某 / 张某: an office (its space may be gone) and a name, or the name alone. */
const SIGN_OFF_RE =
  /^(?:([\u4e00-\u9fff（）()]{0,12}(?:办公室|办|站|室|科|处|股|部|局|委|所|中心|组|队))[\s\u3000]*)?([\u4e00-\u9fff]{2,4})$/;
/** A name holds no office's or post's word (各科室负责人 is no office and a name). */
const NOT_NAME_RE = /^(?:大家|同志|各位)|[办站室科处股部局委所组队]|负责人|们$/;
/** The sender's header: whom the mail is from. */
const SENDER_RE = /^\s*(?:发件人|From)\s*[:：](.*)$/i;
const SIGN_OFF_LINES = 2;

/** Marks the quote under a reply's attribution and the sender's sign-off over it, in a file with a mail's headers;
 *  a quote as long as a speech (a reply quoting the speech itself) stays. */
export function markQuotedReply(texts: string[], verdict: (string | null)[]): void {
  if (verdict.filter((v) => v === MAIL_HEADER).length < 2 || !/写道|wrote/i.test(texts.join("\n"))) return;
  const unquoted = (t: string) => t.replace(DEPTH_RE, "").trim();
  const attribution = texts.findLastIndex((t, i) => !verdict[i] && ATTRIBUTION_RE.test(unquoted(t)));
  if (attribution < 0) return;
  const quote: number[] = [];
  for (let k = nextLine(texts, attribution); k >= 0 && QUOTE_MARK_RE.test(texts[k]!); k = nextLine(texts, k))
    if (!verdict[k]) quote.push(k);
  // A reply's quote ends the file: a kept line below it (the speech's closing) makes it a message the speech reads out.
  for (let k = quote.length ? nextLine(texts, quote.at(-1)!) : -1; k >= 0; k = nextLine(texts, k))
    if (!verdict[k]) return;
  const chars = quote.reduce((n, i) => n + unquoted(texts[i]!).length, 0);
  const above = texts.reduce((n, t, i) => (i < attribution && !verdict[i] ? n + t.trim().length : n), 0);
  if (!quote.length || chars > MAX_CHARS || above < chars * SPEECH_SHARE) return;
  verdict[attribution] = "邮件引用头";
  for (const i of quote) verdict[i] = EARLIER_MESSAGE;
  // The sign-off: a line or two right over the attribution, under the speech's last sentence, naming the office or
  // the person the sender's header names (From: 某某镇党政办 <…>). A speaker's own signature under his speech (镇长
  // 周某, a unit and a date) names no sender.
  const senders = texts.flatMap((t) => SENDER_RE.exec(t)?.[1] ?? []);
  const signOff: number[] = [];
  let k = previousLine(texts, attribution);
  for (; k >= 0 && !verdict[k] && signOff.length < SIGN_OFF_LINES; k = previousLine(texts, k)) {
    const line = texts[k]!.trim();
    const [, office, name] = SIGN_OFF_RE.exec(line) ?? [];
    if (!name || NOT_NAME_RE.test(name) || isClosingStart(line) || isSalutation(line)) break;
    if (isPostedSpeakerLine(line) || dateOfLine(line) || isTitleLine(line)) break;
    if (!senders.some((s) => s.includes(name) || (!!office && s.includes(office)))) break;
    signOff.push(k);
  }
  if (k < 0 || verdict[k] || !/[。！？]$/.test(texts[k]!.trim())) return;
  for (const i of signOff) verdict[i] = "邮件签名";
}
