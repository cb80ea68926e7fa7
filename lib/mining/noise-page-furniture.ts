// Page furniture judged with its neighbours: the links listed under a "related articles" header (or the other
// answers of a Q&A page), a download page's file name (讲话.docx) above the title it repeats, and a running header
// that a document site prints on every page. None of these shapes occurs in a speech's text.
import {
  dateOfLine,
  endsSentence,
  isSalutation,
  isSpeakerLine,
  isTitleLine,
  parseEnumerator,
} from "./outline-patterns";
import type { Ctx } from "./noise-fragments";

/** A header that opens a list of links to other pages, alone on its line (往期推荐 / 相关阅读： …). */
const LIST_HEADER_RE =
  /^[【\[]?(?:相关推荐|相关文章|相关阅读|相关范文|相关文档(?:推荐)?|相关链接|相关问题|相关资料|相关下载|推荐阅读|推荐文章|小编推荐|编辑推荐|为你推荐|猜你喜欢|热门推荐|热门文章|热门阅读|延伸阅读|最新文章|更多范文|往期推荐|往期回顾|往期精选|精彩推荐|精选推荐|你可能还喜欢|大家都在看|其他回答|其他答案|全部回答)(?:[（(]\d{1,4}[)）])?[】\]]?\s*[：:>»›]*$/;
/** How many links such a list holds at most. */
const MAX_LINKS = 20;
const MAX_LINK_LENGTH = 50;

/** A line that could be one link of the list: a headline, short, at most one sentence, ending the line. */
function linkLike(t: string): boolean {
  if (t.length > MAX_LINK_LENGTH || isSalutation(t)) return false;
  const stops = t.match(/[。！？!?]/g)?.length ?? 0;
  return stops === 0 || (stops === 1 && endsSentence(t));
}

/** The next non-blank line after i, or -1. */
function nextLine(texts: string[], i: number): number {
  let j = i + 1;
  while (j < texts.length && !texts[j]!.trim()) j++;
  return j < texts.length ? j : -1;
}

/** How many lines below a list item are read to see whether it opens text of its own. */
const OPENS_TEXT_WINDOW = 8;

/** Line j stands right above text: the next line, past a date, a speaker or a salutation, is prose (long, or a
 *  sentence with its clauses, which no headline has). */
function opensText(texts: string[], verdict: (string | null)[], j: number): boolean {
  for (let k = nextLine(texts, j), seen = 0; k >= 0 && seen < OPENS_TEXT_WINDOW; k = nextLine(texts, k), seen++) {
    if (verdict[k]) continue;
    const t = texts[k]!.trim();
    if (isSalutation(t) || dateOfLine(t) || isSpeakerLine(t)) continue;
    return t.length > MAX_LINK_LENGTH || (t.length >= 25 && /[，、；]/.test(t) && endsSentence(t));
  }
  return false;
}

/** A header over readers' comments (网友评论（3）/ 发表评论 / 全部评论): comments are sentences, longer than links. */
const COMMENTS_HEADER_RE =
  /^[【\[]?(?:网友评论|读者评论|全部评论|最新评论|热门评论|精彩评论|评论区|发表评论|我要评论|评论(?=[（(]\d))(?:[（(]\d{1,5}[)）])?[】\]]?\s*[：:>»›]*$/;
const MAX_COMMENT_LENGTH = 120;
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
    const comments = COMMENTS_HEADER_RE.test(head);
    if (!comments && !LIST_HEADER_RE.test(head)) continue;
    verdict[i] ??= "网站页眉页脚";
    const itemLike = comments ? commentLike : linkLike;
    let items = 0;
    for (let j = nextLine(texts, i); j >= 0 && items < (comments ? MAX_COMMENTS : MAX_LINKS); j = nextLine(texts, j)) {
      if (!itemLike(texts[j]!.trim()) || opensText(texts, verdict, j)) break;
      verdict[j] ??= comments ? "网友评论" : "相关文章列表";
      items++;
    }
  }
}

/** A forum post's header: its author and time (老秘书 发表于 2024-5-27 11:47:10 | 只看该作者). */
const POST_HEADER_RE = /发表于\s*\d{4}[-/年]/;
/** How much text a reply may hold and still be a reply, not the post with the speech. */
const MAX_REPLY_CHARS = 240;

/** Marks the replies of a forum thread: a post after the first whose lines are all short, together a few sentences,
 *  with no title or salutation. A post holding a speech is left to the other rules. */
export function markForumReplies(texts: string[], verdict: (string | null)[]): void {
  const headers = texts.flatMap((t, i) => (POST_HEADER_RE.test(t) ? [i] : []));
  headers.forEach((h, n) => {
    // The thread's first post is its topic, where a speech is posted.
    if (n === 0) return;
    const end = n + 1 < headers.length ? headers[n + 1]! : texts.length;
    const body: number[] = [];
    let chars = 0;
    for (let j = h + 1; j < end; j++) {
      const t = texts[j]!.trim();
      if (!t || verdict[j]) continue;
      if (t.length > MAX_COMMENT_LENGTH || isTitleLine(t) || isSalutation(t)) return;
      body.push(j);
      chars += t.length;
    }
    if (chars > MAX_REPLY_CHARS) return;
    for (const j of body) verdict[j] = "论坛回帖";
  });
}

/** A summary placed above the text (【内容摘要】 … 正文：): everything between the two labels. */
const SUMMARY_HEAD_RE =
  /^(?:[【\[](?:内容摘要|内容提要|摘要|导读|提要|内容简介)[】\]]|(?:内容摘要|内容提要|摘要|导读|提要|内容简介)\s*[：:]?$)/;
const TEXT_HEAD_RE = /^[【\[]?正文[】\]]?\s*[：:]?$/;
const SUMMARY_WINDOW = 15;

export function markSummaryBlocks(texts: string[], verdict: (string | null)[]): void {
  for (let i = 0; i < texts.length; i++) {
    if (!SUMMARY_HEAD_RE.test(texts[i]!.trim())) continue;
    let end = -1;
    for (let j = i + 1; j < Math.min(texts.length, i + SUMMARY_WINDOW) && end < 0; j++)
      if (TEXT_HEAD_RE.test(texts[j]!.trim())) end = j;
    if (end < 0) continue;
    for (let j = i; j <= end; j++) if (texts[j]!.trim()) verdict[j] ??= "正文前的摘要";
  }
}

/** A file's name as a download page shows it: 关于…的讲话.docx, maybe with its size. */
const FILE_NAME_RE =
  /^(\S.{0,80}?)\s*\.(?:docx?|wps|pdf|txt|rtf|pptx?|xlsx?)\s*(?:[（(]?\s*\d+(?:\.\d+)?\s*[KkMm]B?\s*[)）]?)?$/i;
/** How many lines below a file name its page may show the title again. */
const TITLE_WINDOW = 6;

/** A file-name line is noise when a title follows it; when none does, it is the title, and only its extension
 *  goes (the name of the file is then the only title the page has). */
export function markFileNames(texts: string[], verdict: (string | null)[], lineNos: number[], ctx: Ctx): void {
  for (let i = 0; i < texts.length; i++) {
    if (verdict[i]) continue;
    const t = texts[i]!.trim();
    const m = t.length <= 100 ? FILE_NAME_RE.exec(t) : null;
    if (!m) continue;
    let titled = false;
    for (let j = nextLine(texts, i), seen = 0; j >= 0 && seen < TITLE_WINDOW; j = nextLine(texts, j), seen++) {
      if (verdict[j]) continue;
      const next = texts[j]!.trim();
      if (isTitleLine(next)) titled = true;
      if (titled || next.length > MAX_LINK_LENGTH) break;
    }
    if (titled) verdict[i] = "文件名";
    else {
      ctx.removed.push({ text: t.slice(m[1]!.length).trim(), reason: "文件名后缀", lineNo: lineNos[i]! });
      texts[i] = m[1]!;
    }
  }
}

/** The reason given for a running header; like a page number, it marks a page break the text flows across. */
export const RUNNING_HEADER = "页眉（每页重复）";
/** How often a short line must recur to be a running header (a 文库 page repeats it on every page). */
const RUNNING_HEADER_COUNT = 3;

/** Marks a short line printed again and again (a document's running header): not a salutation, a date, a
 *  speaker, a numbered heading or a sentence, which a collection of speeches may well repeat. */
export function markRunningHeaders(texts: string[], verdict: (string | null)[]): void {
  const counts = new Map<string, number>();
  const keyOf = (t: string) => t.replace(/\s+/g, "");
  for (const raw of texts) {
    const t = raw.trim();
    if (t.length >= 4 && t.length <= 40) counts.set(keyOf(t), (counts.get(keyOf(t)) ?? 0) + 1);
  }
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i]!.trim();
    if (verdict[i] || (counts.get(keyOf(t)) ?? 0) < RUNNING_HEADER_COUNT) continue;
    if (isSalutation(t) || dateOfLine(t) || isSpeakerLine(t) || parseEnumerator(t) || /[。！？!?]/.test(t)) continue;
    verdict[i] = RUNNING_HEADER;
  }
}
