// A 简报's or a portal's news item printed beside a speech, its label run into its report on one line (【简讯】8月1日
// 至5日，…开展检查，共检查…): the label names news, and the report opens on when it happened. A speech may define the
// kinds of report (简讯：主要反映…), list its own columns (【动态】反映…) or read an item out after a colon: none of these
// opens on a date, and the last is quoted. A label alone on its line is a column's head, judged with what follows it
// (noise-news-report.ts); a label before a title is the title's tag (noise-fragments.ts cutColumnTags).
import { isTitleLine } from "./outline-patterns";

/** 【简讯】 / ■简讯　/ 快讯：/ ◆快讯｜ (normalising may take the space out: 简讯4月…): the news label (a bullet may
 *  stand before it), then the item. */
const NEWS_LABEL_RE =
  /^[■◆●★☆□◇]?\s*(?:[【\[](?:简讯|快讯|短讯|动态|工作动态|安全动态|要闻|速递|消息|新闻|信息|信息快递|简明新闻)[】\]]\s*[：:｜|]?|(?:简讯|快讯|短讯)(?:\s*[：:｜|]|\s|(?=\d)))\s*/;
/** How a report opens: the day it happened (4月9日凌晨，/ 2025年4月 / 近日，). */
export const REPORT_OPENER_RE =
  /^(?:\d{4}\s*年\s*)?\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|^(?:近日|日前|近期|连日来|昨[天日]|今[天日]|本周|上周)/;

export const NEWS_BRIEF = "简报的新闻条目";

/** `afterColon`: the line above ends in a colon, so the speaker reads the item out (请大家听一听：). */
export function newsBriefReason(t: string, afterColon = false): string | null {
  if (afterColon || t.length > 300) return null;
  const label = NEWS_LABEL_RE.exec(t);
  if (!label) return null;
  const item = t.slice(label[0].length);
  return item.length >= 10 && REPORT_OPENER_RE.test(item) && !isTitleLine(item) ? NEWS_BRIEF : null;
}
