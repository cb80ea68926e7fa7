// An answerer's or a poster's word to the page's readers below the speech he quoted, the last of the page's text
// (两篇都不长，念下来十五分钟左右…。觉得有用的话点个赞吧。): he asks for a like or a save if the text served them. A
// speaker may ask his hearers to pass a notice on, never to like his speech on the condition that it was of use.

/** If it was of use (觉得有用的话, 如果对你有帮助), a like, a save, a follow. */
const PLEA_RE =
  /(?:觉得|如果|若是?|要是)[^。！？]{0,10}(?:有用|有帮助|有收获|有启发|不错|受用)[^。！？]{0,8}(?:点个?赞|点赞|收藏|在看|赞同|关注)/;
/** The plea stands among the page's last kept lines of text: what the page prints below them it has removed. */
const PLEA_REACH = 2;
const PLEA_MAX = 120;
const REASON = "讲话之后的附言";

export function markReaderPleas(texts: string[], verdict: (string | null)[]): void {
  for (let k = texts.length - 1, seen = 0; k >= 0 && seen < PLEA_REACH; k--) {
    const t = texts[k]!.trim();
    if (!t || verdict[k]) continue;
    seen++;
    if (t.length <= PLEA_MAX && PLEA_RE.test(t)) verdict[k] = REASON;
  }
}
