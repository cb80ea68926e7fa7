// A site's notice printed under the speech it carried (【通知公告】关于举办…的通知 and its paragraph), and a section of
// its own under a label there (政策解读 of the meeting, 媒体聚焦 with other papers' headlines): the site's, after the
// speech has ended. And, wherever they stand, a site's labelled banner line (廉政提醒：…) and a 范文 site's box of
// notes on the template it carries (【使用说明】 over 1. 本文为通用模板…).
import {
  dateOfLine,
  isClosingStart,
  isHeaderSalutation,
  isPostedSpeakerLine,
  isSpeakerLine,
  isTitleLine,
} from "./outline-patterns";
import { nextLine } from "./noise-page-furniture";
import { PIECE_NOTE_RE } from "./noise-piece-notes";

/** Line j heads a speech: its title, a main title over its ——subtitle, its salutation or its speaker's line — with
 *  his post, or a bare name over the speech's salutation or date (two to four characters alone are as well a portal
 *  section's sub-label: 政策文件, 相关链接). */
function headsSpeech(texts: string[], j: number): boolean {
  const t = texts[j]!.trim();
  const next = texts[nextLine(texts, j)]?.trim() ?? "";
  return (
    isTitleLine(t) ||
    isHeaderSalutation(t) ||
    isPostedSpeakerLine(t) ||
    (isSpeakerLine(t) && (isHeaderSalutation(next) || !!dateOfLine(next))) ||
    (/^[—–]{1,2}/.test(next) && isTitleLine(next.replace(/^[—–]+/, "")))
  );
}

export const SITE_NOTICE = "网站通知公告";
const NOTICE_LABEL_RE = /^[【\[](?:通知公告|公告|最新公告|活动公告|通知)[】\]]\s*\S/;
/** A section's label alone on its line; the section runs to the page's end or to the next speech's title. */
const SECTION_LABEL_RE = /^[【\[]?(?:政策解读|图文解读|文字解读|相关解读|媒体聚焦|媒体报道|相关报道|延伸阅读)[】\]]?$/;
export const SITE_SECTION = "网站的其他栏目";
const CAPTION = "图片说明";
/** A file's notes under their label after the speech (注释： / ①“三管三必须”：… / ②…), the marks gone from its text. */
const NOTES_LABEL_RE = /^(?:注释|注|脚注|尾注)[：:]?$/;
const NOTE_LINE_RE = /^(?:[\u2460-\u2473]|[[［]\d{1,2}[\]］])\s*\S/;
export const END_NOTES = "文末注释";
/** 温馨提示：以上三篇讲话稿仅作写作参考…: the site's tip about the texts it carried, in a site's words (以上三篇,
 *  文档, 本站), not a host's (会议资料请带回参考). */
const SITE_TIP_RE =
  /^[【\[]?(?:温馨|友情|特别)提示[】\]]?[：:].{0,40}(?:本文|本篇|本站|本网|文档|范文|以上[^。！？]{0,4}(?:篇|讲话稿))[^。！？]{0,40}(?:参考|借鉴|下载|转载|替换|修改|预览)/;
/** 温馨提示：网页复制可能导致格式错乱，建议下载Word文档…: a site's advice on copying its page, wherever it stands. */
const COPY_TIP_RE =
  /^[【\[]?(?:温馨|友情|特别)提示[】\]]?[：:][^。！？]{0,30}(?:网页复制|复制(?:粘贴)?[^。！？]{0,8}(?:格式|排版)|下载\s*Word)/i;
/** A piece's note (noise-piece-notes.ts) on a line of its own goes whole. */
const PIECE_NOTE_CHARS = 200;
/** 温馨提示： alone over numbered notices (1. 本文档共6页，上方为前3页的免费预览… / 2. 平台收取的费用为文档分享服务费…): a
 *  document site's notices on what it sells, every one naming the document, the platform or the rights in it (one the
 *  document or its rights); a host's 温馨提示 over the meeting's reminders (1. 请带好随身物品) names none of them. */
const TIP_LABEL_RE = /^[【\[]?(?:温馨|友情|特别)提示[】\]]?[：:]?$/;
const TIP_ITEM_RE = /^\d{1,2}\s*[.．、]\s*\S/;
const SITE_WORDS_RE = /文档|本站|本网|平台|预览|著作权|版权|侵权|金币|下载券/;
const DOCUMENT_WORDS_RE = /本文档|该文档|文档共|文档分享|预览|著作权|版权|侵权/;
/** The lines a notice runs to under its label, down to a blank line. */
const NOTICE_LINES = 5;
const NOTICE_LINE_CHARS = 300;

/** Marks what follows the page's last closing (同志们，…): a labelled notice down to a blank line, the site's tip about
 *  its texts (温馨提示：以上…仅作参考), a labelled section down to the next speech's head (a title, its ——subtitle, a
 *  salutation or a speaker's line) or the page's end, and a notes block under its label. A speech's own 注：① or
 *  【通知】 above its last closing stays. */
export function markSiteNotices(texts: string[], verdict: (string | null)[]): void {
  texts.forEach((t, i) => {
    if (COPY_TIP_RE.test(t.trim())) verdict[i] ??= SITE_NOTICE;
    if (t.trim().length <= PIECE_NOTE_CHARS && PIECE_NOTE_RE.test(t.trim())) verdict[i] ??= SITE_NOTICE;
    if (USE_LABEL_RE.test(t.trim()) || TIP_LABEL_RE.test(t.trim())) markPieceNoteItems(texts, verdict, i);
  });
  const lastClosing = texts.findLastIndex((t, i) => !verdict[i] && isClosingStart(t.trim()));
  if (lastClosing < 0) return;
  for (let i = lastClosing + 1; i < texts.length; i++) {
    const t = texts[i]!.trim();
    if (SECTION_LABEL_RE.test(t)) {
      // A link an earlier rule read as a picture's caption (【图解】一图读懂…) is the section's too: a caption would
      // say the text runs on past it (noise-page-ends.ts), where the page's footer below it would stay.
      for (let j = i; j < texts.length && !(j > i && headsSpeech(texts, j)); j++)
        if (texts[j]!.trim() && (!verdict[j] || verdict[j] === CAPTION)) verdict[j] = SITE_SECTION;
      return;
    }
    if (NOTES_LABEL_RE.test(t) && NOTE_LINE_RE.test(texts[i + 1]?.trim() ?? "")) {
      verdict[i] ??= END_NOTES;
      for (let j = i + 1; j < texts.length && NOTE_LINE_RE.test(texts[j]!.trim()); j++) verdict[j] ??= END_NOTES;
      continue;
    }
    if (SITE_TIP_RE.test(t)) verdict[i] ??= SITE_NOTICE;
    if (TIP_LABEL_RE.test(t)) markTipItems(texts, verdict, i);
    if (!NOTICE_LABEL_RE.test(t)) continue;
    verdict[i] ??= SITE_NOTICE;
    for (let j = i + 1; j < texts.length && j <= i + NOTICE_LINES; j++) {
      const line = texts[j]!.trim();
      if (!line || line.length > NOTICE_LINE_CHARS || headsSpeech(texts, j)) break;
      verdict[j] ??= SITE_NOTICE;
    }
  }
}

/** The numbered notices under the tip's label at i, and the label, when every one is the site's. */
function markTipItems(texts: string[], verdict: (string | null)[], i: number): void {
  const items: number[] = [];
  for (let j = nextLine(texts, i); j >= 0 && TIP_ITEM_RE.test(texts[j]!.trim()); j = nextLine(texts, j)) items.push(j);
  if (!items.every((j) => SITE_WORDS_RE.test(texts[j]!)) || !items.some((j) => DOCUMENT_WORDS_RE.test(texts[j]!)))
    return;
  for (const k of [i, ...items]) verdict[k] ??= SITE_NOTICE;
}

/** 【使用说明】 / 范文说明： / 使用须知: a 范文 or 模板 site's label over its numbered notes on the piece it carries. */
const USE_LABEL_RE = /^[【\[]?(?:使用|范文|模板|文档|下载|阅读)(?:说明|须知)[】\]]?[：:]?$/;
/** A note's number: 1. / 2、 / ①. */
const ITEM_MARK = String.raw`(?:\d{1,2}\s*[.．、]|[\u2460-\u2469])\s*`;
const ITEM_RE = new RegExp(`^${ITEM_MARK}`);
/** 1. 本文为通用模板… / 2. 全文约1500字… / 3. 文中××处…: a note opening with the piece as a piece, as no speech's
 *  point speaks of itself (its 本文件 / 本办法 / 本次会议 are other things). */
const PIECE_ITEM_RE = new RegExp(`^${ITEM_MARK}(?:本文(?!件)|本篇|全篇|全文|本范文|本模板|本稿|此文|该文|文中)`);
/** A further note on the template, not opening with the piece: its words to replace, its file, its length and
 *  delivery, its originality. */
const TEMPLATE_ITEM_RE = new RegExp(
  `^${ITEM_MARK}[^。！？]{0,30}(?:模板|替换|原创|照搬|Word|可编辑|下载|约\\d+字|讲话时长)`,
  "i",
);
const PIECE_ITEMS = 6;
const PIECE_ITEM_CHARS = 100;

/** The numbered notes on the piece under a site's label at i (使用说明 over 1. 本文为通用模板… / 2. 全文约1500字…),
 *  and the label, wherever the box stands (above the speech, where the page's headline over it would otherwise head
 *  a speech of its own): every note short and on the template, most opening with the piece. A speech's own points
 *  under a 说明 (1. 本次发放的应急包… / 2. 各乡镇要…) speak of the work, not of the text. */
function markPieceNoteItems(texts: string[], verdict: (string | null)[], i: number): void {
  const items: number[] = [];
  for (let j = nextLine(texts, i); j >= 0 && ITEM_RE.test(texts[j]!.trim()); j = nextLine(texts, j)) items.push(j);
  const notes = items.map((j) => texts[j]!.trim());
  const onPiece = notes.filter((u) => PIECE_ITEM_RE.test(u)).length;
  if (!notes.length || notes.length > PIECE_ITEMS || onPiece * 2 <= notes.length) return;
  if (!notes.every((u) => u.length <= PIECE_ITEM_CHARS && (PIECE_ITEM_RE.test(u) || TEMPLATE_ITEM_RE.test(u)))) return;
  for (const k of [i, ...items]) verdict[k] ??= SITE_NOTICE;
}

export const SITE_BANNER = "网站横幅标语";
/** 廉政提醒：…，监督举报电话：12388: a 纪委 site's banner under its label with the hotline it gives, set anywhere in
 *  the page, between a speech's paragraphs too (a speech's own 廉洁提醒：严禁… gives no number). */
const BANNER_RE = /^[【\[]?(?:廉政|廉洁)(?:提醒|提示|警示)[】\]]?[：:].*(?:举报电话|监督电话|热线)[：:]?\s*\d{5}/;
const BANNER_CHARS = 80;

/** Marks a site's labelled banner line. */
export function markSiteBanners(texts: string[], verdict: (string | null)[]): void {
  texts.forEach((t, i) => {
    if (t.trim().length <= BANNER_CHARS && BANNER_RE.test(t.trim())) verdict[i] ??= SITE_BANNER;
  });
}
