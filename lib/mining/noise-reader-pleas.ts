// An answerer's or a poster's word to the page's readers below the speech he quoted, the last of the page's text
// (两篇都不长，念下来十五分钟左右…。觉得有用的话点个赞吧。): he asks for a like or a save if the text served them. A
// speaker may close by asking his hearers to keep a handbook, follow the town's account or study a practice if they
// found it of use (大家如果觉得有用，回去可以收藏起来; 觉得内容有帮助，就请点个关注): the plea is the page's only when
// what it asks for is a like, the page's button, or when it names the page's own piece (这篇, 本文, 码字不易).

import { REASON_AFTERWORD } from "./speech-afterwords";

/** If it was of use (觉得有用的话, 如果对你有帮助, 对你有帮助的话), then what the reader is asked for. */
const PLEA_RE =
  /(?:(?:觉得|如果|若是?|要是)[^。！？]{0,10}(?:有用|有帮助|有收获|有启发|不错|受用)|对你有(?:用|帮助|启发)的话)[^。！？]{0,8}(点个?赞|点赞|收藏|在看|赞同|关注)/;
/** A like asked of a page's reader: 点个赞, 点赞支持, 在看, 赞同 (a speaker's 点赞 praises someone: 为他们点赞). */
const LIKE_RE = /^(?:点个?赞|在看|赞同)$/;
const LIKE_AFTER_RE = /^(?:[吧哦呀啊～~！!。”"」]|支持|收藏|再走|鼓励|一下|关注|$)/;
/** …for someone other than the poster (为他们点赞, 给城关镇点个赞): the speaker's praise. */
const PRAISE_RE = /(?:为|给)(?!我|小编|作者|答主|楼主)[^。！？，,]{0,10}$/;
/** The page's own piece or its maker named in the plea: a speaker's handbook, account or practice is none of these,
 *  nor a work he names (《…》这篇文章，大家如果觉得有启发，可以收藏起来). */
const PAGE_WORDS_RE = /这篇|本篇|本文|此文|文章|回答|答案|帖子|笔记|楼主|答主|小编|本号|码字|整理不易|原创不易/;
/** 喜欢的朋友点个关注: the reader addressed as one who liked the post (a speaker's hearers are no 朋友 who liked it). */
const FANCIER_RE = /^喜欢的(?:朋友|小伙伴|读者)[^。！？]{0,6}(?:点个?关注|关注|收藏|点赞|点个?赞)/;
/** The plea stands among the page's last kept lines of text: what the page prints below them it has removed. */
const PLEA_REACH = 2;
const PLEA_MAX = 120;

function isReaderPlea(t: string): boolean {
  if (t.length <= PLEA_MAX && FANCIER_RE.test(t)) return true;
  const m = PLEA_RE.exec(t);
  if (!m || t.length > PLEA_MAX) return false;
  const ask = m[1]!;
  const after = t.slice(m.index + m[0].length);
  const before = t.slice(0, m.index + m[0].length - ask.length);
  const like = LIKE_RE.test(ask) && LIKE_AFTER_RE.test(after) && !PRAISE_RE.test(before);
  return like || (PAGE_WORDS_RE.test(t) && !t.includes("《"));
}

export function markReaderPleas(texts: string[], verdict: (string | null)[]): void {
  for (let k = texts.length - 1, seen = 0; k >= 0 && seen < PLEA_REACH; k--) {
    const t = texts[k]!.trim();
    if (!t || verdict[k]) continue;
    seen++;
    if (isReaderPlea(t)) verdict[k] = REASON_AFTERWORD;
  }
}
