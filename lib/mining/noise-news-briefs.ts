// A 简报's or a portal's news item printed beside a speech, its label run into its report on one line (【简讯】8月1日
// 至5日，…开展检查，共检查…): the label names news, which a speech never prints over its own sentences. A label alone
// on its line is a column's head, judged with what follows it (noise-news-report.ts).

/** 【简讯】 / 【工作动态】 / 快讯：…: the news label, then the item (a label alone is a column's head). */
const NEWS_BRIEF_RE =
  /^(?:[【\[](?:简讯|快讯|短讯|动态|工作动态|安全动态|要闻|速递|消息|新闻|信息快递|简明新闻)[】\]]\s*[：:]?|(?:简讯|快讯|短讯)\s*[：:])\s*(?=\S)(?=[^】\]]{10,}$)/;

export const NEWS_BRIEF = "简报的新闻条目";

export function newsBriefReason(t: string): string | null {
  return t.length <= 300 && NEWS_BRIEF_RE.test(t) ? NEWS_BRIEF : null;
}
