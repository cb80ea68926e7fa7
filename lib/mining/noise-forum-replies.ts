// A forum thread's replies below the post that carries the speech: posts by other authors, short, a few sentences,
// and the poster's own answers to them.
import {
  dateOfLine,
  isClosingStart,
  isSalutation,
  isSpeakerLine,
  isTitleLine,
  parseEnumerator,
} from "./outline-patterns";
import { cardAuthorAbove, keptFrom, previousLine } from "./noise-page-cards";
import { MAX_COMMENT_LENGTH } from "./noise-page-furniture";
import { markTiebaFloors } from "./noise-tieba-floors";
import { markRequestPosts } from "./noise-forum-requests";
import { pageText } from "./page-line-views";

/** A forum post's header: its author, date and time (老秘书 发表于 2024-5-27 11:47:10 | 只看该作者). */
const POST_HEADER_RE = /^(.{0,24}?)\s*发表于\s*\d{4}[-/年]\d{1,2}[-/月]\d{1,2}日?\s*\d{1,2}:\d{2}/;
export const POST_AUTHOR = "帖子作者";
const QUOTED_POST = "帖子引用的原帖";
/** A header's own words before 发表于 when they are only the floor (1楼 楼主, 2楼, 沙发): no name. */
const FLOOR_ONLY_RE = /^(?:(?:\d{1,4}\s*(?:楼|#)|沙发|板凳|地板)\s*)?(?:楼主)?$/;
const headerWords = (line: string) => POST_HEADER_RE.exec(line.trim())![1]!.trim();
function floorOnly(line: string): boolean {
  const words = headerWords(line);
  return !!words && FLOOR_ONLY_RE.test(words);
}
/** The author named on a post's header line (老秘书 发表于 …), not its floor. */
function inlineAuthor(line: string): string {
  const words = headerWords(line);
  return FLOOR_ONLY_RE.test(words) ? "" : words;
}
/** The author of the post that holds line k: the name at the nearest post header above it (on the header, heading
 *  the card above it, or alone right above it); "" when none is named. */
export function postAuthorAt(texts: string[], k: number): string {
  const isHeader = (h: number) => h >= 0 && POST_HEADER_RE.test(texts[h]!.trim());
  for (let h = k; h >= 0; h--) {
    // A quoted post's header stands right under the post's own (老秘书笔记 发表于 … under 楼主| 发表于 …).
    if (!isHeader(h) || isHeader(previousLine(texts, h))) continue;
    // The 楼主 badge on the header (楼主| 发表于 …) names no one: the card above does.
    const named = headerWords(texts[h]!)
      .replace(/[|｜]$/, "")
      .trim();
    return (FLOOR_ONLY_RE.test(named) ? "" : named) || cardAuthorAbove(texts, h) || nameRightAbove(texts, h);
  }
  return "";
}
/** How far above a post's header its author's name may stand (name, 楼主 or 2#, UID, 积分 …). */
const AUTHOR_REACH = 6;
/** How much text a reply may hold and still be a reply, not the post with the speech. */
const MAX_REPLY_CHARS = 240;

/** 谢谢各位老师！已按意见修改…: the poster thanking the readers for their replies. */
const THANKS_READERS_RE =
  /^(?:谢谢|感谢|多谢)(?:各位|大家|楼上|诸位)(?:老师|前辈|坛友|同仁|朋友)?(?:的|！|!|，|,|指点|意见|建议)/;

/** A post's header right under a full one of another author (小镇文书 发表于 2024-6-12 08:20:44 | 只看该作者 / 南山小吏
 *  发表于 2024-6-11 21:05), without its buttons or seconds and earlier than it: a quote of an earlier post inside the
 *  reply, as Discuz prints it (a copied header with its seconds, 老笔杆 发表于 2024-5-27 11:47:10, is no quote). */
const QUOTE_TIME_RE = /发表于\s*(\d{4})[-/年](\d{1,2})[-/月](\d{1,2})日?\s*(\d{1,2}):(\d{2})(:\d{2})?/;
const minutesOf = (m: RegExpExecArray) => Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!) / 60_000;

function quoteHeads(texts: string[]): Set<number> {
  const heads = new Set<number>();
  // Each quote stands under a header with 只看该作者 on it.
  if (!pageText(texts).includes("只看该作者")) return heads;
  // The quoted author posts in the thread himself (a repost's 转自：… or 原作者：… over the text quotes no one here); a
  // Discuz X card names him above the header (笔耕老农 / 楼主 / 发表于 …) rather than on it.
  const authorAt = (i: number) => headerWords(texts[i]!) || cardAuthorAbove(texts, i);
  const authors = new Set(
    texts.flatMap((t, i) => (/只看该作者/.test(t) && POST_HEADER_RE.test(t.trim()) ? [authorAt(i)] : [])),
  );
  texts.forEach((t, i) => {
    const above = previousLine(texts, i);
    const [line, head] = [t.trim(), above >= 0 ? texts[above]!.trim() : ""];
    if (!POST_HEADER_RE.test(line) || !POST_HEADER_RE.test(head) || !/只看该作者/.test(head) || /只看/.test(line))
      return;
    const [quoted, posted] = [QUOTE_TIME_RE.exec(line), QUOTE_TIME_RE.exec(head)];
    if (!quoted || !posted || quoted[6] || !posted[6] || minutesOf(quoted) > minutesOf(posted)) return;
    // Both name their author, and not the same one.
    const [who, by] = [headerWords(line), authorAt(above)];
    if (who && by && who !== by && authors.has(who)) heads.add(i);
  });
  return heads;
}

/** A post's 评分 box: its head (评分 参与人数 3 威望 +3 金币 +15), each rater's row (老秦写材料 + 1 + 5 很给力!) and its
 *  link (查看全部评分). */
const RATING_HEAD_RE = /^评分\s*参与人数\s*\d{1,4}/;
const RATING_ROW_RE = /^\S{1,20}?\s*(?:[+＋-]\s*\d{1,4}\s*){1,3}[^。，；\s]{0,16}$|^查看全部评分$/;

function markRatings(texts: string[], verdict: (string | null)[]): void {
  if (!pageText(texts).includes("评分")) return; // no head
  texts.forEach((t, i) => {
    if (!RATING_HEAD_RE.test(t.trim())) return;
    verdict[i] ??= "论坛界面文字";
    for (let j = i + 1; j < texts.length && RATING_ROW_RE.test(texts[j]!.trim()); j++) verdict[j] ??= "论坛界面文字";
  });
}

/** Marks the replies of a forum thread: a post by another author than the post that carries the speech (the first
 *  post holding text: the topic, or under a request, 求一篇…, the reader's post that answers it), whose lines are all
 *  short, together a few sentences, with no title or salutation. Each post's author on a line of his own goes too. */
export function markForumReplies(texts: string[], verdict: (string | null)[]): void {
  markTiebaFloors(texts, verdict);
  markRatings(texts, verdict);
  const quotes = quoteHeads(texts);
  for (const i of quotes) verdict[i] ??= QUOTED_POST;
  const headers = texts.flatMap((t, i) => (POST_HEADER_RE.test(t.trim()) && !quotes.has(i) ? [i] : []));
  // The author is on the header's line (老秘书 发表于 …), heads the card above it (name, UID, 积分, 3楼), or stands
  // alone right above it (a Discuz X post: 笔耕老农 / 发表于 …).
  // (A header's floor, 2楼 发表于 …, stands for its author here: each floor is told apart from the speech's.)
  const authorOf = (i: number) => headerWords(texts[i]!) || cardAuthorAbove(texts, i) || nameRightAbove(texts, i);
  const end = (n: number) => (n + 1 < headers.length ? headers[n + 1]! : texts.length);
  const speechAt = headers.findIndex((h, n) => keptChars(texts, verdict, h, end(n)) > MAX_COMMENT_LENGTH);
  const poster = speechAt >= 0 ? authorOf(headers[speechAt]!) : "";
  // The 楼主 posted the speech himself (his badge on its header): his later floors are his (in a request's thread the
  // 楼主 is the asker).
  const posterBadge = speechAt >= 0 && /楼主/.test(headerWords(texts[headers[speechAt]!]!));
  // The poster's own post: his name, or the 楼主 badge on its header (3楼 楼主 发表于 …).
  const own = (h: number) => !poster || authorOf(h) === poster || (posterBadge && /楼主/.test(headerWords(texts[h]!)));
  // Replies answer a post that holds the speech; the poster's own later posts continue his text (三、… in 3#, after a
  // reader's 沙发), but for his thanks to the readers and his answers to them. (Where the page does not name that
  // post's author, any later post may be his: his text is kept.)
  const isReply = (h: number, n: number) =>
    speechAt >= 0 &&
    n > speechAt &&
    !(own(h) && !THANKS_READERS_RE.test(texts[keptFrom(texts, verdict, h, 1)]?.trim() ?? "") && !answersReader(n));
  // A floor's text ends above the next floor's author, where he stands on a line of his own (运政老杨 / 发表于 …).
  const textEnd = (n: number) => {
    const e = end(n);
    const author = e < texts.length ? authorOf(e) : "";
    for (let j = e - 1; author && j > Math.max(headers[n]!, e - AUTHOR_REACH); j--)
      if (texts[j]!.trim().replace(/\s*楼主$/, "") === author) return j;
    return e;
  };
  // The posts above it: a request for the speech (求分享…) that the post answers, up to the next post's author.
  markRequestPosts(
    texts,
    verdict,
    headers.slice(0, Math.max(0, speechAt)).map((h, n) => [h, textEnd(n)]),
  );
  // His later floor answers a reader (通报材料内部的，不方便发，见谅。) when a reader's floor stands right above it, it
  // is a line or two with no heading, no later floor of his carries the speech on, and either Discuz's head names the
  // reader it answers (回复 蓝色安全帽 的帖子), or his own floor before it ended his speech (its last paragraph 同志们，…
  // / 谢谢大家) and the floor, which does not close a speech itself, is in a reply's words (不方便, 见谅) with no duty
  // (要, 各乡镇…) (a 同志们， or 总之， may end a floor midway). Only his own floors are read, never a reader's 谢谢分享.
  const answersReader = (n: number) => {
    if (n < 1 || own(headers[n - 1]!)) return false;
    let m = n - 1;
    while (m > speechAt && !own(headers[m]!)) m--;
    const chars = keptChars(texts, verdict, headers[n]!, end(n));
    const lines = texts.slice(headers[n]! + 1, end(n)).filter((t, k) => t.trim() && !verdict[headers[n]! + 1 + k]);
    const worded = () =>
      closesSpeech(texts, verdict, headers[m]!, textEnd(m)) &&
      !isClosingStart(lines[0]!.trim()) &&
      lines.some((t) => REPLY_WORDS_RE.test(t)) &&
      !lines.some((t) => DUTY_WORDS_RE.test(t));
    return (
      chars > 0 &&
      chars <= MAX_COMMENT_LENGTH &&
      (REPLY_HEAD_RE.test(lines[0]!.trim()) || worded()) &&
      !lines.some((t) => !!parseEnumerator(t.trim()) || isTitleLine(t.trim())) &&
      !headers.some((h, k) => k > n && own(h) && carriesText(h, end(k)))
    );
  };
  // A floor that carries his speech on: a heading, or more text than a reply holds.
  const carriesText = (h: number, e: number) =>
    keptChars(texts, verdict, h, e) > MAX_COMMENT_LENGTH ||
    texts.slice(h + 1, e).some((t, k) => !verdict[h + 1 + k] && !!parseEnumerator(t.trim()));
  const replies = headers.flatMap((h, n) => (isReply(h, n) ? [n] : []));
  // Only a name over the card's floor or badge (小城文书 / 楼主 / 发表于 …): a bare line right above a header may be the
  // speech's own last line (its date, its speaker) where the page printed no name.
  // Or the name right above a header that gives the floor in its place (青山不语 / 2楼 发表于 …).
  const cardAuthor = (h: number) => cardAuthorAbove(texts, h) || (floorOnly(texts[h]!) ? nameRightAbove(texts, h) : "");
  if (speechAt >= 0) for (const h of headers) markAuthorLine(texts, verdict, h, cardAuthor(h));
  for (const n of replies) {
    const h = headers[n]!;
    const body: number[] = [];
    let chars = 0;
    let fits = true;
    // The last post ends where the page's own chrome starts (its pager, 返回列表).
    const last = n === headers.length - 1;
    for (let j = h + 1; j < end(n) && fits; j++) {
      const t = texts[j]!.trim();
      if (last && body.length && verdict[j]) break;
      if (!t || verdict[j]) continue;
      fits = t.length <= MAX_COMMENT_LENGTH && !isTitleLine(t) && !isSalutation(t);
      body.push(j);
      chars += t.length;
    }
    if (fits && chars <= MAX_REPLY_CHARS) for (const j of body) verdict[j] = "论坛回帖";
  }
  markQuotedPosts(texts, verdict, quotes);
}

/** The author's name on a line of its own above his post's header (the card's first line). */
function markAuthorLine(texts: string[], verdict: (string | null)[], header: number, author: string): void {
  if (!author || inlineAuthor(texts[header]!)) return;
  for (let j = header - 1; j >= Math.max(0, header - AUTHOR_REACH); j--)
    if (texts[j]!.trim().replace(/\s*楼主$/, "") === author) {
      // A post's title over its header (在…会议上的讲话 / 发表于 …) is the speech's.
      if (!isTitleLine(author) && !dateOfLine(author) && !isSpeakerLine(author)) verdict[j] ??= POST_AUTHOR;
      return;
    }
}

/** 引用：枫林小吏 发表于 2025-5-28 15:02 over the words it quotes from an earlier post. */
const QUOTE_HEAD_RE =
  /^(?:引用|回复|以下是引用)\s*[：:]?\s*.{0,24}?(?:发表于|于)\s*\d{4}[-/年]\d{1,2}[-/月]\d{1,2}日?\s*\d{1,2}:\d{2}/;
const QUOTED_LINES = 3;

/** The quote is the line under its head, or the lines down to one the forum cut (…); never the answer's own title,
 *  speaker, salutation or heading set right under it, nor anything past a blank line. */
function markQuotedPosts(texts: string[], verdict: (string | null)[], quotes: Set<number>): void {
  const quotable = (q: string) =>
    !!q &&
    q.length <= MAX_REPLY_CHARS &&
    !isTitleLine(q) &&
    !isSalutation(q) &&
    !isSpeakerLine(q) &&
    !parseEnumerator(q);
  texts.forEach((t, i) => {
    if (!QUOTE_HEAD_RE.test(t.trim()) && !quotes.has(i)) return;
    const lines: number[] = [];
    for (let j = i + 1; j < texts.length && lines.length < QUOTED_LINES && quotable(texts[j]!.trim()); j++) {
      lines.push(j);
      if (/(?:…|\.{3})$/.test(texts[j]!.trim())) break;
    }
    const cut = lines.findIndex((j) => /(?:…|\.{3})$/.test(texts[j]!.trim()));
    for (const j of lines.slice(0, cut >= 0 ? cut + 1 : 1)) verdict[j] ??= QUOTED_POST;
  });
}

/** A thread's buttons and marks that stand where a name might (电梯直达, 复制链接, 只看该作者). */
const POST_CHROME_RE = /直达|链接|只看|浏览|收藏|分享|回复|举报|阅读模式|楼主|沙发|板凳|地板/;

/** The line above line i (a blank line between) when it is a bare name, without a 楼主 badge: a post's author. */
function nameRightAbove(texts: string[], i: number): string {
  let k = i - 1;
  if (k > 0 && !texts[k]!.trim()) k--;
  const t = k >= 0 ? texts[k]!.trim().replace(/\s*楼主$/, "") : "";
  return /^[^\s，。！？：:；、[\]【】<>]{2,12}$/.test(t) && !isTitleLine(t) && !POST_CHROME_RE.test(t) ? t : "";
}

/** A reply's words to one reader, which no speech says: an apology, a private channel, a file to send. */
const REPLY_WORDS_RE = /见谅|抱歉|不好意思|不方便|私信|站内信|稍等|发你|发您|网盘|自取|没有电子版/;
/** A speech's duty words, which a reply to a reader has none of (各街道要…, 必须…, 确保…). */
const DUTY_WORDS_RE = /要|必须|确保|各(?:乡镇|街道|部门|单位|企业|村|级|地)/;

/** Discuz's head over a floor that answers another (回复 3# 笔耕不辍2022 的帖子): it names the reader answered. */
const REPLY_HEAD_RE = /^回复\s*(?:\d{1,4}\s*#\s*)?[^\s，。！？：:]{1,24}\s*的帖子/;

/** How many wrapped lines a floor's last paragraph may run to and still be read back to its start. */
const LAST_PARAGRAPH_LINES = 8;

/** Whether the last kept paragraph between two lines (a floor's text) closes a speech: read back from its last line
 *  to the line that starts it (indented, or under a line that ended a sentence). */
function closesSpeech(texts: string[], verdict: (string | null)[], from: number, to: number): boolean {
  const kept = texts.flatMap((t, j) => (j > from && j < to && !verdict[j] && t.trim() ? [t] : []));
  for (let k = kept.length - 1; k >= Math.max(0, kept.length - LAST_PARAGRAPH_LINES); k--) {
    const line = kept[k]!;
    if (/^[\s\u3000]/.test(line) || k === 0 || /[。！？!?…”」]$/.test(kept[k - 1]!.trim()))
      return isClosingStart(line.trim());
  }
  return false;
}

/** The characters of the kept lines between two lines. */
function keptChars(texts: string[], verdict: (string | null)[], from: number, to: number): number {
  let n = 0;
  for (let j = from + 1; j < to; j++) if (!verdict[j]) n += texts[j]!.trim().length;
  return n;
}
