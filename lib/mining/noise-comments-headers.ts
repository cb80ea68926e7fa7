// A header over readers' comments (网友评论（3）/ an intranet's 员工评论（共3条）/ 评论（3） 我来说两句 / 发表评论 /
// 全部评论 / 热门跟帖 / a video app's 作者赞过的评论 / a 公众号's 精选留言 12 /
// a blog's 评论 with its notice and [发评论] button; its sort buttons after it: 最热｜最新; an old site's notice in
// brackets after it: 网友评论：（只显示最新10条。…）, not a speech's 网友留言（节选）): comments are sentences, longer than
// links. A bare count after the words (精选留言 12) is also how a speech gives a figure (网友留言 1268 / 已办结 1215): such
// a line heads comments only where a reader's named comment follows it, or where the speech has ended above it.
import { isClosingStart } from "./outline-patterns";
import { keptFrom, previousLine } from "./noise-page-cards";
import { isOpinionsHeader } from "./noise-platform-pages";

const COMMENTS_HEADER_RE =
  /^[【\[]?(?:(?:网友|读者|[\u4e00-\u9fff]友|用户|会员|学员|粉丝)评论|全部评论|作者赞过的(?:评论|留言)|最新评论|热门评论|精彩评论|精选评论|评论区|发表评论|我要评论|评论(?=[（(]\d)|写下你的评论(?:\.{3}|…)?|评论\s*(?:重要提示|温馨提示)[：:][^。！？]{0,20}|按热度\s*按时间|(?:热门|最新|全部|精彩)跟帖|(?:精选|全部|热门|最新|读者|网友)?留言(?:区|板)?|写(?:下你的)?留言|评论.{0,30}[【\[]发表?评论[】\]])(?:[（(]\d{1,5}[)）])?[】\]]?(?:\s*[|｜·]?\s*(?:我来说两句|我要评论|发表评论))?(?:\s*(?:最热|最新|热门|按热度|按时间)(?:\s*[｜|/·]\s*(?:最热|最新|热门|按热度|按时间))*)?\s*[：:>»›]*(?:[（(](?=[^（）()]{0,60}(?:显示|观点|立场|代表|文明|理性))[^（）()]{2,60}[)）])?$/;
/** 文档评论（3）: a 文库's header in its own word for what it holds; a speech quotes such a count too (文章评论（3）, then
 *  what it means), so it heads comments only where a reader's named comment follows it. */
const HOLDINGS_HEADER_RE = /^[【\[]?(?:文档|文章|范文|资料)评论[（(]\d{1,5}[)）][】\]]?\s*[：:]?$/;
/** 精选留言 12: the header's words, then a bare count. */
const BARE_COUNT_RE = /^([^\d]{2,12}?)\s*\d{1,5}$/;
/** 熔炼车间老胡：厂长讲得实在… / 作者回复：…: a reader's comment, his name before a colon. */
const NAMED_COMMENT_RE = /^[^\s，,。！？!?：:“”"]{1,16}[：:]\s*\S/;
/** 学员评论 / 用户评论: a header in the site's own word for its readers, alone — a speech's own line too (学员评论 over
 *  what the trainees wrote), so it heads comments only where they show. */
const READERS_WORD_ALONE_RE = /^(?!网友)(?:[\u4e00-\u9fff]友|用户|会员|学员|粉丝)评论\s*[：:]?$/;
/** 员工评论（共3条） / 职工评论: an intranet's header over its staff's comments — and how a speech quotes its own
 *  employees by name (职工评论： over 机修车间老李：…), a count included; so it heads comments only among the page's
 *  removed chrome or after the speech's end, with a comment's dated or named line right below it. */
const STAFF_HEADER_RE = /^[【\[]?(?:员工|职工)评论(?:[（(]共?\d{1,5}条?[)）])?[】\]]?\s*[：:]?$/;
/** 老郑_1979　2025-03-02 / 2025年3月2日: a comment's date. */
const COMMENT_DATE_RE = /\d{4}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?$/;
/** The speech's own last words above (谢谢大家！ / 同志们，…): what follows is the page's. */
const SPEECH_END_RE = /^(?:谢谢|散会)/;

/** 共188条评论 / 共 56 条评论 / 全部 18 条回复: an app's header over a post's comments, their count first. It is a speech's
 *  figure too (共1268条留言 over 其中：… or a quoted 王大爷：…, 共56条评论： over the comments the speaker reads out), so it
 *  heads comments only among the post's own chrome: the line right above it was removed (the post's date, place or
 *  bar), or the speech ended above it. A named line below proves nothing: a speech quotes its netizens by name. */
const COUNTED_COMMENTS_RE = /^(?:共|全部)\s*\d{1,6}(?:\.\d)?[万wW]?\s*条(?:评论|留言|回复)\s*[：:>›]?$/;

/** 留言精选 / 评论精选: the header's words the other way round, as a speech may head the messages it reads out (同志们，
 *  …我挑几条念念。 / 留言精选 / 城北张师傅：…, then its own paragraphs). A speech's lead-in looks like a closing and a
 *  caption or page footer above it is removed too, so neither proves the speech has ended: such a header takes only
 *  the comment-shaped lines under it (markPickedComments), never the free list markRelatedLists takes. */
const PICKED_HEADER_RE = /^[【\[]?(?:留言|评论)精选[】\]]?\s*[：:]?$/;
/** 评论 23: a post's bar of counts ends in it, and the comments follow under it. A speech's figure too (播放 / 点赞 /
 *  评论 2316 over a netizen it quotes), so it is read as 留言精选 is, over a named comment right below it. */
const COMMENTS_COUNT_RE = /^评论\s*\d{1,6}(?:\.\d)?[万wW]?$/;

/** 学习笔记（26）　最新 | 最热: a study site's header over its readers' notes on the piece (学员心得（8）, 读后感（3）), their
 *  count on it. A blog's series is titled so too (学习笔记（3） over the speech it copies), so it heads notes only
 *  with the site's sort buttons on it, the box to write one under it, or the speech's closing right above it. */
const NOTES_HEADER_RE =
  /^[【\[]?(?:学习|读书|学员|读者|网友|课程)?(?:笔记|心得|感悟|体会|读后感)[（(]\d{1,5}[)）][】\]]?(\s*(?:最新|最热|热门|按热度|按时间)(?:\s*[｜|/·]\s*(?:最新|最热|热门|按热度|按时间))*)?$/;
/** 我要写笔记 / 写心得: the box to write a note. */
const WRITE_NOTE_RE = /^(?:我要|我来)?写(?:学习)?(?:笔记|心得|感悟|体会|读后感)$/;

/** Another line of the page is header t's words with another count (学习体会（1） above 学习体会（2）): a series'
 *  numbered pieces, not the count of readers' notes, which a page prints once. */
function numbersSeries(texts: string[], i: number, t: string): boolean {
  const words = t.replace(/[（(]\d{1,5}[)）][】\]]?$/, "");
  return texts.some(
    (u, k) => k !== i && u.trim() !== t && NOTES_HEADER_RE.test(u.trim()) && u.trim().startsWith(words),
  );
}

/** Line i's text reads as a comments header (a bare count allowed): a list of links ends where one begins. */
export function looksLikeCommentsHeader(t: string): boolean {
  const bare = BARE_COUNT_RE.exec(t);
  return (
    COMMENTS_HEADER_RE.test(t) ||
    COUNTED_COMMENTS_RE.test(t) ||
    PICKED_HEADER_RE.test(t) ||
    HOLDINGS_HEADER_RE.test(t) ||
    (!!bare && COMMENTS_HEADER_RE.test(bare[1]!.trim()))
  );
}

const keptLine = (texts: string[], verdict: (string | null)[], i: number, step: 1 | -1) =>
  texts[keptFrom(texts, verdict, i, step)]?.trim() ?? "";

/** Line i heads readers' comments: the header's words, or with a bare count where a named comment follows or the
 *  speech's closing stands right above. */
export function isCommentsHeader(texts: string[], verdict: (string | null)[], i: number): boolean {
  const t = texts[i]!.trim();
  const bare = BARE_COUNT_RE.exec(t);
  const alone = READERS_WORD_ALONE_RE.test(t);
  if ((COMMENTS_HEADER_RE.test(t) && !alone) || isOpinionsHeader(texts, verdict, i)) return true;
  if (STAFF_HEADER_RE.test(t)) return staffHeader(texts, verdict, i);
  if (HOLDINGS_HEADER_RE.test(t)) return NAMED_COMMENT_RE.test(keptLine(texts, verdict, i, 1));
  const notes = NOTES_HEADER_RE.exec(t);
  if (notes) {
    const above = keptLine(texts, verdict, i, -1);
    // (A series numbers its pieces so: 学习体会（2） under the first piece's 谢谢大家！ heads the next.)
    const ended = (isClosingStart(above) || SPEECH_END_RE.test(above)) && !numbersSeries(texts, i, t);
    return !!notes[1] || ended || WRITE_NOTE_RE.test(keptLine(texts, verdict, i, 1));
  }
  const counted = COUNTED_COMMENTS_RE.test(t);
  if (!alone && !counted && (!bare || !COMMENTS_HEADER_RE.test(bare[1]!.trim()))) return false;
  const above = keptLine(texts, verdict, i, -1);
  const below = keptLine(texts, verdict, i, 1);
  const ended = isClosingStart(above) || SPEECH_END_RE.test(above);
  if (counted) return ended || !!verdict[previousLine(texts, i)];
  const commentBelow = NAMED_COMMENT_RE.test(below) || (alone && COMMENT_DATE_RE.test(below));
  return commentBelow || ended;
}

/** A reader's comment's furniture: its likes (37 / 赞 12), its time or place (3月10日 / 2025-03-02 10:21 / IP属地：山东),
 *  a pin (置顶), the reply and write buttons; or a row of them under the comment (3月28日 · 赞 12 · 回复). A speech
 *  reads its netizens' words out, never these. */
const FURNITURE_ITEM =
  "(?:(?:赞|点赞)?\\s*\\d{1,6}(?:\\.\\d)?[万wW]?|(?:\\d{4}[-/.年])?\\d{1,2}[-/.月]\\d{1,2}日?(?:\\s+\\d{1,2}:\\d{2})?(?:\\s*[·•]?\\s*IP属地[：:]?\\s*[\\u4e00-\\u9fff]{2,8})?|IP属地[：:]?\\s*[\\u4e00-\\u9fff]{2,8}|\\d{1,2}\\s*(?:分钟|小时|天)前|置顶|回复|写留言|写评论)";
const COMMENT_FURNITURE_RE = new RegExp(`^${FURNITURE_ITEM}(?:\\s*[·•|｜]\\s*${FURNITURE_ITEM})*$`);
/** 写评论... / 写下你的留言… / 说点什么: the box to write one, between the header and the first comment. */
const WRITE_BOX_RE = /^(?:写评论|写留言|写下你的(?:评论|留言)|说点什么吧?)\s*(?:\.{2,6}|…{1,2})?$/;
/** 作者回复：… / 作者：… / 老郑说安全（作者）：…: the account's reply to a reader. */
const AUTHOR_REPLY_RE = /^(?:作者(?:回复)?|[^\s，,。！？!?：:“”"]{1,16}[（(]作者[)）])\s*[：:]\s*\S/;

/** Under 留言精选 / 评论精选 / 评论 23 that stands among the post's chrome or under a closing (the line right above removed,
 *  or a closing's start above it): the run of comment-shaped lines below — the box to write one (写评论...), named
 *  comments (name：…), the account's replies and the comments' furniture — up to the first line of any other shape,
 *  and only where the run shows a reader's comment by more than a name (a like count, a time, a pin, the author's
 *  reply): messages a speech reads out carry a name alone. The speech's own paragraphs below are never
 *  comment-shaped, so they stay. */
export function markPickedComments(texts: string[], verdict: (string | null)[]): void {
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i]!.trim();
    const picked = PICKED_HEADER_RE.test(t);
    if (!picked && !COMMENTS_COUNT_RE.test(t)) continue;
    if (!isClosingStart(keptLine(texts, verdict, i, -1)) && !verdict[previousLine(texts, i)]) continue;
    const run: number[] = [];
    let named = 0;
    let shown = false;
    for (let j = i + 1; j < texts.length; j++) {
      const c = texts[j]!.trim();
      if (!c) continue;
      if (!named && WRITE_BOX_RE.test(c)) {
        run.push(j);
        continue;
      }
      const reply = AUTHOR_REPLY_RE.test(c);
      const furniture = COMMENT_FURNITURE_RE.test(c);
      if (!reply && !furniture && !NAMED_COMMENT_RE.test(c)) break;
      // 评论 23 heads comments only with a named one right below it: the bar's own 评论 41 heads nothing.
      if (!picked && !named && !NAMED_COMMENT_RE.test(c)) break;
      if (!reply && !furniture) named++;
      shown ||= reply || furniture;
      run.push(j);
    }
    if (!named || !shown) continue;
    verdict[i] ??= "网站页眉页脚";
    for (const j of run) verdict[j] ??= "网友评论";
    i = run[run.length - 1]!;
  }
}

/** A staff header at line i stands among removed chrome (the line above it was removed) or below the speech's closing,
 *  and a comment's line follows it: a date (工号…　2024-07-09 14:12) or a name before a colon. */
function staffHeader(texts: string[], verdict: (string | null)[], i: number): boolean {
  const above = keptLine(texts, verdict, i, -1);
  const below = keptLine(texts, verdict, i, 1);
  const placed = !!verdict[previousLine(texts, i)] || isClosingStart(above) || SPEECH_END_RE.test(above);
  return placed && (COMMENT_DATE_RE.test(below) || NAMED_COMMENT_RE.test(below));
}
