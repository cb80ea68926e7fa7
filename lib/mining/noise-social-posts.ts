// A self-media post's own lines (视频号, 抖音, 小红书, a news app's feed): where the post was sent from (IP属地：内蒙古),
// the buttons under a comment (作者赞过, 展开2条回复), and the topics glued after a paragraph's last sentence
// (…转变为“我要安全”。 #安全红线). None is a speaker's: a speech names a province in a sentence, and a topic tag opens
// with # and no sentence follows it on the line.
import { isTitleLine } from "./outline-patterns";

/** IP属地：内蒙古 / 2024年2月28日 · IP属地：内蒙古 / IP属地 浙江: the place an app prints under a post, alone on its line. */
const POST_PLACE_RE =
  /^(?:(?:\d{4}[-/年])?\d{1,2}[-/月]\d{1,2}日?(?:\s*\d{1,2}:\d{2})?\s*[·・|｜]?\s*)?IP\s*属地\s*[：:]?\s*[\u4e00-\u9fff]{2,8}$/;
/** 作者赞过 / 作者回复过 / 展开2条回复 / 查看全部3条回复 / 展开更多回复: a comment's marks and the button over its replies. */
const COMMENT_BUTTON_RE =
  /^(?:作者(?:赞过|回复过|已赞|点赞了?)|(?:展开|查看)(?:全部|其余|其他|更多)?\s*(?:\d{1,5}\s*条)?\s*回复)\s*[>›»∨﹀]?$/;

/** 原声 - 河埠镇发布 / @平安河埠创作的原声 / ♪ 原声 - 某账号: a short video's credit for its sound track, under its caption
 *  (markSoundCredits). A script read out in a speech marks whose voice it quotes the same way (原声—事故企业负责人). */
const SOUND_CREDIT_RE =
  /^(?:[♪♫🎵🎶]\s*)?(?:原声\s*[-–—－]\s*[^\s，。！？：:]{1,24}|@?[^\s@，。！？：:]{1,20}\s*(?:创作|发布)的原声(?:\s*[-–—－]\s*[^\s，。！？：:]{1,24})?)$/u;

export const POST_PLACE = "发布地点（IP属地）";

/** The reason a self-media post's own line is removed, or null. */
export function socialPostLineReason(t: string): string | null {
  if (t.length > 40) return null;
  if (POST_PLACE_RE.test(t)) return POST_PLACE;
  if (COMMENT_BUTTON_RE.test(t)) return "论坛界面文字";
  return null;
}

/** Marks a sound track's credit among the page's chrome after the speech: the page ends below it, or its next kept
 *  line is chrome already or another caption's title. Over a line of text (the quotation whose voice it names) it
 *  stays, and so it does under a line announcing it (我把他的原话念给大家听：). */
export function markSoundCredits(texts: string[], verdict: (string | null)[]): void {
  texts.forEach((raw, i) => {
    const t = raw.trim();
    if (verdict[i] || t.length > 40 || !SOUND_CREDIT_RE.test(t)) return;
    let above = i - 1;
    while (above >= 0 && !texts[above]!.trim()) above--;
    if (above >= 0 && !verdict[above] && /[：:]$/.test(texts[above]!.trim())) return;
    let below = i + 1;
    while (below < texts.length && !texts[below]!.trim()) below++;
    const next = texts[below]?.trim();
    if (next === undefined || verdict[below] || isTitleLine(next)) verdict[i] = "视频页面文字";
  });
}

/** What a caption over its topics runs to at most (noise-line-marks.ts reads such a line whole as a post's caption). */
const CAPTION_MAX = 60;
/** #安全红线 / #安全生产 #能源央企: the rest of a line after a space, topics only (#1机组 numbers a unit). */
const TOPICS_REST_RE = /^#(?!\d)[^\s#，。！？、；：]{1,20}(?:\s+#(?!\d)[^\s#，。！？、；：]{1,20})*\s*$/;

/** The space before `next` (the rest of the line) only sets the post's topics after the paragraph's last sentence:
 *  no paragraph break, so the topics are cut from the paragraph's line as its tags. A line no longer than a caption,
 *  with two topics or more, is read whole as a caption over them: such a paragraph is split from its topics instead. */
export function topicsFollow(segment: string, next: string): boolean {
  if (!TOPICS_REST_RE.test(next)) return false;
  return segment.trim().length > CAPTION_MAX || !/\s#/.test(next.trim());
}

/** …“我要安全”。#安全红线: topics after a sentence's end at the line's end (normalising took the space). */
export const TRAILING_TOPICS =
  "(?<=[。！？!?][”’」』）)]?\\s*)#(?!\\d)[^\\s#，。！？、；：\\d][^\\s#，。！？、；：]{0,19}(?:\\s*#(?!\\d)[^\\s#，。！？、；：]{1,20})*\\s*$";
