// What an app or a forum sets between a speech's paragraphs, card by card: a forum's author cards above each post,
// an app's ad cards, the captions a page sets off with ▲.
import { markMicroblogReposts, markStampedAppComments } from "./noise-app-comments";
import { POST_TIME } from "./noise-community-words";
import { dateOfLine, isPostedSpeakerLine, isSalutation, isTitleLine, parseEnumerator } from "./outline-patterns";
import { mayMatch, needs } from "./regex-needs";

/** A post's floor (2楼) or its time (发表于 2024-3-12 09:30, 楼主 | 发表于 …, 楼主　大 中 小 发表于 … with the post's font
 *  buttons): the foot of the author's card above a post. */
const CARD_FOOT_RE =
  /^(?:\d{1,4}\s*(?:楼|#)(?:\s|$)|(?:沙发|板凳|地板)$|(?:楼主\s*[|｜]?\s*(?:大\s*中\s*小\s*)?)?发表于\s*\d{4}[-/年]\d{1,2})/;
/** What only a forum's author card says: a rank, a level, the counts of posts and points. */
const CARD_MARK_RE =
  /等级|积分|帖子|精华|威望|金币|版主|Lv\.?\s*\d|UID|注册时间|在线时间|粉丝|^(?:新手上路|[初中高]级会员|注册会员|正式会员|金牌会员|荣誉会员|论坛元老|管理员)$/i;
/** A desktop forum's card prints each count under its label (积分 / 2087 / 主题 / 412 / … / 注册时间 / 2019-5-17). */
const CARD_LINES = 18;
const CARD_LABEL_RE = /^(?:注册时间|最后登录|在线时间|加入时间)$/;

/** Marks a forum's author card above each post on lines of its own (name, 版主, 等级：Lv.9, 帖子 57 | 积分 312) up to
 *  the floor or the time: short lines, no sentence, up to a blank line, one saying what a card says. A speech's
 *  signature and date above the next floor stay. */
export function markPostAuthorCards(texts: string[], verdict: (string | null)[]): void {
  for (let f = 0; f < texts.length; f++) {
    const foot = texts[f]!.trim();
    if (!CARD_FOOT_RE.test(foot)) continue;
    const card: number[] = [];
    if (foot.startsWith("楼主")) markPosterName(texts, verdict, f);
    let marked = false;
    let blanks = 0;
    for (let j = f - 1; j >= Math.max(0, f - 2 * CARD_LINES); j--) {
      const t = texts[j]!.trim();
      // A saved page's card sets its items apart by a blank line each; two blank lines end it.
      if (!t && ++blanks > 1) break;
      if (!t) continue;
      blanks = 0;
      marked ||= CARD_MARK_RE.test(t);
      if (verdict[j]) continue;
      // (A row of counts may run longer: 主题 236 | 帖子 3082 | 积分 9517 | 金牌写手.)
      const long = t.length > 20 && !(t.length <= 60 && CARD_MARK_RE.test(t));
      if (long || /[。！？；，,]/.test(t) || isTitleLine(t) || isSalutation(t) || parseEnumerator(t)) break;
      // A date under the card's 注册时间 is the card's; elsewhere a speech's date line ends its text.
      const cardDate = dateOfLine(t) && CARD_LABEL_RE.test(texts[previousLine(texts, j)]?.trim() ?? "");
      if ((dateOfLine(t) && !cardDate) || isPostedSpeakerLine(t)) break;
      card.push(j);
    }
    if (marked) for (const j of card) verdict[j] = "论坛界面文字";
  }
}

/** 楼主 | 发表于 … at line f: the name right above is the poster's card (short, no space or stop, set apart from the
 *  text above by a blank line or the last floor's chrome). */
function markPosterName(texts: string[], verdict: (string | null)[], f: number): void {
  const above = previousLine(texts, f);
  const over = above > 0 ? previousLine(texts, above) : -1;
  const apart = above >= 0 && (over < 0 || over < above - 1 || !!verdict[over]);
  if (apart && !verdict[above] && /^[^\s，。！？：:；、]{2,12}$/.test(texts[above]!.trim()))
    verdict[above] = FORUM_BUTTONS;
}

/** The first kept line from line i in direction `step`, or -1. */
export function keptFrom(texts: string[], verdict: (string | null)[], i: number, step: 1 | -1): number {
  for (let j = i + step; j >= 0 && j < texts.length; j += step) if (texts[j]!.trim() && !verdict[j]) return j;
  return -1;
}

/** The last non-blank line before line i, or -1. */
export function previousLine(texts: string[], i: number): number {
  let k = i - 1;
  while (k >= 0 && !texts[k]!.trim()) k--;
  return k;
}

/** A post's floor on its card: 2楼, 3#, 沙发, or the thread's poster's badge (楼主, and on his later posts 楼主| 5#). */
const FLOOR_MARK_RE = /^(?:楼主\s*[|｜]?\s*)?\d{1,4}\s*(?:楼|#)$|^(?:沙发|板凳|地板|楼主)$/;
/** A Discuz X card's buttons under the author's counts (发消息, and 电梯直达 on the first post's): no name. */
const CARD_BUTTON_RE = /^(?:发消息|发短消息|加好友|打招呼|电梯直达)$/;
const nameLike = (t: string) => t.length <= 24 && !/[。！？；，,]/.test(t);

/** The name heading the card ending at line `foot` (floor or time): the first short line, no sentence, above the
 *  card's own lines (UID 20517, 积分 356, 2楼), or right above `foot` under the floor's number (2# / 文海拾贝 /
 *  发表于 …); "" when no card stands there. */
export function cardAuthorAbove(texts: string[], foot: number): string {
  let cardLines = 0;
  let first = "";
  for (let j = foot - 1; j >= Math.max(0, foot - CARD_LINES - 2); j--) {
    const t = texts[j]!.trim();
    if (!t) continue;
    if (CARD_MARK_RE.test(t) || FLOOR_MARK_RE.test(t) || CARD_BUTTON_RE.test(t)) {
      if (first) return FLOOR_MARK_RE.test(t) && nameLike(first) ? first : "";
      cardLines++;
      continue;
    }
    if (cardLines > 0) return nameLike(t) ? t : "";
    if (first) return "";
    first = t;
  }
  return "";
}

export const FORUM_BUTTONS = "论坛界面文字";

const TRIANGLE_RE = /^[▲△]/;

/** A ▲ line that can only be a caption: a picture, a scene, a date (4月12日), a credit. */
const TRIANGLE_CAPTION_RE = /图|照片|现场|摄|\d{1,2}月\d{1,2}日/;
/** A caption's part of the month: the date, who did what where, and no stop (▲ 4月下旬，区消防救援大队在东湖社区开展…
 *  夜查). A speech's timeline dates its points so, each a sentence with its stop over its paragraph (▲4月上旬，全面启动
 *  隐患排查。), and no point of it makes the page one of captions. */
const TRIANGLE_XUN_RE = /\d{1,2}月[上中下]旬[，,\s][^。！？；]*在[^。！？；]{2,}$/;

/** Marks the ▲ lines standing alone between paragraphs on a page whose ▲ sets off captions (one of them shows a
 *  picture, a scene, a date or a credit, stands under a picture's place holder, or the line rules already read it
 *  as one): one sentence at most. ▲ lines
 *  next to each other, or a page's ▲ lines none of which is a caption, are a speech's points and stay; so are the
 *  lines a Markdown export marks as heads (**▲ 认清形势**: it sets its captions in italics). */
export function markTriangleCaptions(
  texts: string[],
  verdict: (string | null)[],
  heads: ReadonlySet<number> = new Set(),
): void {
  // …or right under a picture's place holder (图片 / [图片]), which the line rules mark so.
  const captions = texts.some(
    (raw, i) =>
      TRIANGLE_RE.test(raw.trim()) &&
      (verdict[i] === "图片说明" ||
        TRIANGLE_CAPTION_RE.test(raw) ||
        TRIANGLE_XUN_RE.test(raw.trim()) ||
        verdict[previousLine(texts, i)] === "图片说明"),
  );
  if (!captions) return;
  // A caption's twin in another language under it (▲ The meeting was held …), removed already, is no neighbour.
  const neighbour = (i: number, step: number) => {
    for (let j = i + step; j >= 0 && j < texts.length; j += step)
      if (texts[j]!.trim() && !verdict[j]) return texts[j]!.trim();
    return "";
  };
  texts.forEach((raw, i) => {
    const t = raw.trim();
    if (verdict[i] || heads.has(i) || t.length > 80 || !TRIANGLE_RE.test(t) || (t.match(/[。！？]/g)?.length ?? 0) > 1)
      return;
    if (TRIANGLE_RE.test(neighbour(i, -1)) || TRIANGLE_RE.test(neighbour(i, 1))) return;
    verdict[i] = "图片说明";
  });
}

/** A document app's comment card between a draft's paragraphs: 评论 (or 批注), the commenter and the time
 *  (××（区应急局） 05-20 10:14), the comment, and its buttons (回复 · 解决). */
const COMMENT_HEAD_RE = /^(?:评论|批注|审阅意见)(?:\s*[（(]\d{1,3}[)）])?$/;
/** ××（区应急局） 05-20 10:14, or an app's 写材料的老王 · 2024-03-18 · 山东 (the name, the day, the province). */
const COMMENTER_RE =
  /^[^\s\d。，！？][^\s。，！？]{0,29}?(?:\s*(?:\d{4}[-/])?\d{1,2}[-/]\d{1,2}\s*\d{1,2}:\d{2}|\s*[·・]\s*(?:\d{4}[-/])?\d{1,2}[-/]\d{1,2}(?:\s*\d{1,2}:\d{2})?(?:\s*[·・]\s*[\u4e00-\u9fff]{2,8})?)$/;
/** A button, with the count beside it (赞 12). */
const COMMENT_BUTTON = "(?:回复|解决(?:线程)?|已解决|重新打开(?:线程)?|删除(?:线程)?|编辑|赞|点赞)(?:\\s*\\d{1,6})?";
const COMMENT_BUTTONS_RE = new RegExp(`^${COMMENT_BUTTON}(?:(?:\\s*[·・|｜]\\s*|\\s+)?${COMMENT_BUTTON})*$`);
/** Two buttons or more and nothing else, one of them to resolve the comment (解决　回复): a document's comment thread,
 *  wherever its card is, which no sentence is. */
const BUTTON_ROW_RE = needs(
  ["解决", "重新打开"],
  new RegExp(`^(?=.*(?:解决|重新打开))${COMMENT_BUTTON}(?:(?:\\s*[·・|｜]\\s*|\\s+)?${COMMENT_BUTTON})+$`),
);
/** A commenter's name on a line of its own (赵婧, 张红梅（安环部）), and the time under it (10月12日 14:05). */
const COMMENTER_NAME_RE = /^[^\s\d。，！？：:@][^\s。，！？：:]{1,14}$/;
const COMMENT_TIME_RE = /^(?:(?:\d{4}[-/年])?\d{1,2}[-/月]\d{1,2}日?|昨天|今天)\s*\d{1,2}:\d{2}$/;
const COMMENT_LINES = 3;
/** The commenter is the author (山城老笔杆（答主）, 作者, 楼主), and what he posts says it carries on (接上文：…). */
const AUTHOR_BADGE_RE = /[（(](?:答主|作者|楼主|题主)[）)]|(?:答主|楼主)\s*(?:\d|$)/;
export const CONTINUES_RE = /^(?:接上文|接上楼|接楼上|续上楼|承上楼|接上|续上文|续上|接前文)\s*[：:]/;
const REPLY_CHARS = 150;

/** Line k trimmed, or "" past the page's end (a module function: called for every line, no closure per call). */
const at = (texts: string[], k: number) => texts[k]?.trim() ?? "";

/** Where a comment card's text starts after its head at i: 评论 over the commenter and time; or, with no head, the
 *  commenter and time on one line or on two (a card that must then end in its buttons to count). */
function commentCardAt(texts: string[], i: number): { body: number; headed: boolean } | null {
  if (COMMENT_HEAD_RE.test(at(texts, i)) && COMMENTER_RE.test(at(texts, i + 1))) return { body: i + 2, headed: true };
  if (COMMENTER_RE.test(at(texts, i))) return { body: i + 1, headed: false };
  if (COMMENTER_NAME_RE.test(at(texts, i)) && COMMENT_TIME_RE.test(at(texts, i + 1)))
    return { body: i + 2, headed: false };
  return null;
}

/** Marks each comment card that ends in its buttons: the head, the commenter, the comment's lines and the
 *  buttons. Without its buttons a card's end is unknown: a headed card's head and commenter go, nothing else. */
export function markCommentCards(texts: string[], verdict: (string | null)[]): void {
  let lastCardEnd = -2;
  for (let i = 0; i + 1 < texts.length; i++) {
    const card = commentCardAt(texts, i);
    if (!card) continue;
    let end = -1;
    for (let j = card.body; j < texts.length && j <= card.body + COMMENT_LINES; j++) {
      const t = texts[j]!.trim();
      if (!t) break;
      if (COMMENT_BUTTONS_RE.test(t) && j > card.body) {
        end = j;
        // Buttons on lines of their own (回复 / 解决线程) close the card together.
        while (end + 1 < texts.length && COMMENT_BUTTONS_RE.test(texts[end + 1]!.trim())) end++;
        break;
      }
    }
    // A reply under a card, its last, may stand without buttons: its one line of text.
    const reply = lastCardEnd === i - 1 && (texts[card.body]?.trim().length ?? 0) <= REPLY_CHARS;
    if (end < 0 && !card.headed && reply) end = card.body;
    if (end < 0 && !card.headed) continue;
    const last = end > 0 ? end : card.body - 1;
    // The answerer's own comment carrying on his text where the site cut it (接上文：…): its head and buttons go, the
    // text stays (its label is cut inline, noise-injections.ts).
    const own = AUTHOR_BADGE_RE.test(texts[card.body - 1]!) && CONTINUES_RE.test(texts[card.body]!.trim());
    for (let k = i; k <= last; k++) if (!own || k < card.body || (end > 0 && k >= end)) verdict[k] ??= "批注";
    lastCardEnd = last;
  }
  // A thread the rules above do not read (💬 name：… stamped at its end) still leaves its buttons on a line of their
  // own, which the next paragraph would otherwise take as its first words.
  texts.forEach((t, i) => {
    if (!verdict[i] && mayMatch(BUTTON_ROW_RE, t) && BUTTON_ROW_RE.test(t.trim())) verdict[i] = "批注";
  });
  markStampedAppComments(texts, verdict);
  markMicroblogReposts(texts, verdict);
}

/** A reader's comment with the time it was posted after it (江边听雨：顶 2024-4-18 21:40; 张三 回复 李四：… 2024-4-18
 *  21:55): a name and a colon, what they wrote, then the stamp. */
const STAMPED_COMMENT_RE = new RegExp(
  String.raw`^[^\s：:，。！？]{1,20}(?:\s*回复\s*[^\s：:，。！？]{1,20})?[：:].{1,150}?\s*${POST_TIME}$`,
);
/** A forum's 点评 under a floor: the name set off by spaces only (老周在乡下  写得很实在  2025-4-9 22:03). */
const REMARK_RE = new RegExp(String.raw`^.{2,150}?\s*${POST_TIME}$`);
/** What a forum or an app prints around comments: their count (回复(3)), a floor, an author's card, 点评. */
const COMMENT_CHROME = new Set(["论坛界面文字", "网友评论"]);

/** Marks runs of stamped comments that a forum's or an app's chrome opens (回复(3) over the replies to a floor).
 *  The shape alone is no proof: a speech may read out a duty log (值班室：人员已全部转移 2024-07-21 22:30). */
export function markStampedComments(texts: string[], verdict: (string | null)[]): void {
  for (let i = 0; i < texts.length; i++) {
    const before = previousLine(texts, i);
    const remarks = before >= 0 && texts[before]!.trim() === "点评";
    const stamped = remarks ? REMARK_RE : STAMPED_COMMENT_RE;
    if (verdict[i] || !stamped.test(texts[i]!.trim())) continue;
    const run: number[] = [];
    let j = i;
    for (; j < texts.length; j++) {
      const t = texts[j]!.trim();
      if (!t) continue;
      if (verdict[j] || !stamped.test(t)) break;
      run.push(j);
    }
    if (remarks || (before >= 0 && COMMENT_CHROME.has(verdict[before] ?? ""))) {
      if (remarks) verdict[before] ??= "论坛界面文字";
      for (const k of run) verdict[k] = "网友评论";
    }
    i = j - 1;
  }
}

/** The longest line taken for a button or a name left between comments, and the most such lines in a row. */
const STRANDED_CHARS = 8;
const STRANDED_RUN = 3;
/** What a line stranded between lines removed for these reasons is part of: a thread's comments and cards. A reply
 *  (论坛回帖) strands a line only with one of the others on its other side (我也说一句 under replies, over a card). */
const STRANDING = new Set(["论坛界面文字", "网友评论", "公众号界面文字", "批注", "相关文章列表"]);
const REPLY = "论坛回帖";

/** Marks short lines without a stop that stand, one to three in a row, between two lines removed as a thread's or
 *  an app's chrome, with nothing but blank lines between (a comment box's 我也说一句 under the comments, then the
 *  next post's author's name). Not between captions or page numbers, which a speech's own short lines (a slogan, an
 *  unnumbered heading, 结束语) stand between as often. Titles, headings, salutations and dates stay. Only after the
 *  first sentence of text: above it, the cover rules (speech-covers.ts) read what stands around the title. */
export function markStrandedLines(texts: string[], verdict: (string | null)[], guarded: (i: number) => boolean): void {
  const short = (i: number) => {
    const t = texts[i]!.trim();
    return !verdict[i] && t.length <= STRANDED_CHARS && !/[。！？；：:!?;]/.test(t) && !guarded(i);
  };
  const stranded: number[] = [];
  let i = texts.findIndex((t, k) => !verdict[k] && t.trim().length >= 20 && /[。！？]/.test(t));
  if (i < 0) return;
  while (i < texts.length) {
    if (!texts[i]!.trim() || !short(i)) {
      i++;
      continue;
    }
    // The run of short lines from i, blank lines between them allowed, and the line after it.
    const run: number[] = [];
    let j = i;
    for (; j < texts.length; j++) {
      if (!texts[j]!.trim()) continue;
      if (!short(j)) break;
      run.push(j);
    }
    const before = previousLine(texts, i);
    const chrome = (k: number) => k >= 0 && k < texts.length && STRANDING.has(verdict[k] ?? "");
    const reply = (k: number) => k >= 0 && k < texts.length && verdict[k] === REPLY;
    const between = (chrome(before) && (chrome(j) || reply(j))) || (reply(before) && chrome(j));
    if (run.length <= STRANDED_RUN && between) stranded.push(...run);
    i = j;
  }
  for (const k of stranded) verdict[k] = "夹在网站杂质之间的短行";
}
