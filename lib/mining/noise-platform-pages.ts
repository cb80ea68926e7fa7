// What a study platform and a self-media account print round a speech they carry. A study platform (学习强国-style)
// counts the reader's points: its counter in the header (学习积分　今日已累计 14 分), a prompt for the points a reading
// earns copied between two paragraphs (阅读文章 +1分), and its readers' comments under its own word for them (观点（23）).
// A self-media account (百家号, 头条号) names itself in its header with its followers (应急笔记本V　粉丝数：8.3万), asks
// to be followed between two paragraphs (关注@应急笔记本，每天分享…), and sets its name into a sentence as a
// watermark (结合我应急笔记本区实际). Each is read by the page's own evidence: a speech's table of points (主动报告隐患
// +5分), its 观点 and its own mention of an account stay where the page shows no such counter or header.
import { hasSentencePunct, isClosingStart } from "./outline-patterns";
import { keptFrom, previousLine } from "./noise-page-cards";
import { escapeRegExp } from "./escape-regexp";

/** The platform's counter: the points the reader has today (今日已累计 14 分, 本日阅读积分 5/6, 我的积分：320). */
const POINTS_COUNTER_RE =
  /(?:今日|本日|今天)已?(?:累计|获得|共得)?\s*\d{1,4}\s*分|积分\s*\d{1,3}\s*\/\s*\d{1,3}|(?:我的|学习|阅读)积分\s*[：:]?\s*\d{1,5}\s*分?$/;
/** A prompt for the points an action earns: its words, then +N分, a limit in brackets or a counter after it
 *  (阅读文章 +1分, 发表观点 +1分（每日上限1分）, 视听学习 +1分　本日 3/6). */
const POINTS_PROMPT_RE =
  /^[^。！？；，,]{2,20}?\s*[+＋]\s*\d{1,2}\s*分(?:\s*[（(][^（）()]{1,16}[)）])?(?:\s*[^。！？；，,]{0,16}\d{1,2}\s*\/\s*\d{1,2})?$/;
/** What a platform awards points for (阅读文章, 视听学习, 发表观点, 每日答题, 分享, 收藏): a prompt names one; a speech's
 *  own table of points (主动报告重大隐患 +5分) names its own deeds. */
const PLATFORM_ACTION_RE =
  /阅读|视听|观看|发表观点|答题|对战|[四双]人赛|分享|收藏|评论|订阅|登录|本地频道|学习时长|选读/;
const COUNTER_LINE_MAX = 40;
export const STUDY_PLATFORM = "学习平台文字";

const pageCountsPoints = (texts: string[]) =>
  texts.some((t) => {
    const s = t.trim();
    return s.length <= COUNTER_LINE_MAX && !hasSentencePunct(s) && POINTS_COUNTER_RE.test(s);
  });

/** Marks the points prompts on a page that shows the reader's points counter. */
export function markPointsPrompts(texts: string[], verdict: (string | null)[]): void {
  if (!texts.some((t) => /[+＋]\s*\d{1,2}\s*分/.test(t)) || !pageCountsPoints(texts)) return;
  texts.forEach((t, i) => {
    const s = t.trim();
    if (POINTS_PROMPT_RE.test(s) && PLATFORM_ACTION_RE.test(s.split(/[+＋]/)[0]!)) verdict[i] ??= STUDY_PLATFORM;
  });
}

/** 观点（23）: a study platform's header over its readers' comments, in its word for them, with their count. */
const OPINIONS_HEADER_RE = /^[【[]?(?:观点|网友观点|读者观点|全部观点|学员观点)[（(]\d{1,5}[)）][】\]]?$/;
/** 山岚青青　03-14 08:12: a reader's name and the time he wrote, the line over his comment. */
const NAME_AND_TIME_RE = /^[^\s，,。！？：:“”"]{2,16}\s*(?:\d{4}[-/.])?\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?$/;

/** Line i heads a platform's comments: the header where the speech has ended above it (the line above removed, or
 *  a closing's start), with a reader's name and time among the next lines (a write box between them). A speech's
 *  own 观点（一） or a count it reads out under its paragraph stays. */
export function isOpinionsHeader(texts: string[], verdict: (string | null)[], i: number): boolean {
  if (!OPINIONS_HEADER_RE.test(texts[i]!.trim())) return false;
  const above = texts[keptFrom(texts, verdict, i, -1)]?.trim() ?? "";
  if (!verdict[previousLine(texts, i)] && !isClosingStart(above)) return false;
  return texts.slice(i + 1, i + 5).some((t) => NAME_AND_TIME_RE.test(t.trim()));
}

/** The account's header: its name, a verified badge (V), its followers (粉丝数：8.3万 / 8.3万粉丝). */
const ACCOUNT_HEADER_RE =
  /^([\u4e00-\u9fffA-Za-z0-9_]{3,12}?)\s*[VⓋ✓✔]?\s*(?:[|｜·•]\s*)?(?:粉丝(?:数)?\s*[：:]?\s*\d+(?:\.\d+)?[万wW]?|\d+(?:\.\d+)?[万wW]?\s*粉丝)(?:\s|$)/;
const ACCOUNT_LINE_MAX = 60;

const ACCOUNT_INFO = "账号信息";

/** The account's name, where line t is its header; else null. */
function accountName(line: string): string | null {
  const t = line.trim();
  return (t.length <= ACCOUNT_LINE_MAX && ACCOUNT_HEADER_RE.exec(t)?.[1]) || null;
}

/** Marks the account's header (its name and followers) and its plea to be followed between two paragraphs
 *  (关注@应急笔记本，每天分享安全生产干货！ / 欢迎关注应急笔记本，…), which names the page's own account. A speech's
 *  关注@县应急管理局官方微博 names another. */
export function markAccountPlugs(texts: string[], verdict: (string | null)[]): void {
  if (!texts.some((t) => t.includes("粉丝"))) return;
  const header = texts.findIndex((t) => accountName(t) !== null);
  if (header < 0) return;
  const name = accountName(texts[header]!)!;
  verdict[header] ??= ACCOUNT_INFO;
  const plug = new RegExp(`^(?:欢迎|点击|记得|请)?关注\\s*[@＠]?\\s*${escapeRegExp(name)}(?:[，,！!。]|\\s|$)`);
  texts.forEach((t, i) => {
    if (t.trim().length <= ACCOUNT_LINE_MAX * 2 && plug.test(t.trim())) verdict[i] ??= "公众号界面文字";
  });
}

/** Where a speech names an account as its own words: quoted, after @ or 关注, or where it is used (在…开设, 用好…),
 *  or before the kind of account or a list's 等. */
const MENTIONED_BEFORE = /(?:[“"「《『@＠]|关注|搜索|登录|通过|在|用好|利用|依托|借助)$/;
const MENTIONED_AFTER =
  /^(?:[”"」》』]|公众号|微信|微博|视频号|抖音|头条|百家号|号|平台|账号|客户端|小程序|栏目|专栏|官微|App|APP|等)/;

/** What follows a name the speech uses as a phrase of its own (平安青禾建设, 平安青禾各项任务, 更高水平的平安青禾，): a
 *  campaign's noun, 的, a sentence's break. A watermark set into a sentence breaks a word (我应急笔记本区, 部分安全小课堂企业). */
const PHRASE_AFTER_RE =
  /^(?:建设|工作|行动|创建|创安|品牌|示范|体系|战略|目标|任务|各项|各类|成果|成效|理念|格局|形象|底线|防线|大局|事业|宣传|平台|的|之|[，。、；！？,.;!?：:）)\s]|$)/;
const PHRASE_BEFORE_RE = /(?:的|建设|推进|打造|护航|创建|守护|共建|共享)$/;

/** A name that says it is an account (区级融媒体官方账号) is how a speech names one too; a short one (安全网) is a word. */
export const ACCOUNT_WORD_END_RE = /(?:账号|公众号|号|平台|官微|微博)$/;
const WATERMARK_MIN = 4;

/** The account's name as a watermark: the header's name, where the body carries it and none of its places reads as
 *  the speech's mention of an account or as a phrase of its own (an account is often named for a campaign, 平安青禾). */
export function accountWatermark(noiseLines: string[], body: string): string | null {
  const name = noiseLines.map(accountName).find((n) => n !== null);
  if (!name || name.length < WATERMARK_MIN || ACCOUNT_WORD_END_RE.test(name) || !body.includes(name)) return null;
  for (let at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + name.length))
    if (usedAsOwnWords(body, at, name)) return null;
  return name;
}

/** The name at `at` in the body reads as the speech's mention of an account or as a phrase of its own. */
export function usedAsOwnWords(body: string, at: number, name: string): boolean {
  const before = body.slice(Math.max(0, at - 2), at);
  const after = body.slice(at + name.length, at + name.length + 3);
  if (MENTIONED_BEFORE.test(before) || MENTIONED_AFTER.test(after)) return true;
  return PHRASE_AFTER_RE.test(after) || PHRASE_BEFORE_RE.test(before);
}
