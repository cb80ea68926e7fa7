// A forum post's signature: the motto or name a forum prints under every post of its author, between the post's
// text and its buttons, or under a rule below them. Each is a line or two, short; a speech's own last lines (its
// closing, thanks, the speaker's name, the date) are never one.
import { dateOfLine, isClosingStart, isSpeakerLine, isTitleLine, parseEnumerator } from "./outline-patterns";
import { FORUM_BUTTONS, previousLine } from "./noise-page-cards";
import { MAX_COMMENT_LENGTH, nextLine } from "./noise-page-furniture";
import { POST_AUTHOR, postAuthorAt } from "./noise-forum-replies";

const SIGNATURE = "帖子签名";
/** A post's row of buttons: 回复 | 引用 | 举报, or set apart by spaces only (回复　举报; Discuz's 回复　支持　反对　举报,
 *  with its votes counted, 支持(8)　反对(0), or its 使用道具). */
const POST_BUTTONS_RE =
  /^(?:回复|回覆|引用|举报|舉報|评分|点赞)(?:\s*[|｜·]?\s*(?:回复|回覆|引用|举报|舉報|评分|点赞|编辑|分享|收藏|支持|反对|使用道具)(?:\s*[（(]\d{1,6}[)）])?)+$/;
/** One button on its line, the row's first (回复 over 举报). */
const LONE_BUTTON_RE = /^(?:回复|回覆|引用)$/;
/** What a speech ends with, however short: a heading, its closing, thanks, the speaker's name or the date. */
const endsSpeech = (t: string) =>
  !!parseEnumerator(t) || isClosingStart(t) || /^谢谢/.test(t) || isSpeakerLine(t) || !!dateOfLine(t);
/** A poster speaking of himself and his posts, as a signature does. */
const POSTER_WORDS_RE = /本人|代写|私信|签名|转载|坛友|交流|QQ|微信|博客|主页/i;
const SIGNATURE_LINES = 2; // the most lines a post's signature holds, and their length
const SIGNATURE_CHARS = 40;
/** A signature's line: short, one sentence at most, no title. */
const isShortLine = (t: string, sentences = 1) =>
  t.length <= SIGNATURE_CHARS && (t.match(/[。！？!?]/g)?.length ?? 0) <= sentences && !isTitleLine(t);

/** Marks a forum post's signature: the line or two under the rule that a forum draws below a post's buttons (回复 |
 *  引用 | 举报, then ----), short, at most one sentence each (two in a poster's words: 欢迎交流…，私信请注明来意。), up
 *  to the next removed line (the next author's card) or the end; or between a rule and the post's own buttons (or the
 *  next post's author) below it, where it is nothing a speech ends with. A rule under text, with no buttons next to
 *  it, is the speech's own. */
export function markPostSignatures(texts: string[], verdict: (string | null)[]): void {
  for (let i = 0; i < texts.length; i++) {
    if (verdict[i] !== "分隔线") continue;
    const above = previousLine(texts, i);
    // The lines under the rule; the next post's author, marked already, counts among them but is not marked again.
    const lines: number[] = [];
    let counted = 0;
    let authorBelow = false;
    let j = i + 1;
    for (; j < texts.length && counted <= SIGNATURE_LINES; j++) {
      const t = texts[j]!.trim();
      if (!t) continue;
      if (LONE_BUTTON_RE.test(t) && verdict[nextLine(texts, j)] === FORUM_BUTTONS) break;
      if (verdict[j] === POST_AUTHOR) authorBelow = true;
      else if (verdict[j]) break;
      else lines.push(j);
      counted++;
    }
    const underButtons = verdict[above] === FORUM_BUTTONS;
    // The post's own buttons below (not the next post's header), and no heading, closing or byline of a speech above.
    // (A lone 回复 the line rules kept is one of them when the next button, 举报, was taken.)
    const overButtons =
      (verdict[j] === FORUM_BUTTONS && POST_BUTTONS_RE.test(texts[j]!.trim())) ||
      (j < texts.length && LONE_BUTTON_RE.test(texts[j]!.trim()) && verdict[nextLine(texts, j)] === FORUM_BUTTONS);
    // Or, over the next post's author, a poster's motto in a forum's words (笔耕不辍。本人不接代写，勿私信。); a slogan
    // closing the speech under its own rule (安全生产，警钟长鸣。) stays.
    const overAuthor = !underButtons && !overButtons && authorBelow;
    if (!underButtons && !overButtons && !overAuthor) continue;
    const fits = (k: number) =>
      isShortLine(texts[k]!.trim(), overAuthor || POSTER_WORDS_RE.test(texts[k]!) ? 2 : 1) &&
      (underButtons || !endsSpeech(texts[k]!.trim())) &&
      (!overAuthor || POSTER_WORDS_RE.test(texts[k]!));
    if (lines.length && counted <= SIGNATURE_LINES && lines.every(fits)) for (const k of lines) verdict[k] = SIGNATURE;
  }
}

/** A post's own buttons however they are spaced (回复 支持 反对, 回复 | 引用), not the next post's header. */
const REPLY_BUTTON_RE = /回复|回覆|引用/;
/** The speaker's thanks that end a speech: 谢谢大家！ on its own or at the end of the closing. */
const THANKS_RE = /(?:^|[。！!，,])谢谢(?:大家|各位)?[！!。]?$/;
/** A motto signed by its poster: 三尺讲台，一颗初心。——山城老教师. */
const SIGNED_RE = /——\s*[^\s—。，！？]{2,12}$/;
/** A poster's plug for where to find him, set out as a card sets it (公众号同名：…, 微信：…, QQ群：…, 个人博客：…): its
 *  label opens the line or follows his motto's last sentence, and his handle ends the line. A speech names an account
 *  in a sentence (请大家关注县应急管理局公众号。; 报名请加QQ群：…，或者到…现场报名。), never as a label with his handle. */
const PLUG_RE =
  /(?:^|[。！？!?\s])(?:公众号|微信号?|VX|QQ群?|博客|主页)(?:同名)?[：:]\s*[^\s，。！？,!?]+$|同名(?:公众号|微信|博客)/i;

/** Marks a post's signature with no rule around it: the line or two right above the post's own buttons, short,
 *  nothing a speech ends with, where the line above them is the speech's thanks, the lines are signed ——name or one
 *  is the poster's plug (公众号同名：…) (a speech that goes on after its thanks, a slogan above the buttons with no
 *  thanks before it, or a quotation with its author, stays). */
export function markSignaturesOverButtons(texts: string[], verdict: (string | null)[]): void {
  const fits = (j: number) => !verdict[j] && isShortLine(texts[j]!.trim()) && !endsSpeech(texts[j]!.trim());
  for (let i = 0; i < texts.length; i++) {
    if (verdict[i] !== FORUM_BUTTONS || !REPLY_BUTTON_RE.test(texts[i]!)) continue;
    const lines: number[] = [];
    for (
      let k = previousLine(texts, i);
      k >= 0 && lines.length < SIGNATURE_LINES && fits(k);
      k = previousLine(texts, k)
    ) {
      lines.unshift(k);
      if (PLUG_RE.test(texts[k]!)) {
        for (const j of lines) verdict[j] = SIGNATURE;
        break;
      }
      const above = previousLine(texts, k);
      if (above < 0 || verdict[above]) break;
      const thanked = THANKS_RE.test(texts[above]!.trim());
      // A quotation the speech announced (…与大家共勉： / “…”——林则徐) is the speech's own, signed by its author.
      const quoted = /[：:]$/.test(texts[above]!.trim()) || lines.some((j) => /[“”"「」]/.test(texts[j]!));
      if (thanked || (!quoted && lines.every((j) => SIGNED_RE.test(texts[j]!.trim())))) {
        for (const j of lines) verdict[j] = SIGNATURE;
        break;
      }
    }
  }
}

/** Marks a post's signature printed under its buttons with no rule above it: the one line right below a post's
 *  buttons, short, nothing a speech ends with, standing alone (a blank, a removed line or the end below it), that
 *  comes again word for word under another post's buttons (the same poster's motto under each of his posts). */
export function markSignaturesUnderButtons(texts: string[], verdict: (string | null)[]): void {
  const under = new Map<string, number[]>();
  for (let i = 0; i < texts.length; i++) {
    if (verdict[i] !== FORUM_BUTTONS || !REPLY_BUTTON_RE.test(texts[i]!)) continue;
    const k = i + 1 < texts.length && texts[i + 1]!.trim() ? i + 1 : -1;
    const t = k >= 0 ? texts[k]!.trim() : "";
    if (!t || verdict[k] || !isShortLine(t, 2) || endsSpeech(t)) continue;
    const below = texts[k + 1];
    if (below !== undefined && below.trim() && !verdict[k + 1]) continue;
    under.set(t, [...(under.get(t) ?? []), k]);
  }
  for (const lines of under.values()) if (lines.length >= 2) for (const k of lines) verdict[k] = SIGNATURE;
}

/** A motto has words: a lone 赞 or 收藏 over the buttons is one of them. */
const MOTTO_MIN = 4;

/** Marks a post's signature printed right above its buttons (回复 | 举报) with nothing to set it off, or right under
 *  the rule a forum draws between a post and its signature (with the post's attachments, not its buttons, under
 *  it): the one line there, short, nothing a speech ends with, that stands word for word so under another post by
 *  the same author too (a poster's motto under each of his posts, 海棠依旧，岁月静好。, whatever the rules made of the
 *  other post), one of them under a post of a few lines. Read before the thread's posts are weighed
 *  (noise-forum-replies.ts): a motto is no text of the post it ends. */
export function markRepeatedSignatures(texts: string[], verdict: (string | null)[]): void {
  const over = new Map<string, number[]>();
  // Each motto's post: the line its text ends on (the motto's rule is none of it).
  const postEnd = new Map<number, number>();
  for (let i = 0; i < texts.length; i++) {
    const buttons = verdict[i] === FORUM_BUTTONS && REPLY_BUTTON_RE.test(texts[i]!);
    // (A rule right under the post's text: one under its buttons is read with them, markPostSignatures.)
    const ruled = verdict[i] === "分隔线" && previousLine(texts, i) >= 0 && !verdict[previousLine(texts, i)];
    const k = buttons ? previousLine(texts, i) : ruled ? nextLine(texts, i) : -1;
    const t = k >= 0 ? texts[k]!.trim() : "";
    if (t.length < MOTTO_MIN || !isShortLine(t, 2) || endsSpeech(t)) continue;
    if (buttons ? verdict[k] === FORUM_BUTTONS : verdict[k]) continue;
    // A signature is one poster's: the same line under posts of the same named author (a reader who echoes the
    // speech's closing slogan, 安全生产，警钟长鸣！, in his own post signs nothing).
    const key = `${postAuthorAt(texts, k)}\n${t}`;
    if (key.startsWith("\n")) continue;
    over.set(key, [...(over.get(key) ?? []), k]);
    postEnd.set(k, previousLine(texts, buttons ? k : i));
  }
  // One of them ends a short post (a request, a reply's thanks), which no speech's closing slogan does: a slogan the
  // poster set under each of his speeches (安全生产，警钟长鸣。 under two floors) stays.
  const shortPost = (k: number) => {
    let chars = 0;
    for (let j = postEnd.get(k)!; j >= 0 && !verdict[j]; j = previousLine(texts, j)) chars += texts[j]!.trim().length;
    return chars <= MAX_COMMENT_LENGTH;
  };
  for (const lines of over.values())
    if (lines.length >= 2 && lines.some(shortPost)) for (const k of lines) if (!verdict[k]) verdict[k] = SIGNATURE;
}
