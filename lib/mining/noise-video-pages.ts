// A video site's page around a speech's transcript (its 文稿 tab): the video's figures (1.2万播放 · 36条弹幕 · 日期),
// its uploader (UP主：…), the subtitles' credits (字幕：AI自动生成｜人工校对：…), the row of tabs (字幕列表｜AI总结｜文稿),
// under the text the collection the video is in (合集·…（共14集）, P12　…　42:16), the autoplay switch (自动连播　开),
// and the comments (评论 87　按热度排序, each viewer's 名字：… over its 回复 · 日期 · 赞 N row). And on the video's title
// line, the site's tag and the date it appends (【完整版】…讲话｜2025年6月5日). None of it is the speaker's.
import { cut, type Ctx } from "./noise-fragments";
import { isTitleLine } from "./outline-patterns";
import type { TimedParagraphs } from "./subtitle-cues";

export const VIDEO_PAGE = "视频网站页面信息";
export const VIDEO_COMMENT = "视频评论";
export const VIDEO_TITLE_TAG = "视频标题的标签和日期";

/** 1.2万播放 · 36条弹幕 · 2025-06-06 19:42:17: the views, then the 弹幕 counted or the upload's date. */
const FIGURES_RE =
  /^[\d.,]+\s*[万千]?\s*次?播放(?:\s*[·・|｜]\s*(?:[\d.,]+\s*[万千]?\s*条?弹幕|\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?))+$/;
/** UP主：桐岭县融媒体中心　+关注（粉丝 4.8万）: the uploader, no sentence. */
const UPLOADER_RE = /^UP主\s*[：:]\s*[^。！？，]{2,40}$/i;
/** 字幕：AI自动生成　｜　人工校对：…: who made the subtitles. */
const CREDIT_RE = /^字幕(?:来源|制作)?\s*[：:][^。！？，]{0,40}(?:AI|自动|人工|校对|生成)[^。！？，]{0,30}$/i;
/** 字幕列表　｜　AI总结　｜　文稿: the tabs over the text, two or more, one of them the transcript's own. */
const TAB = "(?:字幕列表|字幕|AI\\s*总结|AI\\s*字幕|文稿|简介|评论|笔记|章节|相关推荐)";
const TABS_RE = new RegExp(`^${TAB}(?:\\s*[｜|·]\\s*${TAB})+$`, "i");
const OWN_TAB_RE = /字幕列表|AI\s*总结|文稿/i;
/** 自动连播　开: the autoplay switch. */
const AUTOPLAY_RE = /^自动连播\s*(?:开|关|已开启|已关闭)?$/;
/** P12　全县经济工作会议讲话（上）　42:16: an episode of the collection and its length. */
const EPISODE_RE = /^P\d{1,3}\s*[^。！？]{2,40}?\s*(?:\d{1,2}:)?\d{1,2}:\d{2}$/;
/** 合集·桐岭县重要会议讲话（共14集）: the collection's head over its episodes. */
const COLLECTION_RE = /^合集\s*[·・:：]\s*[^。！？]{2,40}$/;
/** 评论 87　　按热度排序: the comments' head, their count and order. */
const COMMENTS_HEAD_RE = /^(?:全部)?评论\s*[（(]?\s*[\d,.]+\s*万?\s*[)）]?(?:\s*(?:按(?:热度|时间)排序|最热|最新))?$/;
/** 回复 · 2025-06-07 · 赞 56: a comment's row (回复, its date, its likes), no words of a sentence. */
const REPLY_CELL_RE =
  /^(?:回复|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}-\d{1,2}|\d{1,2}(?:分钟|小时|天)前|(?:点?赞)\s*\d+|\d+\s*赞)$/;
const isReplyRow = (t: string) => {
  const cells = t.split(/\s*[·・|｜]\s*/);
  return cells.length >= 2 && cells.includes("回复") && cells.every((c) => REPLY_CELL_RE.test(c));
};
/** 山城小李：书记讲得很接地气: a viewer's name and remark, over its row. */
const COMMENT_RE = /^[^\s：:，。！？]{2,16}[：:]\S.{0,79}$/;

/** The kinds of the video page's own head and tail: two of them show a video site's page (a speech may name its views
 *  or a 合集 in a sentence, never print the site's rows). */
const KINDS: [string, (t: string) => boolean][] = [
  ["figures", (t) => FIGURES_RE.test(t)],
  ["uploader", (t) => UPLOADER_RE.test(t)],
  ["credit", (t) => CREDIT_RE.test(t)],
  ["tabs", (t) => TABS_RE.test(t) && OWN_TAB_RE.test(t)],
  ["autoplay", (t) => AUTOPLAY_RE.test(t)],
  ["episode", (t) => EPISODE_RE.test(t)],
];
const MIN_KINDS = 2;

const kindOf = (t: string) => KINDS.find(([, test]) => test(t))?.[0] ?? null;

/** Marks a video site's rows around the transcript, once the page shows two kinds of them, and under the comments'
 *  head each viewer's remark over its reply row. A speech's own X：Y line has no such row under it. */
export function markVideoPages(texts: string[], verdict: (string | null)[]): void {
  const kinds = new Set(texts.map((t) => kindOf(t.trim())).filter((k) => k));
  if (kinds.size < MIN_KINDS) return;
  let comments = false;
  texts.forEach((raw, i) => {
    const t = raw.trim();
    if (!t) return;
    if (kindOf(t) || COLLECTION_RE.test(t)) verdict[i] ??= VIDEO_PAGE;
    else if (COMMENTS_HEAD_RE.test(t)) {
      verdict[i] ??= VIDEO_PAGE;
      comments = true;
    } else if (comments && isReplyRow(t)) {
      verdict[i] ??= VIDEO_COMMENT;
      const above = texts.findLastIndex((a, k) => k < i && a.trim() !== "");
      if (above >= 0 && COMMENT_RE.test(texts[above]!.trim())) verdict[above] ??= VIDEO_COMMENT;
    }
  });
}

/** 【完整版】 / 【高清】 in front of a video's title: the site's tag. */
const TITLE_TAG_RE = /^\s*【(?:完整版|高清|全程|回放|官方|字幕版|精编版|现场实录|实录)】\s*/;
/** ｜2025年6月5日 after it: the date the uploader appends. */
const TITLE_DATE_RE = /\s*[｜|]\s*(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}[-./]\d{1,2}[-./]\d{1,2})\s*$/;

/** The video's title without the site's tag and date, on a timed transcript's page above its first timed line: what
 *  is left must read as a speech's title (a speech's own 【…】 line stays as it is). */
export function cutVideoTitle(t: string, timed: TimedParagraphs | null, index: number, lineNo: number, ctx: Ctx) {
  if (!timed || index >= Math.min(...timed.lines) || !(TITLE_TAG_RE.test(t) || TITLE_DATE_RE.test(t))) return t;
  if (!isTitleLine(t.replace(TITLE_TAG_RE, "").replace(TITLE_DATE_RE, "").trim())) return t;
  return cut(cut(t, TITLE_TAG_RE, VIDEO_TITLE_TAG, lineNo, ctx), TITLE_DATE_RE, VIDEO_TITLE_TAG, lineNo, ctx);
}
