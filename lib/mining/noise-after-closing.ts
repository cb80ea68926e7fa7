// What a page prints below the speech's closing (同志们，… / 谢谢大家！) when it is the page's and not the
// speaker's: a run of short lines (赞, 标签, a tag, a file's size, a date, a name, 回复 · 编辑) with the readers'
// comments among them. The rules for each kind of chrome miss some; a run this thin after the closing, with a page's
// counts, dates or files among it, is none of the speech, which had ended. A title, a salutation, a numbered point or
// the speaker's thanks below it means the speech goes on, and nothing is marked.
import {
  dateOfLine,
  endsSentence,
  isClosingStart,
  isSalutation,
  isSpeakerLine,
  isTitleLine,
  parseEnumerator,
} from "./outline-patterns";
import { END_MARK } from "./noise-line-shapes";
import { markReaderPleas } from "./noise-reader-pleas";
import { markAdsBetweenSpeeches, markChromeBetweenSpeeches } from "./noise-between-speeches";

const REASON = "讲话结束后的页面杂项";
/** Fewer kept lines than this below the closing are a signature or a slogan. */
const MIN_LINES = 6;
/** The share of those lines that are short and no sentence. */
const THIN_SHARE = 0.6;
const SHORT = 12;

/** What the speech goes on with, however short its lines: another speech, an outline's next point, a slogan list's
 *  thanks (谢谢大家！). */
const speechGoesOn = (t: string) => isTitleLine(t) || isSalutation(t) || !!parseEnumerator(t) || /^谢谢/.test(t);
/** A page's line more than a speaker's: a count, a date, a size, a file, an address (@王××). */
const PAGE_MARK_RE = /\d|@|\.(?:xlsx?|docx?|pdf|pptx?|zip|rar)$/i;

/** The speech's closing: its last kept sentence of some length that opens as a closing does and announces nothing
 *  below it (…口号：); -1 when there is none. */
function lastClosing(texts: string[], verdict: (string | null)[]): number {
  return texts.findLastIndex((raw, i) => {
    const t = raw.trim();
    return !verdict[i] && t.length >= 20 && isClosingStart(t) && endsSentence(t);
  });
}

export function markChromeAfterClosing(texts: string[], verdict: (string | null)[]): void {
  // (Read first: a plea at the page's end is the poster's whether or not a closing stands above it.)
  markReaderPleas(texts, verdict);
  // (And the sender's lines between two speeches, each speech's end judged as the last one's is below.)
  markChromeBetweenSpeeches(texts, verdict);
  markAdsBetweenSpeeches(texts, verdict);
  const closing = lastClosing(texts, verdict);
  if (closing < 0) return;
  // The newsletter's items are marked first; the closing stays the last kept one (they are all below it).
  markLinkedItemsAfterClosing(texts, verdict, closing);
  markRecordedItemsAfterClosing(texts, verdict, closing);
  const below = texts.flatMap((t, i) => (i > closing && !verdict[i] && t.trim() ? [i] : []));
  // （完） right under the closing: the page says the text ended, and what it prints below, its chrome's lines among
  // the kept ones (a comment's time and 回复, 评论, 分类：), is its own; a text of its own below (a second speech whose
  // title reads as none) runs on with few removed lines in it, and stays.
  const marked = texts.findIndex((t, i) => i > closing && t.trim());
  const chromeBelow = texts.filter((t, i) => i > marked && verdict[i] && t.trim()).length;
  const ended = marked >= 0 && verdict[marked] === END_MARK && chromeBelow * 2 >= below.length;
  // Below the page's own end mark a point set in a sentence (第一，…；) is the poster's afterword; a heading standing
  // alone, a title or a salutation still opens a text.
  const goesOn = (t: string) => speechGoesOn(t) && !(ended && !!parseEnumerator(t) && /[；;。]$/.test(t));
  if (below.some((i) => goesOn(texts[i]!.trim()))) return;
  if (!ended) {
    if (below.length < MIN_LINES) return;
    const thinLines = below.filter((i) => texts[i]!.trim().length <= SHORT && !endsSentence(texts[i]!.trim()));
    if (thinLines.length < below.length * THIN_SHARE) return;
    if (thinLines.filter((i) => PAGE_MARK_RE.test(texts[i]!.trim())).length < 2) return;
  }
  // The speaker's name and the date under the closing sign the speech (right under it or its （完）: a name below the
  // page's 评论 is a commenter's).
  const signs = (i: number) =>
    (dateOfLine(texts[i]!.trim()) || isSpeakerLine(texts[i]!.trim())) &&
    !texts.some((t, j) => j > closing && j < i && verdict[j] && verdict[j] !== END_MARK && t.trim());
  let k = 0;
  while (k < Math.min(2, below.length) && signs(below[k]!)) k++;
  for (const i of below.slice(k)) verdict[i] = REASON;
}

/** A newsletter's link to an item's full text (查看详情>>). */
const DETAIL_LINK_RE = /^(?:查看详情|阅读全文|查看全文|详情|了解更多|点击查看)\s*(?:>>|»|›|>|→)$/;
const OTHER_ITEMS = "其他条目";
/** An item's headline and summary: the lines between the closing and the first link. */
const MAX_ITEM_LINES = 3;

/** Below the closing, a newsletter's other items, each a headline and a summary over its 查看详情>> link: two such
 *  links or more, and everything kept down to the last of them is the page's. */
function markLinkedItemsAfterClosing(texts: string[], verdict: (string | null)[], closing: number): void {
  // The items start right under the closing, no heading between (a 总之，… inside the speech is no closing).
  const links = texts.flatMap((t, i) => (i > closing && DETAIL_LINK_RE.test(t.trim()) ? [i] : []));
  if (links.length < 2) return;
  const above = texts.slice(closing + 1, links[0]).filter((t, k) => t.trim() && !verdict[closing + 1 + k]);
  if (above.length > MAX_ITEM_LINES || above.some((t) => parseEnumerator(t.trim()))) return;
  for (let i = closing + 1; i <= links[links.length - 1]!; i++) if (texts[i]!.trim()) verdict[i] ??= OTHER_ITEMS;
}

/** A meeting record's own section after the speech (会议要求： / 议定事项：) over its numbered items. */
const RECORD_SECTION_RE = /^(?:会议要求|会议议定事项|议定事项|会议决定事项|会议决定|下步工作安排)\s*[：:]$/;
const RECORD_ITEM_MAX = 80;
const RECORD_SIGNATURE_RE = /^(?:记录人|主持人|审核人|整理人)(?:签字|签名)?\s*[：:]/;

/** Right under the closing, such a section and the numbered items under it: the clerk's record, not the speech. */
function markRecordedItemsAfterClosing(texts: string[], verdict: (string | null)[], closing: number): void {
  const head = texts.findIndex((t, k) => k > closing && t.trim());
  if (head < 0 || !RECORD_SECTION_RE.test(texts[head]!.trim())) return;
  const items: number[] = [];
  for (let k = head + 1; k < texts.length; k++) {
    const t = texts[k]!.trim();
    if (!t) continue;
    if (!parseEnumerator(t) || t.length > RECORD_ITEM_MAX) break;
    items.push(k);
  }
  if (!items.length) return;
  // The record ends the page, or its signatures follow: a speech that goes on after them (散会, 以上各项工作…, 谢谢)
  // announced the items itself.
  const after = texts.findIndex((t, k) => k > items.at(-1)! && !verdict[k] && t.trim());
  if (after >= 0 && !RECORD_SIGNATURE_RE.test(texts[after]!.trim())) return;
  for (const k of [head, ...items]) verdict[k] ??= "会议记录事项";
}
