// A social feed's post copied with the text it shares (a 朋友圈 or a QQ空间 view): under the post, its row of likes
// (♡ 老郑，李小燕，…) with the post's buttons over it (删除), and the friends' comments under it (老郑：转发了… / 周红梅 回复
// 老郑：谢谢！); below, another friend's post folded after its first words (龙哥 / 县里开了…从严查处…… / 全文 / 9月27日
// 07:52). None of it is the speech's; each is known by the like row's heart or by the fold's shape.
import { isOpeningStart, isTitleLine, parseEnumerator } from "./outline-patterns";

const POST_CHROME = "朋友圈互动（点赞、评论）";
const FOLDED_POST = "折叠的他人动态";

const NAME = '[^\\s，,、。！？!?：:“”"]{1,16}';
/** ♡ 老郑，李小燕，王师傅（客运站）: a heart, then the names of those who liked the post, two or more. */
const LIKES_ROW_RE = new RegExp(`^[♡♥❤]\\uFE0F?\\s*${NAME}(?:\\s*[，,、]\\s*${NAME})+$`);
/** 老郑：转发了… / 平安出行·周红梅 回复 老郑：谢谢郑队！: a friend's comment, his name (and whom he answers) before a colon. */
const COMMENT_RE = new RegExp(`^${NAME}(?:\\s*回复\\s*${NAME})?\\s*[：:]\\s*\\S`);
const COMMENT_MAX = 120;
/** A comment this much longer than those above it is no friend's reply but a speech's words after a speaker's name. */
const LONGER_THAN_COMMENTS = 3;
const COMMENT_SHORT = 20;
/** A speaker's words begin with his salutation (同志们，/ 各位…：) or his opening (今天召开…). */
const opensSpeech = (said: string) =>
  isOpeningStart(said) ||
  /^(?:各位|尊敬的)?[^，,。！？：:]{0,10}(?:同志们|同事们|乡亲们|朋友们|老师们|同学们)[，,：:！!]/.test(said);
/** The post's own buttons over its likes (删除, 收起), a line each. */
const POST_BUTTON_RE = /^(?:删除|收起|评论|赞)$/;
/** Lines above the like row that may be the post's buttons and its time. */
const BUTTONS_ABOVE = 3;
/** 2023年9月26日 20:18 / 9月27日 07:52 / 昨天 18:20 / 3小时前: when a post was made. */
const POST_STAMP_RE =
  /^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日|昨天|前天|今天)?\s*\d{1,2}:\d{2}$|^\d{1,2}(?:分钟|小时|天)前$|^(?:\d{4}年)?\d{1,2}月\d{1,2}日$/;
/** A folded post's button that unfolds it. */
const FOLD_RE = /^(?:全文|展开|展开全文)$/;
const NAME_LINE_RE = /^[^\s，,。！？!?：:、；]{1,12}$/;
const FOLDED_MAX = 200;

/** Marks a post's likes, buttons and comments, and other friends' folded posts. */
export function markMomentsPosts(texts: string[], verdict: (string | null)[]): void {
  texts.forEach((raw, i) => {
    if (LIKES_ROW_RE.test(raw.trim())) markLikesAndComments(texts, verdict, i);
  });
  markFoldedPosts(texts, verdict);
}

/** The row must stand under its post's time, past the post's buttons (a speech's slogan may open with a heart). */
function markLikesAndComments(texts: string[], verdict: (string | null)[], row: number): void {
  const buttons: number[] = [];
  let stamp = -1;
  for (let k = row - 1; k >= Math.max(0, row - BUTTONS_ABOVE) && stamp < 0; k--) {
    const t = texts[k]!.trim();
    if (POST_STAMP_RE.test(t)) stamp = k;
    else if (POST_BUTTON_RE.test(t)) buttons.push(k);
    else break;
  }
  if (stamp < 0) return;
  for (const k of [stamp, ...buttons, row]) verdict[k] ??= POST_CHROME;
  // The comments run on under the row, one a line, up to the first line that is none (a blank line ends them), nor
  // a speaker's words after his name (陈局长：同志们，… — a transcript opening under the post).
  let longest = 0;
  for (let k = row + 1; k < texts.length; k++) {
    const t = texts[k]!.trim();
    if (!t || t.length > COMMENT_MAX || !COMMENT_RE.test(t) || parseEnumerator(t)) break;
    const said = t.slice(t.search(/[：:]/) + 1).trim();
    if (opensSpeech(said) || (longest > 0 && said.length > Math.max(longest * LONGER_THAN_COMMENTS, COMMENT_SHORT)))
      break;
    longest = Math.max(longest, said.length);
    verdict[k] ??= POST_CHROME;
  }
}

/** A name, the first words of the post cut with …, the button that unfolds it and the post's time, one a line: a
 *  friend's post folded in the feed (a preview's cut speech has no name over it, nor a time under its button). */
function markFoldedPosts(texts: string[], verdict: (string | null)[]): void {
  for (let i = 0; i + 3 < texts.length; i++) {
    const [name, text, fold, stamp] = [i, i + 1, i + 2, i + 3].map((k) => texts[k]!.trim());
    if (!FOLD_RE.test(fold!) || !POST_STAMP_RE.test(stamp!) || !/(?:…|\.{3})$/.test(text!)) continue;
    if (text!.length > FOLDED_MAX || !NAME_LINE_RE.test(name!) || isTitleLine(name!) || parseEnumerator(name!))
      continue;
    for (let k = i; k <= i + 3; k++) verdict[k] ??= FOLDED_POST;
  }
}
