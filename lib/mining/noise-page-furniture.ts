// Page furniture judged with its neighbours: the links listed under a "related articles" header (or the other
// answers of a Q&A page) and the comments under a comments header, a thread's short replies, a summary set above
// the text, and a running header that a
// document site prints at every page break. Each rule needs the page's own evidence (the header, the post
// headers, the page numbers) and stops at a line that stands above text of its own (a title over a salutation).
import {
  dateOfLine,
  endsSentence,
  isOpeningStart,
  isHeaderSalutation,
  isSalutation,
  isSpeakerLine,
  isSpeechFurniture,
  isTitleLine,
  parseEnumerator,
} from "./outline-patterns";
import { previousLine } from "./noise-page-cards";
import { BARE_NAME_RE } from "./noise-line-guard";
import { isEngagementCounts } from "./noise-line-shapes";
import { POST_TIME } from "./noise-community-words";
import { isListHeader } from "./noise-list-headers";
import { isCommentsHeader, looksLikeCommentsHeader } from "./noise-comments-headers";
import { carriesSentenceOn, interruptsSentence } from "./noise-interrupting-lists";
import {
  AI_NOTICE_RE,
  FULL_TEXT_RE,
  INLINE_SUMMARY_RE,
  SPEED_READ_RE,
  SUMMARY_HEAD_RE,
  TEXT_HEAD_RE,
} from "./noise-summary-labels";

/** A list item's bullet (★ on a 范文 site's links), or a reference's number ([1] 《…》), compared by its shape. */
const BULLET_RE = /^(?:[·•●◆◇▪■□○★☆\-–>»]|\[\d{1,2}\])/;
const bulletOf = (t: string | undefined) => (t ? BULLET_RE.exec(t.trim())?.[0].replace(/\d+/, "N") : undefined);
/** A link's number (3. …的表态发言): the list goes on only through the next number. */
const linkNumber = (t: string) => Number(/^(\d{1,2})[.．、](?!\d)/.exec(t)?.[1] ?? NaN);
/** How many links such a list holds at most. */
const MAX_LINKS = 20;
export const MAX_LINK_LENGTH = 50;

/** A linked document's name by its kind or its file (…工作总结, …实施方案, …排查表（可编辑）, （精选8篇）, .doc). */
const DOCUMENT_NAME_RE =
  /(?:总结|方案|办法|细则|制度汇编|汇编|范本|范文|要点|计划|排查表|清单|责任书|承诺书|讲话稿|发言稿|主持词|心得体会|[（(](?:精选|通用)?\d{1,3}篇[)）]|[（(]可编辑[)）]|\.(?:docx?|pdf|pptx?|xlsx?))$/;

/** A headline that asks and cries out is short. */
const ASK_AND_CRY_MAX = 24;
const ASK_AND_CRY_RE = /^[^。！？!?]+[？?][^。！？!?]+[！!]$/;

/** A headline that asks and answers with a cry (…进楼入户？这些后果你承担不起！), where no speech goes on under it: over
 *  another such line or an address (安全隐患在哪里？就在我们身边！ / 安全责任在哪里？…！ / 各位班组长：) it is the
 *  speech's opening words. */
function askAndCryLink(t: string, texts: string[], j: number): boolean {
  if (t.length > ASK_AND_CRY_MAX || !ASK_AND_CRY_RE.test(t)) return false;
  const n = nextLine(texts, j);
  const below = n < 0 ? "" : texts[n]!.trim();
  return !ASK_AND_CRY_RE.test(below) && !/[：:]$/.test(below);
}

/** A line that could be one link of the list (line j of the page, when known): a headline, short, at most one
 *  sentence, ending the line. */
function linkLike(t: string, texts?: string[], j?: number): boolean {
  if (t.length > MAX_LINK_LENGTH || isSalutation(t)) return false;
  // A headline may ask (…如何逃生？这份指南请收好), and answer with a cry (askAndCryLink); two sentences are text.
  const stops = t.match(/[。！？!?]/g)?.length ?? 0;
  if (stops === 2 && texts && j !== undefined && askAndCryLink(t, texts, j)) return true;
  return stops === 0 || (stops === 1 && (endsSentence(t) || !/[。！!]/.test(t)));
}

/** The next non-blank line after i, or -1. */
export function nextLine(texts: string[], i: number): number {
  let j = i + 1;
  while (j < texts.length && !texts[j]!.trim()) j++;
  return j < texts.length ? j : -1;
}

/** How many lines below a list item are read to see whether it opens text of its own. */
const OPENS_TEXT_WINDOW = 8;

/** The first kept line below line j, or -1. */
function nextKept(texts: string[], verdict: (string | null)[], j: number): number {
  for (let k = nextLine(texts, j), seen = 0; k >= 0 && seen < OPENS_TEXT_WINDOW; k = nextLine(texts, k), seen++)
    if (!verdict[k]) return k;
  return -1;
}

/** A line that follows a speech's title and never a link nor a page's head: a salutation, a speaker, a date, a
 *  subtitle (——在…). */
export const isFrame = (t: string) =>
  isSalutation(t) ||
  !!dateOfLine(t) ||
  /^[—－-]{1,2}\s*\S/.test(t) ||
  // A bare name of two to four characters is a speaker's line too; another list's header is not.
  (isSpeakerLine(t) && !isListHeader(t) && !looksLikeCommentsHeader(t));

/** Line j stands right above a speech's frame (its salutation, speaker, date or subtitle): j is a title. */
export function aboveFrame(texts: string[], verdict: (string | null)[], j: number): boolean {
  const k = nextKept(texts, verdict, j);
  return k >= 0 && isFrame(texts[k]!.trim());
}

/** Line j stands right above a speech's frame as only a speech has one: a salutation, a date, a speaker with a post
 *  (two to four characters alone may be a label such as 文档简介). */
function aboveSpeechFrame(texts: string[], verdict: (string | null)[], j: number): boolean {
  const k = nextKept(texts, verdict, j);
  const t = k >= 0 ? texts[k]!.trim() : "";
  return !!t && isSpeechFurniture(t);
}

/** An outline item's number, not one of a list of numbers a comment quotes (一是二是三是，比念文件管用). */
function numberedItem(t: string): boolean {
  const e = parseEnumerator(t);
  return !!e && !parseEnumerator(t.slice(e.end));
}

/** Line j stands right above text: a speech's frame, or prose (long, or a sentence with its clauses). Under a comments
 *  header the items are such sentences themselves: there only a title, a frame, a heading, an opening (今天召开… — a
 *  comment button above the text) or a line longer than any comment opens text; under another list's header none. */
export function opensText(texts: string[], verdict: (string | null)[], j: number, comments = false): boolean {
  const k = nextKept(texts, verdict, j);
  if (k < 0 || texts.slice(j + 1, k).some((h) => isListHeader(h.trim()))) return false;
  const t = texts[k]!.trim();
  // A commenter's bare name (矿嫂阿莲) under a comment is the next comment's, not a speaker's line under a title; so is
  // a numbered comment's name and time (2. 青衫旧友　2010-07-20 08:14:33　[举报]), which is no heading.
  if (comments)
    return (
      (isFrame(t) && !BARE_NAME_RE.test(t)) ||
      isTitleLine(t) ||
      (numberedItem(t) && !POSTED_AT_END_RE.test(t)) ||
      isOpeningStart(t) ||
      t.length > MAX_COMMENT_LENGTH
    );
  if (teaserAt(texts, verdict, k)) return false;
  return isFrame(t) || t.length > MAX_LINK_LENGTH || (t.length >= 25 && /[，、；]/.test(t) && endsSentence(t));
}

/** The first words of a linked page under its link (同志们：今天召开…形势…): a list's teaser, cut off by an ellipsis. */
const isLinkTeaser = (t: string) => t.length >= 10 && t.length <= MAX_TEASER && /(?:…|\.{3})$/.test(t);
const MAX_TEASER = 150;

/** Line k is a link's teaser: cut off by an ellipsis, and followed by another link or by chrome (links and teasers
 *  alternate); a speech's paragraph that trails off (比如……) is followed by its text. */
function teaserAt(texts: string[], verdict: (string | null)[], k: number): boolean {
  if (!isLinkTeaser(texts[k]!.trim())) return false;
  const n = nextLine(texts, k);
  if (n < 0 || verdict[n]) return true;
  const t = texts[n]!.trim();
  if (MORE_LINK_RE.test(t)) return true;
  const after = nextLine(texts, n);
  return (
    linkLike(t, texts, n) && !parseEnumerator(t) && !isFrame(t) && after >= 0 && isLinkTeaser(texts[after]!.trim())
  );
}

/** A list's link to the rest of its column (更多主持词 >>, 查看更多»). */
const MORE_LINK_RE = /^(?:更多|查看更多|阅读更多)[^。，！？\s]{0,12}\s*(?:>>|»|›|>)$/;

/** A line ending in the time of a post, and its buttons: …　2010-07-21 22:47:19　[举报]. */
const POSTED_AT_END_RE = new RegExp(String.raw`${POST_TIME}(?:\s*[【\[](?:举报|回复|删除)[】\]])*$`);

/** A Q&A page's other answers (其他2条回答): comments once the answer with the speech is above them, otherwise the
 *  start of the answers. */
const OTHER_ANSWERS_RE = /^(?:其他(?:\d{1,3}条)?回答|其他答案|全部回答)(?:[（(]\d{1,4}条?[)）])?\s*[：:]?$/;
/** 乡亲们： / 青年朋友们：: an address to the room by any group, beyond the salutations the header knows. */
const ADDRESS_RE = /^(?:各位)?[^。！？，；：:]{1,20}们\s*[：:]$/;
/** The answer above holds the speech: its salutation and sentences (advice alone leaves the speech to the answers). */
function speechAbove(texts: string[], verdict: (string | null)[], i: number): boolean {
  const above = texts.slice(0, i).filter((t, k) => !verdict[k]);
  return (
    above.some((t) => isHeaderSalutation(t.trim()) || ADDRESS_RE.test(t.trim())) &&
    above.filter((t) => t.trim().length >= 20 && endsSentence(t.trim())).length >= 2
  );
}
export const MAX_COMMENT_LENGTH = 120;
const MAX_COMMENTS = 40;

/** A line that could be a comment: short, at most two sentences. */
function commentLike(t: string): boolean {
  return t.length <= MAX_COMMENT_LENGTH && !isSalutation(t) && (t.match(/[。！？!?]/g)?.length ?? 0) <= 2;
}

/** Marks the links under each related-articles header and the comments under a comments header. A list ends at
 *  the first line that is not one of its items, and before a line that opens text of its own (the title of a
 *  speech that follows a sidebar list). */
export function markRelatedLists(texts: string[], verdict: (string | null)[]): void {
  for (let i = 0; i < texts.length; i++) {
    const head = texts[i]!.trim();
    const comments =
      isCommentsHeader(texts, verdict, i) || (OTHER_ANSWERS_RE.test(head) && speechAbove(texts, verdict, i));
    if (!comments && !isListHeader(head)) continue;
    const spoken = !comments && /为[你您]推荐/.test(head); // a host's words too: a sentence under it is the speech's
    if (spoken && endsSentence(texts[nextLine(texts, i)]?.trim() ?? "")) continue;
    verdict[i] ??= "网站页眉页脚";
    const itemLike = comments ? commentLike : linkLike;
    // A list a preview prints in its page break (第 1 页，共 6 页 / 相关文档 / …): the text resumes below it, so a link
    // that names a document (…活动总结, …排查表（可编辑）) is one more link there, not a title over the text.
    const inPageBreak = !comments && verdict[previousLine(texts, i)] === "页码";
    const midSentence = !comments && interruptsSentence(texts, verdict, i);
    let items = 0;
    let lastBullet: string | undefined;
    let lastNumber = NaN;
    for (let j = nextLine(texts, i); j >= 0 && items < (comments ? MAX_COMMENTS : MAX_LINKS); j = nextLine(texts, j)) {
      const t = texts[j]!.trim();
      // The teaser under a link is part of its item.
      if (!comments && items > 0 && teaserAt(texts, verdict, j)) {
        verdict[j] ??= "相关文章列表";
        continue;
      }
      // A list of links ends where the comments begin: they are read under their own header.
      if (!itemLike(t, texts, j) || (spoken && endsSentence(t)) || (!comments && looksLikeCommentsHeader(t))) break;
      // A line above text of its own is that text's title, unless it carries the items' bullet (·…讲话稿 is one
      // more link: no title starts with a list's bullet); a title without the bullet the links had ends the list
      // where a speech's salutation follows it.
      // A star opens a speech's points too (★ 开学前…): only a line naming a document (★ …范文) is a starred link.
      const bullet = /^[★☆]/.test(t) && !DOCUMENT_NAME_RE.test(t) ? undefined : bulletOf(t);
      if (lastBullet && !bullet && isTitleLine(t) && opensSpeech(texts, verdict, j)) break;
      // A card's title is followed by its author and counts (职场笔记本 · 9832阅读 · 17评论), a speech's by its text.
      const card = !comments && isEngagementCounts(texts[nextLine(texts, j)] ?? "");
      // …nor one over the next item with the same bullet.
      const sameAsNext = !!bullet && bullet === bulletOf(texts[nextLine(texts, j)]);
      // In a page break the text's own heading or sentence resumes below the list.
      if ((inPageBreak && (endsSentence(t) || parseEnumerator(t))) || (midSentence && carriesSentenceOn(t))) break;
      const namesDocument = inPageBreak && DOCUMENT_NAME_RE.test(t) && !isTitleLine(t);
      const opens = !namesDocument && opensText(texts, verdict, j, comments);
      // …nor one numbered next after the link above it (3. after 1. and 2.).
      const numberedOn = linkNumber(t) === lastNumber + 1;
      if (!card && opens && !midSentence && !(bullet && bullet === lastBullet) && !sameAsNext && !numberedOn) break;
      lastBullet = bullet;
      lastNumber = linkNumber(t);
      verdict[j] ??= comments ? "网友评论" : "相关文章列表";
      items++;
    }
  }
}

// A summary above the text (【内容摘要】 … 正文：, an AI summary … 以上内容由AI生成): everything between the two labels.
const SUMMARY_WINDOW = 15;

/** The kept line after j is a speech's salutation (各位企业家朋友，同志们：) or another line of its frame. */
function opensSpeech(texts: string[], verdict: (string | null)[], j: number): boolean {
  const k = nextKept(texts, verdict, j);
  const t = k >= 0 ? texts[k]!.trim() : "";
  return isHeaderSalutation(t) || isFrame(t);
}

const SITE_LEAD_RE = /本篇|本文|范文|整理|适用于|供[^。]{0,8}参考/;

export function markSummaryBlocks(texts: string[], verdict: (string | null)[]): void {
  let speechTitle: number | undefined;
  for (let i = 0; i < texts.length; i++) {
    // A bare AI 速读 label is a reader's box only down to its AI notice (a speech's own 智能速读 feature has none).
    const speedRead = SPEED_READ_RE.test(texts[i]!.trim());
    if (!speedRead && !SUMMARY_HEAD_RE.test(texts[i]!.trim())) {
      // A summary on its label's line, above the speech's title (a paper's 摘要 over the article).
      if (verdict[i] || !INLINE_SUMMARY_RE.test(texts[i]!.trim())) continue;
      speechTitle ??= texts.findIndex((t, k) => isTitleLine(t.trim()) && aboveSpeechFrame(texts, verdict, k));
      if (speechTitle > i) verdict[i] = "正文前的摘要";
      continue;
    }
    let end = -1;
    let saluted = false;
    for (let j = i + 1; j < Math.min(texts.length, i + SUMMARY_WINDOW) && end < 0; j++) {
      const t = texts[j]!.trim();
      if (TEXT_HEAD_RE.test(t) || (!saluted && FULL_TEXT_RE.test(t))) end = j;
      saluted ||= isHeaderSalutation(t);
    }
    if (speedRead && !AI_NOTICE_RE.test(texts[end]?.trim() ?? "")) continue;
    // Without a label where the text starts: above the page's first title, the label's own paragraph (文档简介 over
    // a description of the document).
    if (end < 0) {
      const next = texts.findIndex((t, k) => k > i && t.trim());
      const speechTitle = texts.findIndex((t, k) => isTitleLine(t.trim()) && aboveSpeechFrame(texts, verdict, k));
      if (next < 0 || isTitleLine(texts[next]!.trim())) continue;
      // Under the title, the label's paragraph right over the speech's first salutation, when it speaks of the text
      // as a site does (本篇讲话稿由…整理，…供写作时参考); a label inside the speech (【简介】 over a case) is left.
      const salutation = nextLine(texts, next);
      const overSalutation =
        isSalutation(texts[salutation]?.trim() ?? "") &&
        !texts.slice(0, salutation).some((t) => isSalutation(t.trim()));
      if (speechTitle <= next && !(overSalutation && SITE_LEAD_RE.test(texts[next]!))) continue;
      end = next;
    }
    for (let j = i; j <= end; j++) if (texts[j]!.trim()) verdict[j] ??= "正文前的摘要";
  }
}

/** The reason given for a running header; like a page number, it marks a page break the text flows across. */
export const RUNNING_HEADER = "页眉（每页重复）";
