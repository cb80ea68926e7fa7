// What a page prints between two speeches when they reach it as messages or posts (a text message forwarded, then a
// 朋友圈 post sharing the next speech): the first speech ends on its paragraph, the page's chrome starts right under it
// (a message's opt-out, its time, a rule), and among that chrome stand a few short lines of the sender's own (这是村里
// 群发的…, a nickname, the post's words) up to the next speech's title. The first speech had ended and the next has
// not begun: those lines are neither's.
import { endsSentence, isClosingStart, isTitleLine, parseEnumerator, PIAN_RE } from "./outline-patterns";
import { dateOfLine, isSalutation, isSpeakerLine } from "./speech-frame-lines";
import { keptFrom, previousLine } from "./noise-page-cards";
import { PAGE_BREAKS } from "./noise-breaks";
import { titleOpensSpeech } from "./noise-speech-openers";

const REASON = "两篇讲话之间的页面杂项";
/** A line of the sender's: no paragraph of a speech. */
const GAP_LINE_MAX = 40;
const GAP_LINES = 6;
/** What the speech's own last words may be after its paragraph (谢谢大家！, 散会。), or its signature. */
const SPEECH_END_RE = /^(?:谢谢|散会|完毕)/;
/** A speech's short closing lines (同志们，让我们…！ / 乡亲们，… / 以上意见，… / 我就讲这些。): the speech's, not a sender's. */
const CLOSING_WORDS_RE =
  /^(?:(?:同志们|乡亲们|同事们|朋友们|同学们|老师们|各位)[，,！!]|以上|我就(?:讲|说)|我(?:再)?(?:讲|说)(?:这些|这么多|到这里)|最后[，,])/;
/** A line ending a sentence (。！) is a speech's short paragraph (安全生产无小事。), never the sender's note. */
const SENTENCE_END_RE = /[。！!]$/;

/** A speech ends at line k: a title that opens one stands above it (a news report's paragraph over the speech it
 *  reports has none). */
function speechAbove(texts: string[], verdict: (string | null)[], k: number): boolean {
  for (let j = k - 1; j >= 0; j--) if (titleOpensSpeech(texts, verdict, j)) return true;
  return false;
}

/** 在全县…会议上的讲话: a subtitle without its dash, which a main title's line may stand over. */
const MEETING_SUBTITLE_RE = /^在[^。！？；：:，,]{2,40}上的(?:讲话|发言|致辞|报告)$/;
/** A slogan-like first half (守底线、防风险、保平安 / 压紧压实责任，筑牢安全防线): phrases, no sentence. */
const MAIN_TITLE_RE = /^[^。！？；：:!?]{4,30}$/;

/** A title's first half: a subtitle (——在…上的讲话) under it, or no clause mark in it; or a slogan standing alone over
 *  在…上的讲话 (a post's words over the speech it shares come under the poster's name, another kept line). */
function titleHalf(above: string, title: string, alone: boolean): boolean {
  if (/^[—－-]/.test(title) || !/[，。；！？、,]/.test(above)) return true;
  return alone && MEETING_SUBTITLE_RE.test(title) && MAIN_TITLE_RE.test(above);
}

/** The first line under line k that is not the page's break (a page number, a running header), or -1. */
function belowPageBreak(texts: string[], verdict: (string | null)[], k: number): number {
  for (let j = k + 1; j < texts.length; j++) if (texts[j]!.trim() && !PAGE_BREAKS.has(verdict[j] ?? "")) return j;
  return -1;
}

/** Marks the short kept lines between a speech's last paragraph and the next speech's title, where the line right
 *  under that paragraph (past a page break) is the page's chrome. A heading, a title, a salutation, a speaker, a date
 *  or the speaker's thanks or closing words among them means the text is no such gap, and nothing is marked; a line
 *  ending a sentence is the speech's and stays. */
export function markChromeBetweenSpeeches(texts: string[], verdict: (string | null)[]): void {
  for (let i = 1; i < texts.length; i++) {
    if (!titleOpensSpeech(texts, verdict, i)) continue;
    const gap: number[] = [];
    let k = i - 1;
    for (; k >= 0; k--) {
      const t = texts[k]!.trim();
      if (!t || verdict[k]) continue;
      if (t.length > GAP_LINE_MAX) break;
      // …and a lead announcing the text (以下为讲话全文：), which the notice and lead rules read.
      const framed = isTitleLine(t) || !!parseEnumerator(t) || isSalutation(t) || isSpeakerLine(t) || /[：:]$/.test(t);
      const closes = SPEECH_END_RE.test(t) || isClosingStart(t) || CLOSING_WORDS_RE.test(t);
      if (framed || !!dateOfLine(t) || closes || gap.length === GAP_LINES) {
        gap.length = 0;
        break;
      }
      gap.push(k);
    }
    if (!gap.length || k < 0 || !endsSentence(texts[k]!.trim()) || !speechAbove(texts, verdict, k)) continue;
    // A two-line title's first half right over its second (压紧压实责任 筑牢安全防线 / ——在…上的讲话).
    if (
      gap[0] === keptFrom(texts, verdict, i, -1) &&
      titleHalf(texts[gap[0]]!.trim(), texts[i]!.trim(), gap.length === 1)
    )
      continue;
    // A page break under the paragraph is no chrome of a message: the speech may run on past it.
    const below = belowPageBreak(texts, verdict, k);
    if (below < 0 || !verdict[below]) continue;
    for (const g of gap) if (!SENTENCE_END_RE.test(texts[g]!.trim())) verdict[g] = REASON;
  }
}

// A 范文 site's advert set between two speeches of its collection: a label in brackets opening the line (「写作辅导」,
// 【推广】) or a pointer (▲写材料没思路？点击领取…>>), then what the site sells and how to buy it (训练营…开班，报名立减;
// 一对一改稿…添加微信…咨询), standing after one speech's last paragraph and right over the next one's marker or title.
// Its words are a speech's too (一对一帮扶, 开通咨询热线, 培训班开班): only the three together make the advert, never a
// line inside a speech.
const AD_REASON = "两篇讲话之间的广告";
/** A label in brackets, words and no numeral (【三】 and 【篇二】 mark a speech), with the line's words after it. */
const AD_LABEL_RE =
  /^(?:「(?![^」]*[一二三四五六七八九十\d])[^」]{2,6}」|【(?![^】]*[一二三四五六七八九十\d])[^】]{2,6}】|\[(?![^\]]*[一二三四五六七八九十\d])[^\]]{2,6}\])\s*[^\s]/;
/** A pointer opening the line (▲, ►, ➤, ☞; a pictograph's, 👉 ▶, is cut before), as a site sets off its call: a
 *  speech's bullet too, so only a line that sells (below) is read after it, and never a sentence closed by its 。 (a
 *  speech's last point: ▲举报重大事故隐患，经核查属实的，最高奖励3万元，可扫码在线举报。). */
const AD_POINTER_RE = /^[▲△►▷▸➤➢☞]\s*[\u4e00-\u9fff]/;
/** What is sold and how: a price or its cut, writing to order, a membership, a WeChat id to add, a code to scan, a
 *  free gift to claim. (报名, 开班, 咨询, 一对一 are a speech's words as often: 青年宣讲团报名工作已经启动.) */
const SELLING_RE =
  /立减|优惠|特价|原价|代写|改稿|会员|免费下载|点击领取|(?:添加|加)(?:客服|老师)?(?:微信|VX|QQ)|扫码|[¥￥]\s*\d|\d+(?:\.\d+)?\s*元/i;
/** A label that names an advert or the site's coaching (【推广】, 「写作辅导」, 「写作课堂」). */
const AD_NAME_RE = /^.[^」】\]]*(?:推广|广告|赞助|写作|辅导|陪跑)/;
/** A call on the speech's own units (请各村…, 各团支部要…): a notice of its own, not a site's. */
const UNITS_RE = /请(?:各|大家|同志)|各(?:团支部|党支部|乡镇|村|单位|部门|学校|级)/;
const AD_MAX = 100;
/** A collection's marker alone (篇二：, 范文四, 【三】) over the next speech's title. */
const MARKER_RE = /^[【\[〔（(]?[一二三四五六七八九十\d]{1,3}[】\]〕）)]?$/;

/** The next kept line under line i is where a speech opens: its title (with its speaker, date or salutation under
 *  it), maybe under a collection's marker. */
function opensBelow(texts: string[], verdict: (string | null)[], i: number): boolean {
  let j = keptFrom(texts, verdict, i, 1);
  const t = j >= 0 ? texts[j]!.trim() : "";
  if (t && (PIAN_RE.test(t) || MARKER_RE.test(t))) j = keptFrom(texts, verdict, j, 1);
  return j >= 0 && titleOpensSpeech(texts, verdict, j);
}

/** Marks such adverts: above each, a paragraph ended (or the page's chrome) and a speech begun further up. */
export function markAdsBetweenSpeeches(texts: string[], verdict: (string | null)[]): void {
  texts.forEach((raw, i) => {
    const t = raw.trim();
    if (verdict[i] || t.length > AD_MAX || isTitleLine(t)) return;
    const labelled = AD_LABEL_RE.test(t) && (SELLING_RE.test(t) || AD_NAME_RE.test(t));
    const pointed = AD_POINTER_RE.test(t) && SELLING_RE.test(t) && !t.endsWith("。");
    if (!(labelled || pointed) || UNITS_RE.test(t)) return;
    const above = previousLine(texts, i);
    const ended = above >= 0 && (!!verdict[above] || endsSentence(texts[above]!.trim()));
    if (ended && speechAbove(texts, verdict, i) && opensBelow(texts, verdict, i)) verdict[i] = AD_REASON;
  });
}
