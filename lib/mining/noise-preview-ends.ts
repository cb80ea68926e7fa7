// A paywall's note where a piece's free preview stops (……（试读结束，本篇剩余约3800字，开通VIP会员查看全文）): the
// piece is cut there for good, so unlike a paywall's prompt printed between paragraphs, the text does not run on
// across it into what follows (the next piece's title).

import type { Ctx } from "./noise-fragments";
import { PAYWALL } from "./noise-words";

export const PREVIEW_END = "付费隐藏（试读结束）";
/** An app's or a reader's count of what its preview leaves out (剩余25%内容未展示): it ends the text as a paywall's
 *  note does, but it is no paywall: an app's share page shows a short speech whole or cut with the same count under
 *  it, so a speech above it is no collection's locked teaser (speech-asides.ts reads PREVIEW_END only). */
export const HIDDEN_REST = "预览截断（剩余未展示）";

/** 试读结束 / 预览结束 / 免费部分已结束, or the count of what is hidden (剩余约3800字、剩余85%), with the prompt to pay. */
const PREVIEW_END_RE =
  /^[…．.·\s]*[（(【[]?\s*(?:(?:试读|预览|试看|免费(?:阅读)?部分)(?:已)?结束|(?:本篇|本文|全文)?(?:还)?剩余约?\s*\d{1,3}(?:[,，]?\d{3})*\s*(?:字|%))[^（）()【】[\]]{0,40}(?:VIP|会员|付费|开通|购买|登录|下载|全文)[^（）()【】[\]]{0,20}[)）】\]]?[…．.\s]*$/;

/** 剩余25%内容未展示 / （剩余约1200字未显示）: an app's or a reader's count of what its preview leaves out, the whole
 *  line and nothing else (the count with the display's own verb: a speech's 剩余30%的补助资金 says what is left of a
 *  thing, never that the text is not shown). */
const HIDDEN_REST_RE =
  /^[…．.·\s]*[（(【[]?\s*(?:(?:本篇|本文|全文|正文)(?:还)?)?剩余约?\s*\d{1,3}(?:[,，]?\d{3})*\s*(?:字|%)(?:的)?(?:内容|正文|文字)?(?:未展示|未显示|未加载|已隐藏|已折叠)\s*[)）】\]]?[…．.\s]*$/;
/** 还剩1页未读，继续阅读 / 剩余3页未读: a document viewer's count of the pages its preview leaves out, with its button at
 *  most, read as the paywall's prompt it is elsewhere (noise-line-rules.ts) even under a sentence the page cut: a line
 *  of a speech never counts its own pages unread. */
const PAGES_UNREAD_RE =
  /^(?:还剩|(?:还)?剩余)\s*\d{1,3}\s*页(?:内容)?未读(?:[，,]?\s*(?:继续阅读|点击阅读|阅读全文|展开全文|展开阅读全文|查看全文))?[…>»\s]*$/;

/** The reason of a line that is a preview's end note (null: another rule judges it). */
export function previewEndReason(t: string): string | null {
  if (t.length <= 40 && HIDDEN_REST_RE.test(t)) return HIDDEN_REST;
  if (t.length <= 40 && PAGES_UNREAD_RE.test(t)) return PAYWALL;
  if (t.length > 80 || !PREVIEW_END_RE.test(t)) return null;
  // A bare count opening the line (剩余30%的补助资金…及时登录系统申报) may be a speech's sentence: the note's
  // bracket or ellipsis, or its paywall's own words, tell it.
  return BARE_COUNT_RE.test(t) && !PAYWALL_WORD_RE.test(t) ? null : PREVIEW_END;
}

/** The count of what is hidden at the line's very start, with no bracket or ellipsis before it. */
const BARE_COUNT_RE = /^(?:本篇|本文|全文)?(?:还)?剩余/;
const PAYWALL_WORD_RE = /试读|预览|试看|VIP|会员|付费/i;

/** …确保全市安全形势持续……试读已结束，剩余内容需付费 / …绝不手软。试读已结束，开通VIP查看全文 / …（试读已结束，剩余内容需
 *  付费。开通VIP会员查看全文）: a preview's end glued to the words it cut off, after the ellipsis or the full stop the
 *  site sets there, to the line's end, with the paywall's own words (付费, VIP, 会员, 开通, 下载, 全文…). No speech says
 *  its own reading has ended and asks to pay: the words before it are the speech's last, and stay (a note alone on its
 *  line is PREVIEW_END_RE's). A speech's own 开放预览……预览结束后，各企业要… has no paywall words. */
const GLUED_PREVIEW_END_RE =
  /(?:(?<=[\u4e00-\u9fff\d，、；,])\s*(?:…{1,2}|\.{3,6}|。{3})|(?<=[\u4e00-\u9fff\d”」]。))\s*(?:[（(]\s*(?:试读|预览|试看|免费(?:阅读)?部分)(?:已|已经)?结束[^（）()\n]{0,60}[）)]|[【[]?\s*(?:试读|预览|试看|免费(?:阅读)?部分)(?:已|已经)?结束[^。！？\n]{0,40})\s*$/;
const GLUED_PAYWALL_WORD_RE = /VIP|会员|付费|开通|购买|充值|登录|下载|全文/i;

/** Cuts a preview's end note from the end of a line of text. */
export function cutGluedPreviewEnd(text: string, lineNo: number, ctx: Ctx): string {
  const m = text.includes("结束") ? GLUED_PREVIEW_END_RE.exec(text) : null;
  if (!m || !GLUED_PAYWALL_WORD_RE.test(m[0].slice(m[0].indexOf("结束")))) return text;
  ctx.removed.push({ text: m[0].trim(), reason: PREVIEW_END, lineNo });
  return text.slice(0, m.index);
}
