// A forwarded e-mail: the forwarder's signature sits right above the earlier mail's separator (-----原始邮件-----),
// not under a rule below the text: her name (陶文静 | Tao Wenjing), her office, her phone, the company's address and
// slogan, and the word of thanks that closes her note. Only in a file with a mail's headers, and only a block of
// short lines with a phone, a mailbox or an address among them: a speech's own lines are sentences.
const ORIGINAL_MAIL_RE = /^[-—_=]{2,}\s*(?:原始邮件|转发邮件|Original Message|Forwarded message)\s*[-—_=]{2,}$/i;
const MAIL_HEADER_RE = /^\s*(?:发件人|收件人|抄送|主题|发送时间|From|To|Subject|Sent)\s*[:：]/i;
const CONTACT_RE = /^(?:电话|手机|座机|传真|邮箱|电子邮箱|E-?mail|地址|微信)\s*[：:]/i;
const THANKS_RE = /^(?:谢谢|多谢|此致|敬礼|顺祝商祺|祝好)[！!。，,]?$/;
const SIGNATURE_LINES = 8;
const SIGNATURE_LINE_CHARS = 40;
const SIGNATURE = "邮件签名";

/** Marks each signature block above the separator of a forwarded mail, with the thanks over it. */
export function markForwardSignatures(texts: string[], verdict: (string | null)[]): void {
  if (texts.filter((t) => MAIL_HEADER_RE.test(t)).length < 2) return;
  texts.forEach((raw, sep) => {
    if (!ORIGINAL_MAIL_RE.test(raw.trim())) return;
    // The block of lines above it, blank lines around it aside.
    let end = sep - 1;
    while (end >= 0 && !texts[end]!.trim()) end--;
    let start = end;
    while (start > 0 && texts[start - 1]!.trim()) start--;
    if (end < 0 || end - start + 1 > SIGNATURE_LINES) return;
    const lines = texts.slice(start, end + 1).map((t) => t.trim());
    if (!lines.some((t) => CONTACT_RE.test(t))) return;
    if (lines.some((t) => t.length > SIGNATURE_LINE_CHARS || /[。！？]$/.test(t))) return;
    for (let k = start; k <= end; k++) verdict[k] ??= SIGNATURE;
    const above = texts.findLastIndex((t, k) => k < start && !!t.trim());
    if (above >= 0 && THANKS_RE.test(texts[above]!.trim())) verdict[above] ??= SIGNATURE;
  });
}
