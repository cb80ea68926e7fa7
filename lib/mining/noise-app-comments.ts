// An app's comments with the stamp under the text (知乎, 头条): the commenter's name, what they wrote, then the day
// and the province (05-17 · 山东) and the buttons with their counts (回复 12). The stamp right over the buttons, or
// with them on its line (9月30日 19:02 · 回复 · 赞 56), is the mark; two such comments make a comment section, and
// each comment runs up from its stamp to the name (the province may stand beside it: 东港老王　浙江). A 微博 repost
// stands right over its row of time and buttons, its author's name and a colon at its head.
import { isClosingStart, isSalutation, isTitleLine, parseEnumerator } from "./outline-patterns";

const DAY = "(?:(?:\\d{4}[-/])?\\d{1,2}[-/]\\d{1,2}|(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日|今天|昨天|前天)";
/** The time of day, or how long ago: what a comment's stamp on one line with its buttons must show. */
const TIME = "(?:\\d{1,2}:\\d{2}|\\d{1,2}(?:分钟|小时|天)前|刚刚)";
const PLACE = "(?:\\s*[·・]\\s*(?:IP属地[：:]?)?[\\u4e00-\\u9fff]{2,8})?";
const STAMP = `(?:${DAY}(?:\\s*\\d{1,2}:\\d{2})?|${TIME})${PLACE}`;
const TIMED_STAMP = `(?:${DAY}\\s*)?${TIME}${PLACE}`;
const BUTTON = "(?:回复|赞|点赞|喜欢|举报)(?:\\s*\\d{1,6})?";
const BUTTONS = `${BUTTON}(?:(?:\\s*[·・|｜]\\s*|\\s+)?${BUTTON})*`;
const STAMP_RE = new RegExp(`^${STAMP}$`);
const BUTTONS_RE = new RegExp(`^${BUTTONS}$`);
/** 9月30日 19:02 · 回复 · 赞 56: timed, and its buttons set off by a dot or a bar, or its reply button after the
 *  province (05-21 14:32·湖南　回复　赞23) (9月30日 · 群众举报, 5月21日 14:32·市民来电举报, 10月8日回复 in a speech's
 *  list of cases are no stamps). */
const STAMP_AND_BUTTONS_RE = new RegExp(
  `^${TIMED_STAMP}\\s*[·・|｜]\\s*${BUTTONS}$|^(?:${DAY}\\s*)?\\d{1,2}:\\d{2}\\s*[·・]\\s*[\\u4e00-\\u9fff]{2,4}\\s*回复(?:\\s*(?:赞|点赞)(?:\\s*\\d{1,6})?)?$`,
);
/** A commenter's name, short, no sentence nor list in it, no heading; the province may follow it. */
const NAME_RE = /^[^\s。，、！？：:]{1,16}(?:\s+[\u4e00-\u9fff]{2,3})?$/;
/** A comment's text: a line or two, short. */
const COMMENT_LINES = 2;
const COMMENT_CHARS = 150;
const MIN_COMMENTS = 2;
const COMMENT = "网友评论";
/** A 微博 repost's row under it: its time and its three buttons (5-22 20:58　转发　评论　赞 14). */
const REPOST_ROW_RE = new RegExp(
  `^${TIMED_STAMP}(?:\\s*来自\\s*\\S+?)?\\s*[·・]?\\s*(?:转发|评论|赞)(?:\\s*\\d{1,6})?(?:\\s*[·・]?\\s*(?:转发|评论|赞)(?:\\s*\\d{1,6})?){2}$`,
);
/** A 微博 comment's row under it: its time, where it was sent from, and its buttons (6-3 17:02 来自湖南 回复 赞 18). */
const COMMENT_ROW_RE = new RegExp(
  `^${TIMED_STAMP}\\s*来自\\s*[\\u4e00-\\u9fff]{2,8}\\s*回复(?:\\s*(?:赞|点赞)(?:\\s*\\d{1,6})?)?$`,
);
/** The repost over it: its author's name and a colon, then what he wrote (云岫应急管理：学习贯彻！…). */
const NAMED_REPOST_RE = /^[^\s。，、！？：:]{1,20}[：:]\S/;

export function markStampedAppComments(texts: string[], verdict: (string | null)[]): void {
  // Each stamp with the line that ends its comment: the buttons under it, or the stamp itself.
  const stamps = texts.flatMap((t, i) =>
    STAMP_RE.test(t.trim()) && BUTTONS_RE.test(texts[i + 1]?.trim() ?? "")
      ? [[i, i + 1]]
      : STAMP_AND_BUTTONS_RE.test(t.trim())
        ? [[i, i]]
        : [],
  );
  if (stamps.length < MIN_COMMENTS) return;
  for (const [at, last] of stamps as [number, number][]) {
    // Up from the stamp: the comment's line or two, then the name; anything else (a paragraph, a heading, a blank
    // line) means this is no comment of that shape.
    // The first short line without a stop above the text is the name's place: a speech's own line there (its
    // closing 谢谢大家, a heading) means the comment has no name line, and it is left.
    let name = -1;
    for (let k = at - 1; k >= 0 && k >= at - 1 - COMMENT_LINES; k--) {
      const t = texts[k]!.trim();
      if (!t || verdict[k] === COMMENT || t.length > COMMENT_CHARS || parseEnumerator(t)) break;
      if (k === at - 1 || /[。！？，,!?]/.test(t)) continue;
      if (NAME_RE.test(t) && !isClosingStart(t) && !isSalutation(t) && !isTitleLine(t)) name = k;
      break;
    }
    if (name < 0) continue;
    for (let k = name; k <= last; k++) verdict[k] ??= COMMENT;
  }
}

/** Marks each 微博 repost or comment over its row of time and buttons: the row is the mark, the line right above it the repost
 *  when it opens with its author's name and a colon and is a comment's length. */
export function markMicroblogReposts(texts: string[], verdict: (string | null)[]): void {
  markLoneButtonCounts(texts, verdict);
  texts.forEach((t, i) => {
    if (!(REPOST_ROW_RE.test(t.trim()) || COMMENT_ROW_RE.test(t.trim())) || i === 0) return;
    const above = texts[i - 1]!.trim();
    if (NAMED_REPOST_RE.test(above) && above.length <= COMMENT_CHARS && !parseEnumerator(above) && !isTitleLine(above))
      verdict[i - 1] ??= COMMENT;
  });
}

/** 赞 301: one button of a post's bar with its count, alone on its line, beside another line of the bar the rules took
 *  (转发 56 / 评论 23 above it, or the bare 收藏 / 分享 under it). */
const LONE_BUTTON_COUNT_RE = /^(?:赞|点赞|转发|评论|收藏|在看|分享)\s*\d{1,7}(?:\.\d)?[万千wWkK]?$/;
const BAR_BUTTON_RE = /^(?:赞|点赞|转发|评论|收藏|在看|分享)\s*(?:\d{1,7}(?:\.\d)?[万千wWkK]?)?$/;
function markLoneButtonCounts(texts: string[], verdict: (string | null)[]): void {
  texts.forEach((t, i) => {
    if (verdict[i] || !LONE_BUTTON_COUNT_RE.test(t.trim())) return;
    const bar = [i - 1, i + 1].some((k) => verdict[k] && BAR_BUTTON_RE.test(texts[k]?.trim() ?? ""));
    if (bar) verdict[i] = "论坛界面文字";
  });
}
