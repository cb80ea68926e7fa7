// A blog's or a forum's comments under numbered floors (1楼  乡里的小陈  2023-04-13 09:26  [回复], then what he
// wrote; 博主回复：2023-04-13 21:05, then the answer; a document site's ★★★★☆ reviews), and a post's tags listed one a line under a bare 标签：.
import { nextLine } from "./noise-page-furniture";
import { previousLine } from "./noise-page-cards";
import { POST_TIME } from "./noise-community-words";
import { isPostedSpeakerLine, isSalutation, isTitleLine } from "./outline-patterns";
import { pageText } from "./page-line-views";

/** 1楼 name time [回复] / 沙发 name time: a comment's header. After normalising, the spaces between words are gone. */
const FLOOR_HEAD_RE = new RegExp(
  String.raw`^(?:\d{1,4}\s*楼|#\s*\d{1,4}|沙发|板凳|地板)\s*[^\s。，！？]{0,20}?\s*${POST_TIME}\s*(?:[[【]?回复[\]】]?)?$`,
);
/** 博主回复：2023-04-13 21:05: the blogger's answer to the comment above. */
const OWNER_REPLY_HEAD_RE = new RegExp(String.raw`^(?:博主|楼主|作者|版主)回复\s*[：:]?\s*${POST_TIME}$`);
/** ★★★★☆ 基层小文书 2024-06-11: a document site's rated review, its stars standing for the floor. */
const RATED_HEAD_RE =
  /^[★☆]{3,5}\s*[^\s。，！？]{1,24}?\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;
/** 作者回复：感谢留言… under a comment already taken: the author's answer on the same line as its label. */
const OWNER_REPLY_RE = /^(?:博主|楼主|作者|版主|小编)回复\s*[：:]\s*\S/;
const isCommentHead = (t: string) => FLOOR_HEAD_RE.test(t) || OWNER_REPLY_HEAD_RE.test(t) || RATED_HEAD_RE.test(t);
const COMMENT_LINES = 2;
const COMMENT_MAX = 120;

/** Marks each comment header and the lines of the comment under it (up to two, up to a blank line or the next
 *  header), short lines of a few sentences at most. */
export function markFloorComments(texts: string[], verdict: (string | null)[]): void {
  for (let i = 0; i < texts.length; i++) {
    const head = texts[i]!.trim();
    if (!isCommentHead(head)) continue;
    verdict[i] ??= "论坛界面文字";
    for (let j = i + 1, n = 0; j < texts.length && n < COMMENT_LINES; j++, n++) {
      const t = texts[j]!.trim();
      if (!t || t.length > COMMENT_MAX || (t.match(/[。！？!?]/g)?.length ?? 0) > 3) break;
      if (isCommentHead(t)) break;
      verdict[j] ??= "网友评论";
    }
  }
  texts.forEach((t, i) => {
    const k = previousLine(texts, i);
    if (OWNER_REPLY_RE.test(t.trim()) && t.trim().length <= COMMENT_MAX && k >= 0 && verdict[k])
      verdict[i] ??= "网友评论";
  });
}

/** A tag list's label: a word and its colon (标签：, Tags:), or a cloud's name alone. */
const LABEL_WORDS = "标签|关键词|关键字|tags?";
const CLOUD_LABELS = "标签云|热门标签|相关标签";
/** 标签： (or 标签云, 热门标签) alone, then its tags one a line, or on one line parted by spaces: a few short words
 *  without punctuation. */
const BARE_TAG_LABEL_RE = new RegExp(`^(?:(?:${LABEL_WORDS})\\s*[：:]|${CLOUD_LABELS})$`, "i");
/** The label's two parts unanchored, so every label holds a match: a page without one has no tag list. */
const TAG_LABEL_WORD_RE = new RegExp(`${LABEL_WORDS}|${CLOUD_LABELS}`, "i");
const TAG_CLOUD_RE = new RegExp(`^(?:${CLOUD_LABELS})$`);
const TAG_RE = /^[\p{Script=Han}A-Za-z0-9]{1,8}$/u;
const MAX_TAGS = 8;
/** 讲话稿, 领导讲话 read as titles and are a 范文 site's commonest tags; a title this long is a speech's. */
const MIN_TITLE_NOT_TAG = 6;

export function markTagLists(texts: string[], verdict: (string | null)[]): void {
  if (!TAG_LABEL_WORD_RE.test(pageText(texts))) return;
  for (let i = 0; i < texts.length; i++) {
    if (!BARE_TAG_LABEL_RE.test(texts[i]!.trim())) continue;
    verdict[i] ??= "网页标签信息";
    for (let j = nextLine(texts, i), n = 0; j >= 0 && n < MAX_TAGS; j = nextLine(texts, j), n++) {
      // A cloud's tags on one line may have lost their spaces to the normaliser: a run without punctuation, the
      // cloud's only line. A title, a speaker or a salutation below the label is the speech's, tags or none above it.
      const t = texts[j]!.trim();
      if ((isTitleLine(t) && t.length >= MIN_TITLE_NOT_TAG) || isPostedSpeakerLine(t) || isSalutation(t)) break;
      const cloud = n === 0 && TAG_CLOUD_RE.test(texts[i]!.trim()) && t.length <= 80 && !/\p{P}/u.test(t);
      if (!cloud && !t.split(/\s+/).every((tag) => TAG_RE.test(tag))) break;
      verdict[j] ??= "网页标签信息";
      if (cloud && !TAG_RE.test(t)) break;
    }
  }
}
