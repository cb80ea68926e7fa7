// What an e-mail prints around a speech it carries: its header lines (发件人：… 主题：…), the mail client's own lines
// (此邮件已通过安全扫描, 本邮件及附件含有保密信息…, 发自我的手机) and the sender's signature under a rule below the speech
// (name, company, phone, address). The last two only in a file whose headers were found: elsewhere such lines may be
// a speech's.
import { dateOfLine, isSalutation, isSpeakerLine, isTitleLine, parseEnumerator } from "./outline-patterns";

const MAIL_HEADER = "邮件头";
const EMAIL_HEADER_RE = /^\s*(?:发件人|收件人|抄送|密送|主题|发送时间|发送日期|From|To|Cc|Subject|Date|Sent)\s*[:：]/i;
/** The attachment's line among the headers (附件：讲话稿.docx (38 KB)); a 通知 prints 附件： too, so only beside them. */
const ATTACHMENT_HEADER_RE = /^\s*(?:附件|Attachments?)\s*[:：]/i;
const HEADER_WINDOW = 6;

/** Marks the header lines of an e-mail (发件人：… 主题：…): two labels or more within a few lines, and the attachment's
 *  line beside them. */
export function markEmailHeaders(texts: string[], verdict: (string | null)[]): void {
  const headers = texts.flatMap((t, i) => (EMAIL_HEADER_RE.test(t) ? [i] : []));
  const marked: number[] = [];
  headers.forEach((h, k) => {
    const near =
      (headers[k - 1] !== undefined && h - headers[k - 1]! <= HEADER_WINDOW) ||
      (headers[k + 1] !== undefined && headers[k + 1]! - h <= HEADER_WINDOW);
    if (!near) return;
    verdict[h] ??= MAIL_HEADER;
    marked.push(h);
  });
  texts.forEach((t, i) => {
    if (ATTACHMENT_HEADER_RE.test(t) && marked.some((h) => Math.abs(h - i) <= HEADER_WINDOW))
      verdict[i] ??= MAIL_HEADER;
  });
}

const MIN_HEADERS = 2;
/** The mail client's lines: a notice about this mail, or the device it was sent from. */
const MAIL_FOOTER_RE =
  /^(?:此|本|该)(?:封)?邮件(?:及(?:其)?附件)?(?:已|经|含有|包含|仅|可能|如)|^(?:发自|来自)我的(?:手机|iPhone|iPad|华为|小米|平板)|^Sent from my /i;
/** The rule a signature stands under: a run of dashes, lines or underscores. */
const RULE_RE = /^(?:[-—–_=~－]\s?){4,}$|^--\s?$/;
const SIGNATURE_LINES = 8;
const CONTACT_RE = /^(?:电话|手机|座机|传真|邮箱|电子邮箱|E-?mail|地址|微信)\s*[：:]/i;
const SIGNATURE_LINE_CHARS = 40;

export function markMailSignature(texts: string[], verdict: (string | null)[]): void {
  if (verdict.filter((v) => v === MAIL_HEADER).length < MIN_HEADERS) return;
  texts.forEach((t, i) => {
    if (MAIL_FOOTER_RE.test(t.trim())) verdict[i] ??= "邮件页脚";
  });
  markWrappedFooters(texts, verdict);
  // The last rule with only short lines and the client's under it, and a sentence of text above it.
  const rule = texts.findLastIndex((t) => RULE_RE.test(t.trim()));
  if (rule < 0 || !texts.slice(0, rule).some((t, i) => !verdict[i] && /[。！？]$/.test(t.trim()))) return;
  const below = texts.flatMap((t, i) => (i > rule && !verdict[i] && t.trim() ? [i] : []));
  if (!below.length || below.length > SIGNATURE_LINES) return;
  // A sentence, a title or a heading (a 讲话提纲 under the sender's rule) is no sender's signature; nor are the
  // speaker's name and date signing the speech, unless a phone, a mailbox or an address says whose card it is.
  const lines = below.map((i) => texts[i]!.trim());
  const card = lines.some((t) => CONTACT_RE.test(t));
  const speechOwn = (t: string) =>
    t.length > SIGNATURE_LINE_CHARS ||
    /[。！？]$/.test(t) ||
    isTitleLine(t) ||
    !!parseEnumerator(t) ||
    (!card && (!!dateOfLine(t) || isSpeakerLine(t)));
  if (lines.some(speechOwn)) return;
  verdict[rule] ??= "邮件签名";
  for (const i of below) verdict[i] = "邮件签名";
}

/** A notice wrapped at the mail's width goes on to the lines under it, up to the one that ends its sentence. */
const FOOTER_WRAP_LINES = 3;
const FOOTER_LINE_CHARS = 100;
const SENTENCE_END_RE = /[。！？!?]$/;
/** What a mail's notice goes on to say (who it is for, what not to do with it): a speech's paragraph says none of it. */
const NOTICE_WORDS_RE = /收件人|发件人|误收|误投|删除|销毁|复制|转发|披露|传播|泄露|保密|法律责任/;

/** Marks the lines a mail footer's notice runs on to (…仅供指定 / 收件人使用。如您误收本邮件，…转发 / 或披露。): below a
 *  footer that breaks off mid-sentence, the lines with no blank between, the last ending the sentence. A footer
 *  complete on its line (发自我的手机, 此邮件已通过安全扫描。) has none; nor one whose run never ends a sentence
 *  within a few short lines, or meets a title, a salutation or an outline's heading, or whose run says nothing of a
 *  notice's (…请勿外传 over 一、当前形势 / 今年以来，…): that is a text going on under it. */
function markWrappedFooters(texts: string[], verdict: (string | null)[]): void {
  texts.forEach((t, i) => {
    if (verdict[i] !== "邮件页脚" || SENTENCE_END_RE.test(t.trim()) || !/[，,、]/.test(t)) return;
    const run: number[] = [];
    for (let j = i + 1; j < texts.length && run.length < FOOTER_WRAP_LINES; j++) {
      const line = texts[j]!.trim();
      if (!line || verdict[j] || line.length > FOOTER_LINE_CHARS || isTitleLine(line) || isSalutation(line)) return;
      if (parseEnumerator(line)) return;
      run.push(j);
      if (!SENTENCE_END_RE.test(line)) continue;
      if (!run.some((k) => NOTICE_WORDS_RE.test(texts[k]!))) return;
      for (const k of run) verdict[k] = "邮件页脚";
      return;
    }
  });
}
