// A live page's own lines around the speech it carries. A livestream's replay: the room's notices (viewers counted,
// gifts sent, likes, the platform's 【系统】 lines, the 弹幕 switch, the replay's views) and, once the page shows such
// a room, the viewers' 弹幕 set between the speech's paragraphs (化工老兵：领导讲得实在, 学习了, 666). A live blog
// (图文直播): each update headed by its time over its poster's role (10:21 / 主持人), and the host's update posted
// after the speech has closed (会议在热烈的掌声中结束。本场图文直播到此结束…). None of it is the speaker's.
import {
  endsSentence,
  isClosingStart,
  isSalutation,
  isSpeakerLine,
  isTitleLine,
  parseEnumerator,
} from "./outline-patterns";
import { nextLine } from "./noise-page-furniture";

export const LIVE_ROOM = "直播间消息";
export const LIVE_COMMENT = "直播间弹幕";
export const LIVE_BLOG = "图文直播的播报";
export const REACTION_COUNT = "点赞数";

/** 👍1千 / ❤ 3,215 / 🔥 2.3万: a reaction's glyph and its count, alone on the line. */
const REACTION_COUNT_RE = /^(?:👍|👎|❤|♥|💗|💖|🔥|👁|💬)\uFE0F?\s*\d[\d,.]*\s*[万千kKwW]?\+?$/u;
/** 🎁 安全员小周 送出 “安全帽” ×1: a viewer's gift, its name and how many (no sentence sends a gift ×1). */
const GIFT_RE =
  /^(?:🎁\uFE0F?\s*)?[^\s，。！？：:]{1,16}\s*(?:送出|送了|赠送)\s*[^，。！？]{1,16}?\s*[×xX✕]\s*\d{1,4}$/u;
/** 👍 点赞数突破 1 万！ / 安全员小周为主播点了赞: the room's like notices (主播 is the streamer); an article's bar of
 *  buttons (👍 点赞 86 ｜ ☆ 收藏) is no notice. */
const LIKE_RE =
  /^👍\uFE0F?\s*(?:点赞数?|赞数)\s*(?:突破|破|达到|超过)|^(?:👍\uFE0F?\s*)?[^，。！？]{1,16}为主播点(?:了|个)?赞$/u;
/** 【系统】欢迎来到直播间！…: the platform's own notice. */
const SYSTEM_RE = /^[【[]系统(?:消息|通知|提示|公告)?[】\]]/;
/** 当前 2,316 人正在观看 / 1.2万人在看: the viewers counted. */
const VIEWERS_RE = /^(?:当前|目前|现在|实时)?\s*[\d,.]+\s*[万千]?\s*人(?:正在|在)(?:观看|收看|看)$/;
/** 弹幕已开启 · 请文明发言 / 弹幕: the 弹幕 switch and its plea. */
const DANMAKU_SWITCH_RE = /^弹幕(?:已?(?:开启|关闭|打开)|开|关)?(?:\s*[·・|｜]\s*[^。！？，]{1,12})?$/;
/** 2.8万次观看 / 观看 1.3万: a cell of the replay's line that counts its views. */
const VIEWS_CELL_RE =
  /^(?:[\d.,]+\s*[万千wW]?\+?\s*(?:次|人次)?(?:观看|收看)|(?:观看|收看)(?:量|数|人次)?\s*[：:]?\s*[\d.,]+\s*[万千wW]?\+?)$/;

/** 直播时间 2024-09-06 14:30 | 时长 01:05:22 | 2.8万次观看: a replay's line of figures, one cell its views. */
function isReplayFigures(t: string): boolean {
  const cells = t.split(/\s*[|｜]\s*/);
  return cells.length >= 2 && !/[。！？，；]/.test(t) && cells.some((c) => VIEWS_CELL_RE.test(c));
}

/** The reason a line (its emoji still there) is a live room's notice or a reaction's count, or null. */
export function liveLineReason(t: string): string | null {
  if (t.length > 80) return null;
  if (REACTION_COUNT_RE.test(t)) return REACTION_COUNT;
  if (GIFT_RE.test(t) || LIKE_RE.test(t) || SYSTEM_RE.test(t) || VIEWERS_RE.test(t)) return LIVE_ROOM;
  if (DANMAKU_SWITCH_RE.test(t) || isReplayFigures(t)) return LIVE_ROOM;
  return null;
}

/** Notices enough to show a live room: a speech may name one gift or one count, never a room's several. */
const MIN_ROOM_NOTICES = 3;
/** 化工老兵：领导讲得实在，双节前确实得紧一紧: a viewer's name, its colon, a remark of a line. */
const COMMENT_RE = /^([^\s：:，。！？；、“”‘’《》（）()【】[\]]{2,10})[：:]\s*(\S.{0,58})$/;
/** A speech's own labels before a colon (要求：…, 重点：…, 一是：…) name no viewer, nor do a page's (相关回放：…). */
const LABEL_WORD_RE =
  /^(?:相关|上一|下一|更多|推荐|来源|主办|[一二三四五六七八九十]+是|第[一二三四五六七八九十]+|其[一二三四五六七八九十]|要求|重点|目标|任务|措施|注意|说明|备注|附件|总之|问题|原因|结论|答|问|时间|地点|地址|电话|热线|主题|内容|口号|标语|原则)/;
/** The 弹幕 that say no more than that they were there: 学习了, 收到, 打卡, 666, +1 (on a live room's page only). */
const CHEER_RE =
  /^(?:学习了?|收到了?|已阅|打卡|签到|来了|支持|前排|路过|顶|赞+|好+|同意|记下了|mark|[+＋]1|6{3,}|8{3,})[!！~～]*$/i;

/** 县融媒体中心：负责… / 值班组：24小时值守…: an office and its duty, a speech's list of who does what. */
const OFFICE_NAME_RE = /(?:局|委|办|中心|部门|站|所|队|组|科|处|院|校|镇|乡|村|社区|公司|企业|单位)$/;
const DUTY_RE = /^(?:负责|牵头|配合|协助|做好|抓好|落实|要|主要|由|\d{1,2}\s*小时)/;

/** The viewers' lines among the speech's, once the page shows a live room. */
function markRoomComments(texts: string[], verdict: (string | null)[]): void {
  if (verdict.filter((v) => v === LIVE_ROOM).length < MIN_ROOM_NOTICES) return;
  texts.forEach((raw, i) => {
    const t = raw.trim();
    if (!t || verdict[i]) return;
    if (CHEER_RE.test(t)) {
      verdict[i] = LIVE_COMMENT;
      return;
    }
    const m = COMMENT_RE.exec(t);
    // A remark is a line with no full stop (a speech's sentence ends with one), under a name that is no label.
    if (!m || LABEL_WORD_RE.test(m[1]!) || /[。；：:]$/.test(m[2]!) || /[|｜]/.test(t)) return;
    if (OFFICE_NAME_RE.test(m[1]!) || DUTY_RE.test(m[2]!)) return;
    if (isSalutation(t) || isTitleLine(t) || isSpeakerLine(t) || parseEnumerator(t)) return;
    verdict[i] = LIVE_COMMENT;
  });
}

/** 10:21 alone on its line (an update's time). */
const STAMP_RE = /^(?:\d{1,2}[-/月]\d{1,2}日?\s*)?\d{1,2}[:：]\d{2}$/;
/** 主持人 / 小编 / 记者 李进 alone under the time: who posted the update. */
const ROLE_RE = /^(?:主持人|主播|小编|编辑|记者|通讯员|特派记者)(?:\s*[\u4e00-\u9fff]{2,3})?$/;
/** Updates so headed that make the page a live blog. */
const MIN_BLOG_HEADS = 2;
/** The host's update after the speech: a line or two and its count, not a text running on. */
const MAX_UPDATE_LINES = 4;
/** …and it reports the meeting or the live blog ended (会议在热烈的掌声中结束, 本场直播到此结束, 散会): a speech's own
 *  paragraph posted in a later update says no such thing of itself. */
const EVENT_ENDED_RE = /(?:会议|大会|活动|仪式|直播)[^。！？，]{0,12}(?:结束|闭幕)|到此结束|散会/;

/** The speech's closing: its last kept sentence that opens as a closing does; -1 when there is none. */
function lastClosing(texts: string[], verdict: (string | null)[]): number {
  return texts.findLastIndex((raw, i) => !verdict[i] && raw.trim().length >= 20 && isClosingStart(raw.trim()));
}

/** A live blog's update heads, and an update posted after the speech's closing, which is the host's. */
function markBlogUpdates(texts: string[], verdict: (string | null)[]): void {
  const heads = texts.flatMap((t, i) => {
    if (!STAMP_RE.test(t.trim())) return [];
    const role = nextLine(texts, i);
    return role >= 0 && ROLE_RE.test(texts[role]!.trim()) ? [[i, role] as const] : [];
  });
  if (heads.length < MIN_BLOG_HEADS) return;
  const closing = lastClosing(texts, verdict);
  for (const [stamp, role] of heads) {
    verdict[stamp] ??= LIVE_BLOG;
    verdict[role] ??= LIVE_BLOG;
    if (closing < 0 || stamp < closing || !endsSentence(texts[closing]!.trim())) continue;
    const lines: number[] = [];
    for (let k = role + 1; k < texts.length && texts[k]!.trim() && !STAMP_RE.test(texts[k]!.trim()); k++) lines.push(k);
    // A title, a salutation or a numbered point below says a speech goes on there.
    const goesOn = lines.some((k) => isTitleLine(texts[k]!.trim()) || isSalutation(texts[k]!.trim()));
    if (lines.length > MAX_UPDATE_LINES || goesOn || lines.some((k) => parseEnumerator(texts[k]!.trim()))) continue;
    if (!lines.some((k) => EVENT_ENDED_RE.test(texts[k]!))) continue;
    for (const k of lines) verdict[k] ??= LIVE_BLOG;
  }
}

/** Marks a live page's own lines: the room's viewers' 弹幕 and the blog's update heads and its host's last update. */
export function markLivePages(texts: string[], verdict: (string | null)[]): void {
  markRoomComments(texts, verdict);
  markBlogUpdates(texts, verdict);
}
