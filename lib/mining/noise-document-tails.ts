// A gazette or a file of documents copied from its middle: the page that prints the speech opens on the last lines of
// the document before it (a 通知's closing paragraphs, cut mid-sentence by the page), signed by the office that
// issued it (沧岭市人民政府 / 2024年1月22日 / （此件公开发布）). Those lines speak of themselves as that document
// (本通知, 本办法) and end in its signature, above the first speech's title: they are the other document's. So is the
// signature a notice that carries a speech (关于印发…讲话的通知) prints below the speech, and a 公文's printing note.
import { previousLine } from "./noise-page-cards";
import { nextLine } from "./noise-page-furniture";
import { isSalutation, isTitleLine } from "./outline-patterns";

const OTHER_DOCUMENT = "其他文件";
/** An issuing office's name alone on its line, its signature. */
const ISSUER_RE =
  /^[\u4e00-\u9fff（）()]{2,30}(?:人民政府|委员会|办公室|办公厅|管理局|[局厅委]|公司|集团|指挥部|领导小组)$/;
/** A 公文's date alone on its line, in digits or Chinese numerals (2024年3月1日 / 二〇二四年三月一日). */
export const DATE_LINE_RE =
  /^(?:\d{4}|[〇○零一二三四五六七八九]{4})年[\d〇○零一二三四五六七八九十]{1,3}月[\d〇○零一二三四五六七八九十]{1,3}日$/;
/** （此件公开发布） / （此件主动公开）: how a 公文 says whether it is published, under its date. */
const PUBLISHED_RE = /^[（(]此件[^（）()]{2,10}[）)]$/;
/** The document speaking of itself: 参照本通知, 本办法自…起施行. */
const SELF_REFERENCE_RE = /本(?:通知|决定|意见|办法|规定|方案|细则|通报)/;
/** A speaker's own voice (我不再重复，只强调三点; 希望大家…; 同志们): a speech that quotes 本通知 and is signed by its
 *  office, never a 通知's wording (我市 / 我县 are a document's too). */
const SPEAKER_VOICE_RE = /我(?![市县省区镇乡国])|希望(?:大家|各位|同志们)|同志们|强调[一二三四五六七八九十两几]点/;
/** The speech's title below it. */
const SPEECH_TITLE_RE = /在.{2,60}(?:上|时)的(?:讲话|发言|致辞)$/;

/** Marks the lines of another document's tail above the first speech's title: from the top (or the last line the
 *  rules took, a running head, a table of contents) down to its signature, where they speak of themselves as that
 *  document. A speech's own closing date or a signed letter above no speech's title is left alone, and so is a speech
 *  above it, untitled, that quotes 本通知 in its speaker's voice. */
export function markDocumentTails(texts: string[], verdict: (string | null)[]): void {
  const titleAt = texts.findIndex((t, i) => !verdict[i] && isTitleLine(t.trim()) && SPEECH_TITLE_RE.test(t.trim()));
  if (titleAt < 0) return;
  const kept = (k: number) => !verdict[k] && !!texts[k]!.trim();
  // The signature: the issuer, then its date, then perhaps its note on publishing.
  let signature = -1;
  let end = -1;
  for (let i = 0; i < titleAt; i++) {
    if (!kept(i) || !ISSUER_RE.test(texts[i]!.trim())) continue;
    const date = nextLine(texts, i);
    if (date < 0 || date >= titleAt || !DATE_LINE_RE.test(texts[date]!.trim())) continue;
    const after = nextLine(texts, date);
    signature = i;
    end = after >= 0 && after < titleAt && PUBLISHED_RE.test(texts[after]!.trim()) ? after : date;
  }
  if (signature < 0) return;
  // Its text: the kept lines above the signature, back to the top or the last line the rules took.
  let start = signature;
  while (start > 0 && !verdict[start - 1]) start--;
  if (!texts.slice(start, signature).some((t) => t.trim())) return;
  const body = texts
    .slice(start, signature)
    .map((t) => t.trim())
    .filter((t) => t);
  if (!body.some((t) => SELF_REFERENCE_RE.test(t))) return;
  if (body.some((t) => isSalutation(t) || isTitleLine(t) || SPEAKER_VOICE_RE.test(t))) return;
  for (let k = start; k <= end; k++) if (texts[k]!.trim()) verdict[k] ??= OTHER_DOCUMENT;
}

const NOTICE_SIGNATURE = "印发通知的落款";
/** 关于印发…讲话的通知 over its text, or 现将讲话全文印发给你们 in it: a notice that carries a speech. */
const ISSUING_NOTICE_RE =
  /^关于(?:印发|转发).{2,80}(?:讲话|发言|致辞)[^。！？]{0,6}的通知$|现将.{0,30}(?:讲话|发言|致辞).{0,10}(?:印发|转发)给你们/;
/** The issuer of such a notice: an office or a department of its organisation (…集团有限公司安全环保部). */
const NOTICE_ISSUER_RE =
  /^[\u4e00-\u9fff（）()]{2,30}(?:人民政府|委员会|办公室|办公厅|管理局|[局厅委部办处科室]|公司|集团|指挥部|领导小组|中心)$/;

/** The issuer's line at `i` and its date right under it: the date's index, or -1. */
function signatureDate(texts: string[], i: number): number {
  if (!NOTICE_ISSUER_RE.test(texts[i]!.trim())) return -1;
  const date = nextLine(texts, i);
  return date >= 0 && DATE_LINE_RE.test(texts[date]!.trim()) ? date : -1;
}

/** Marks the signature a notice that carries a speech prints under the speech (泰和…公司安全环保部 / 2024年7月9日):
 *  the notice's issuer and its date, the first such pair below the last speech's title, right under a finished
 *  sentence. The speech ended there; the notice signs it. A notice signed above its speeches signs nothing below
 *  them, and a pair with a speech's title still below it is that speech's own (a unit's statement signed by it). */
export function markNoticeSignature(texts: string[], verdict: (string | null)[]): void {
  const notice = texts.findIndex((t) => ISSUING_NOTICE_RE.test(t.trim()));
  if (notice < 0) return;
  const titles = texts.flatMap((t, i) => (i > notice && !verdict[i] && SPEECH_TITLE_RE.test(t.trim()) ? [i] : []));
  if (!titles.length) return;
  for (let i = notice + 1; i < titles[0]!; i++) if (signatureDate(texts, i) >= 0) return;
  const lastTitle = titles[titles.length - 1]!;
  for (let i = lastTitle + 1; i < texts.length; i++) {
    if (verdict[i]) continue;
    const date = signatureDate(texts, i);
    const above = previousLine(texts, i);
    if (date < 0 || verdict[date]) continue;
    if (above <= lastTitle || verdict[above] || !/[。！？]$/.test(texts[above]!.trim())) continue;
    verdict[i] = verdict[date] = NOTICE_SIGNATURE;
    return;
  }
}

const OTHER_DOCUMENT_NOTE = "公文版记";
/** 2024年6月3日 印发: the line a 公文's printing note closes on, the office that printed it right above it. */
const PRINTED_ON_RE = /^\d{4}年\d{1,2}月\d{1,2}日\s*印发$/;
/** …办公室　　2024年1月29日印发: the office and the date on one line, as a 版记 sets them. */
const PRINTED_BY_ON_RE =
  /^[\u4e00-\u9fff（）()]{2,30}(?:办公室|办公厅|秘书处|综合处|党政办)[\s\u3000]*\d{4}年\d{1,2}月\d{1,2}日\s*印发$/;
/** A 公文's printing note (its 版记's last line): below the text, never a sentence of it. */
export const isPrintingNote = (t: string): boolean => PRINTED_ON_RE.test(t) || PRINTED_BY_ON_RE.test(t);

/** Marks the printing office over a printing date after the text (总经理办公室 / 2024年6月3日 印发). */
export function markPrintingNotes(texts: string[], verdict: (string | null)[]): void {
  texts.forEach((raw, i) => {
    if (!PRINTED_ON_RE.test(raw.trim())) return;
    verdict[i] ??= OTHER_DOCUMENT_NOTE;
    const above = previousLine(texts, i);
    if (above >= 0 && ISSUER_RE.test(texts[above]!.trim())) verdict[above] ??= OTHER_DOCUMENT_NOTE;
  });
}
