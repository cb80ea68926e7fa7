// Units of a page beside its real speech that are no speech: a poster's aside that split off as a unit of its own,
// and a collection's speech that a paywall hides after its opening. Each is reported as removed.
import { PAYWALL } from "./noise-words";
import { PREVIEW_END } from "./noise-preview-ends";
import { mayMatch, needs } from "./regex-needs";
import { reportRemoved, size, speechText } from "./speech-units";
import type { ParsedSpeech, Removed } from "./types";

export const REASON_ASIDE = "正文外的附言";

/** [分享] / 【转帖】 / [原创] in front of a title: a forum post's title. */
const FORUM_TAG_RE = /^[[【](?:分享|转帖|转载|原创|求助|讨论|推荐|资料)[\]】]/;

/** Fewer characters than any speech has: a "speech" this short is a note by whoever posted the page. */
const ASIDE_CHARS = 80;
/** A poster speaking of the text he shares (这是我给书记写的稿子…需要的坛友自取; 现在把定稿分享出来…写材料的朋友可以参考)
 *  or asks others to read (恳请大家帮忙把把关，拍砖也欢迎): a note up to twice that long. */
export const POSTER_NOTE_RE =
  /(?:写的|改的|整理的)(?:稿子|讲话稿|材料)|把(?:定稿|稿子|原稿)分享出来|(?:写|搞)材料的朋友(?:可以)?参考|这篇(?:稿子|讲话稿|材料)|(?:需要的|有需要的)[^。！？]{0,6}(?:自取|拿去|参考)|分(?:[两三四五]|\d)楼发|仅供(?:大家)?参考|(?:分享|推荐)(?:一篇|一份|几篇)|拿去(?:就能)?用|建议收藏|求(?:各位|大家)?(?:老师|前辈|大神|坛友)?(?:指点|指正|斧正)|(?:帮忙|帮我)把把关|拍砖/;

/** Writing the text (写的…讲话稿, 改了四稿, 第一稿写得太虚), judging it as one's piece (这篇算是…), handing it to fellow writers
 *  (分享给…家人们), forbidding its copy (转载请私信, 别直接搬运). (写材料 alone names a site or a blog as often: 老周写材料.) */
const WRITER_WORDS_RE = needs(
  ["稿", "这篇", "分享给", "转载请", "搬运"],
  /(?:写|改|熬|攒|憋|码)(?:了|的|出来的|好的)?[^。！？，,]{0,10}?(?:讲话稿|发言稿|稿子)|(?:第[一二三四五六七八九十\d]|[两三四五六七八九十\d])稿|这篇(?:算是|是我|稿子|讲话稿)|分享给[^。！？，,]{0,12}(?:家人们|姐妹们|宝子们|朋友们|小伙伴|同行)|转载请|(?:别|勿|禁止|请勿|不要)(?:直接)?搬运/,
);
/** The line holds the words of one who wrote or shares the text (noise-poster-intros.ts reads them above a speech's
 *  title; speech-covers.ts names a unit that holds them an aside). */
export const byWriter = (t: string): boolean => mayMatch(WRITER_WORDS_RE, t) && WRITER_WORDS_RE.test(t);

/** Drops, as reported noise, a titled run of a line or two beside a real speech: a blog's post title over the
 *  blogger's note (前几天替区里写的…需要的朋友自取), which split off as a speech of its own, or such a note under
 *  a forum's menu and crumbs, untitled. A short speech with a
 *  salutation, a speaker or a date (a 致辞 of two sentences) is a speech and stays. */
export function withoutAsides(speeches: ParsedSpeech[], removed: Removed[]): ParsedSpeech[] {
  // Without a title, only sentences count: a forum's menu words and crumbs above a poster's note are no speech.
  const spoken = (s: ParsedSpeech) =>
    s.title ? size(s) : s.blocks.reduce((n, b) => n + (/[。！？!?]/.test(b.text) ? b.text.length : 0), 0);
  if (speeches.length < 2 || !speeches.some((s) => size(s) >= ASIDE_CHARS * 3)) return speeches;
  return speeches.filter((s) => {
    // A poster's words about what he shares, under no title or under his post's title (…讲话（镇长讲话稿）).
    const note = POSTER_NOTE_RE.test(speechText(s));
    if (
      spoken(s) >= (note ? ASIDE_CHARS * (s.title ? 4 : 2) : ASIDE_CHARS) ||
      s.salutation ||
      // a speaker, unless read from a forum post's title ([分享]公司总经理在…讲话（分三楼发）)
      (s.speaker && !(FORUM_TAG_RE.test(s.title ?? "") && s.title!.includes(s.speaker))) ||
      s.date ||
      s.blocks.some((b) => b.kind === "heading")
    )
      return true;
    reportRemoved(s, REASON_ASIDE, removed);
    return false;
  });
}

/** Shorter than any speech shown whole: a collection's speech of which a paywall shows only the opening. */
const TEASER_CHARS = 200;

/** Drops, as reported noise, a speech of a collection that a paywall hides after its first sentence (第3篇：… /
 *  同志们：端午节即将来临，… / 🔒 剩余85%内容已隐藏　开通VIP查看全文) beside the speeches shown whole: the site's
 *  teaser, not text to keep. A lone speech cut by a preview stays, marked as cut. */
export function withoutLockedTeasers(speeches: ParsedSpeech[], removed: Removed[]): ParsedSpeech[] {
  const longest = Math.max(0, ...speeches.map(size));
  return speeches.filter((s, i) => {
    if (size(s) >= TEASER_CHARS || longest < size(s) * 4 || s.blocks.some((b) => b.kind === "heading")) return true;
    const last = s.blocks[s.blocks.length - 1]?.lineNo ?? 0;
    const next = speeches[i + 1]?.blocks[0]?.lineNo ?? Infinity;
    // A preview's end glued to the teaser's last words (…部署全镇冬季消防安全工作……试读已结束) is cut from its last
    // line, and recorded on it.
    const locked = removed.some((r) => {
      const at = r.lineNo ?? 0;
      return (
        (r.reason === PAYWALL || r.reason === PREVIEW_END) &&
        at < next &&
        (at > last || (at === last && r.reason === PREVIEW_END))
      );
    });
    if (!locked) return true;
    reportRemoved(s, "付费隐藏的篇目（只见开头）", removed);
    return false;
  });
}
