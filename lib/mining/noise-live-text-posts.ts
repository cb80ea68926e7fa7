// A live text's (图文直播, 文字实录) posts on one line each (09:00　主持人：下面，请…同志讲话。) and its heads over each
// speech (【市长林正平讲话】). Only a page that shows itself live has them: its banner, its status line, its 刷新｜正序｜倒序
// buttons, its 文字实录 note. A host's script (主持词) prints its turns with their times the same way, and its
// bracketed slots where the speeches go; the minutes of a meeting (会议纪要) print the chair's words by the clock; a
// report heads what each leader said: all of that is the page's text.
import { endsSentence, speakerTalkName } from "./outline-patterns";

export const LIVE_BLOG = "图文直播的播报";
/** Updates so headed or posted that make the page a live blog. */
export const MIN_BLOG_HEADS = 2;
/** A 【…讲话】 line on a page that is no live text: a host's slot for the speech, a report's head over its summary. */
export const TALK_SLOT = "讲话位置的标注";

/** A host's script names itself in the page's head (its title, below a site's chrome as well): 主持词, 主持讲话. */
const HOST_SCRIPT_RE = /主持词|主持稿|串词|主持讲话|主持人讲话/;
/** The head read at least, whatever comes first. */
const HOST_SCRIPT_HEAD = 5;
export const isHostScript = (texts: string[], first: number): boolean =>
  texts.slice(0, Math.max(first, HOST_SCRIPT_HEAD)).some((t) => HOST_SCRIPT_RE.test(t));

/** 【图文直播】…, 直播状态：已结束, （以下文字实录根据现场录音整理）, 刷新 正序 倒序: a live page's own marks, on a line
 *  that is no sentence (a bare 直播 is a site's menu item). */
const LIVE_MARK_RE = /(?:图文|文字|视频|网络|现场)直播|直播(?:状态|时间|回顾|结束|中)|实录|刷新|正序|倒序/;
const LIVE_MARK_MAX = 60;
const showsLive = (texts: string[], posts: Set<number>) =>
  texts.some((raw, i) => {
    const t = raw.trim();
    return !posts.has(i) && t.length <= LIVE_MARK_MAX && LIVE_MARK_RE.test(t) && !endsSentence(t);
  });

/** 09:00　主持人：下面，请…同志讲话。: an update posted on one line, its time and its poster's role before the words
 *  (the time maybe in brackets, with its seconds or a half of the day, set off by a bar: 【09:00】, 上午10:05, 09:02 |). */
const TIMED_POST_RE =
  /^(?:\d{1,2}[-/月]\d{1,2}日?\s*)?(?:上午|下午|晚上)?[【[]?\d{1,2}[:：]\d{2}(?:[:：]\d{2})?[】\]]?\s*[|｜]?\s*(?:主持人|主播|小编|编辑|记者|通讯员|特派记者)(?:\s*[\u4e00-\u9fff]{2,3})?[：:]\s*(?=\S)/;
/** A host's own speech posted on one line (下面，我再强调三点：第一…；第二…) runs to several sentences or at length. */
const POST_MAX_SENTENCES = 2;
const POST_MAX_CHARS = 100;

/** An update's words the blog's own: a notice or a cue of a sentence or two, not a speech nor a question put to a
 *  speaker (记者：请问王局长…？, whose answer is kept). */
function isNotice(words: string): boolean {
  const sentences = words.split(/[。！？!?；;]/).filter((s) => s.trim()).length;
  return sentences <= POST_MAX_SENTENCES && words.length <= POST_MAX_CHARS && !/[？?]$/.test(words);
}

/** The page is a live text, and no host's script: the head's line over the first post or head. */
const liveText = (texts: string[], first: number, own: Set<number>) =>
  !isHostScript(texts, first) && showsLive(texts, own);

/** A live blog's updates posted each on one line by the host or the blog's staff (two at least). */
export function markTimedPosts(texts: string[], verdict: (string | null)[]): void {
  const posts = texts.flatMap((t, i) => (TIMED_POST_RE.test(t.trim()) ? [i] : []));
  if (posts.length < MIN_BLOG_HEADS || !liveText(texts, posts[0]!, new Set(posts))) return;
  for (const i of posts) {
    const t = texts[i]!.trim();
    if (isNotice(t.slice(TIMED_POST_RE.exec(t)![0].length))) verdict[i] ??= LIVE_BLOG;
  }
}

/** 【市长林正平讲话】 heads a speech on a live text only (isTitleLine reads it as a title): elsewhere it goes. */
export function markTalkSlots(texts: string[], verdict: (string | null)[]): void {
  const heads = texts.flatMap((t, i) => (speakerTalkName(t.trim()) ? [i] : []));
  if (!heads.length || liveText(texts, heads[0]!, new Set())) return;
  for (const i of heads) verdict[i] ??= TALK_SLOT;
}
