// A poster's own words above the speech she shares in a social note (小红书, 知乎, a blog): how she wrote it (熬了两个
// 通宵写的讲话稿), what she thinks of it (这篇算是我比较满意的一篇), whom she gives it to (分享给同样写材料的家人们),
// and her repost notice (原创，转载请私信，别直接搬运). They speak of the text as a piece of writing and stand
// above its title. A speech's own opening may be as casual (今天不念稿子了，跟大家聊几句), but it comes under its title and
// speaks of the meeting's matters; so only lines above the page's first title, and above the speech's salutation
// or opening line, are read, and only for these words.
import { byWriter } from "./speech-asides";

export const POSTER_INTRO = "发帖人谈讲话稿的话（标题之前）";
/** The poster talks in clauses; a site's masthead, a blog's name or a menu (笔墨素材网 — 写作素材 · 讲话稿) does not,
 *  and sets its parts apart with bars and dots. */
const CLAUSE_RE = /[，。！？～!?,]/;
const SITE_BARS_RE = /[·|｜丨_]|\s[—–-]\s/;
const INTRO_CHARS = 300;

/** A line of such words (read by markForwardNotes, noise-drafts-and-courses.ts, above the page's first title and the
 *  speech's salutation or opening line). */
export const isPosterIntro = (t: string): boolean =>
  t.length <= INTRO_CHARS && CLAUSE_RE.test(t) && !SITE_BARS_RE.test(t) && byWriter(t);
