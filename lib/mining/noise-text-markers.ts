// A poster's own marks around the text he pastes: a line saying where it starts (以下为稿子正文, 正文如下) and one
// saying where it ends (正文完, 以上为正文), often drawn as rules (—————— 以下为稿子正文 ——————). Between them is the
// speech; above the start (his post's title, his intro) and below the end (his 后记, the comments) is his and the page's.
import { isHeaderSalutation, isSalutation, isTitleLine } from "./outline-patterns";
import { mayMatch, needs } from "./regex-needs";

const POSTERS = "正文外的附言";
/** Rules, brackets and stars drawn round a mark. */
const DECORATION_RE = /^[\s—–\-=─━═*#【】[\]（）()<>《》~·]+|[\s—–\-=─━═*#【】[\]（）()<>《》~·]+$/g;
const START_RE = needs(
  ["正文", "全文", "原文"],
  /^(?:以下(?:为|是)(?:稿子|讲话稿?|文章)?(?:正文|全文|原文)|正文(?:如下|开始))[：:]?$/,
);
const END_RE = needs(
  ["正文", "全文"],
  /^(?:正文完|全文完|正文结束|(?:以上|上述)(?:为|是)(?:稿子|讲话稿?)?(?:正文|全文))$/,
);

/** The decoration's first and last characters: a line opening and closing with neither has none to drop, and the
 *  replace, tried at each of a long line's characters, is not run on it. */
const DECORATION_OPENS_RE = /^[\s—–\-=─━═*#【】[\]（）()<>《》~·]/;
const DECORATION_CLOSES_RE = /^[\s—–\-=─━═*#【】[\]（）()<>《》~·]$/;
const bare = (raw: string) => {
  const t = raw.trim();
  const decorated = DECORATION_OPENS_RE.test(t) || DECORATION_CLOSES_RE.test(t.slice(-1));
  return decorated ? t.replace(DECORATION_RE, "") : t;
};

/** Marks the two marks and what lies outside them, where each comes once, the speech's title stands between them and
 *  no speech stands above the start (a salutation there: a page may print two speeches and mark the second's text). */
export function markTextMarkers(texts: string[], verdict: (string | null)[]): void {
  const starts: number[] = [];
  const ends: number[] = [];
  texts.forEach((t, i) => {
    // A line naming no 正文 (nor 全文, 原文) is no mark: it is not bared.
    if (!mayMatch(START_RE, t) && !mayMatch(END_RE, t)) return;
    const b = bare(t);
    if (START_RE.test(b)) starts.push(i);
    if (END_RE.test(b)) ends.push(i);
  });
  if (starts.length !== 1 || ends.length !== 1 || ends[0]! < starts[0]!) return;
  const [start, end] = [starts[0]!, ends[0]!];
  const inside = texts.slice(start + 1, end).map((t) => t.trim());
  const above = texts
    .slice(0, start)
    .filter((t, i) => !verdict[i])
    .map((t) => t.trim());
  if (!inside.some(isTitleLine) || above.some((t) => isHeaderSalutation(t) || isSalutation(t))) return;
  texts.forEach((t, i) => {
    if ((i <= start || i >= end) && t.trim()) verdict[i] ??= POSTERS;
  });
}
