// A live page's own lines around the speech it carries. A livestream's replay: the room's notices (viewers counted,
// gifts sent, likes, the platform's 【系统】 lines, the 弹幕 switch, the replay's views) and, once the page shows such
// a room, the viewers' 弹幕 set between the speech's paragraphs (化工老兵：领导讲得实在, 学习了, 666). A live blog
// (图文直播): each update headed by its time over its poster's role (10:21 / 主持人) or posted on one line with them
// (09:00　主持人：…), its buttons (刷新｜正序｜倒序), and the host's update posted after the speech has closed
// (会议在热烈的掌声中结束。本场图文直播到此结束…). None of it is the speaker's.
import {
  endsSentence,
  isClosingStart,
  isSalutation,
  isSpeakerLine,
  isTitleLine,
  parseEnumerator,
} from "./outline-patterns";
import { previousLine } from "./noise-page-cards";
import { CHAT_PREFIX_RE } from "./noise-fragments";
import { isPostedSpeakerLine } from "./speech-frame-lines";
import { nextLine } from "./noise-page-furniture";
import { isHostScript, LIVE_BLOG, markTalkSlots, markTimedPosts, MIN_BLOG_HEADS } from "./noise-live-text-posts";

export { LIVE_BLOG } from "./noise-live-text-posts";

export const LIVE_ROOM = "直播间消息";
export const LIVE_COMMENT = "直播间弹幕";
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
/** 〔弹幕〕00:01:19 八月那场火太惨了 / 【弹幕】老李：… / 弹幕 02:23 有没有文字版？: a viewer's 弹幕 as a video's export
 *  sets it among the subtitles, under the platform's label (bracketed, or bare before its time into the video). A
 *  speech that speaks of 弹幕 names them inside its sentence, never as its line's label. */
const DANMAKU_LINE_RE =
  /^(?:[〔【[［（(<《]\s*弹幕\s*[〕】\]］）)>》]|弹幕\s*[[［【(（]?\d{1,2}:\d{2}(?::\d{2})?(?![\d:]))/u;
/** 2.8万次观看 / 观看 1.3万: a cell of the replay's line that counts its views. */
const VIEWS_CELL_RE =
  /^(?:[\d.,]+\s*[万千wW]?\+?\s*(?:次|人次)?(?:观看|收看)|(?:观看|收看)(?:量|数|人次)?\s*[：:]?\s*[\d.,]+\s*[万千wW]?\+?)$/;

/** A cell naming the replay itself: 直播时间 …, 时长 01:05:22, 回放 (a table's row of shows and views has none). */
const REPLAY_CELL_RE = /^(?:(?:直播|开播|回放|录制)(?:时间|日期)|时长|回放)/;

/** 直播时间 2024-09-06 14:30 | 时长 01:05:22 | 2.8万次观看: a replay's line of figures, one cell its views and one
 *  naming the replay; a list of related videos (标题 | 1.2万次观看) or a speech's table of views names no replay. */
function isReplayFigures(t: string): boolean {
  const cells = t.split(/\s*[|｜]\s*/);
  return (
    cells.length >= 2 &&
    !/[。！？，；]/.test(t) &&
    cells.some((c) => VIEWS_CELL_RE.test(c)) &&
    cells.some((c) => REPLAY_CELL_RE.test(c))
  );
}

/** 刷新　｜　正序　｜　倒序: a live blog's buttons to reload and order its updates (each maybe after its icon: ⟳ 刷新 ｜
 *  ↑ 正序), and nothing else. */
const BLOG_BUTTON =
  "(?:[⟳↻🔄↑↓⬆⬇]\\uFE0F?\\s*)?(?:刷新|自动刷新|正序|倒序|按时间(?:正序|倒序)|最新在前|最早在前|只看主持人)";
const BLOG_BUTTONS_RE = new RegExp(`^${BLOG_BUTTON}(?:\\s*[｜|·/]\\s*${BLOG_BUTTON}){1,4}$`, "u");

/** The reason a line (its emoji still there) is a live room's notice or a reaction's count, or null. */
export function liveLineReason(t: string): string | null {
  if (t.length > 80) return null;
  if (BLOG_BUTTONS_RE.test(t)) return LIVE_BLOG;
  if (REACTION_COUNT_RE.test(t)) return REACTION_COUNT;
  if (GIFT_RE.test(t) || LIKE_RE.test(t) || SYSTEM_RE.test(t) || VIEWERS_RE.test(t)) return LIVE_ROOM;
  if (DANMAKU_SWITCH_RE.test(t) || isReplayFigures(t)) return LIVE_ROOM;
  if (DANMAKU_LINE_RE.test(t)) return LIVE_COMMENT;
  return null;
}

/** Notices enough to show a live room, of two kinds or more: a speech may name one gift or one count, or a table of
 *  its views, never a room's several notices. */
const MIN_ROOM_NOTICES = 3;
const MIN_NOTICE_KINDS = 2;
/** The replay's figures stand in the page's head; lower down, such a line is a list's or a table's. */
const REPLAY_HEAD_LINES = 12;

/** Which kind of room notice a line is (its emoji may be gone by now); "other" for one read so before. */
function noticeKind(t: string): string {
  if (GIFT_RE.test(t)) return "gift";
  if (/点赞|点了赞|点个赞/.test(t)) return "like";
  if (SYSTEM_RE.test(t)) return "system";
  if (VIEWERS_RE.test(t)) return "viewers";
  if (/^弹幕/.test(t)) return "switch";
  if (isReplayFigures(t)) return "replay";
  return "other";
}

/** Whether the page shows a live room: its notices, several and of more than one kind. */
function showsLiveRoom(texts: string[], verdict: (string | null)[]): boolean {
  let headLines = 0;
  const kinds: string[] = [];
  texts.forEach((raw, i) => {
    const t = raw.trim();
    if (t) headLines++;
    if (verdict[i] !== LIVE_ROOM) return;
    const kind = noticeKind(t);
    if (kind !== "replay" || headLines <= REPLAY_HEAD_LINES) kinds.push(kind);
  });
  return kinds.length >= MIN_ROOM_NOTICES && new Set(kinds).size >= MIN_NOTICE_KINDS;
}

/** 化工老兵：领导讲得实在, 双节前确实得紧一紧: a viewer's name, its colon, a remark of a line. */
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
/** A speech's own X：Y lines: a quote or a reported exchange (总书记指出：“…”, 我问企业负责人：…？, 他回答：…), a
 *  numbered key word (关键词一：…). A verb of saying or a pronoun in the name part, a closing mark or quote at the end. */
const SAYING_NAME_RE =
  /指出|强调|说|讲|问|答|表示|要求|反映|提出|认为|想|称|告诉|介绍|指示|批示|号召|提醒|宣布|呼吁|叮嘱|嘱咐|坦言|感慨|谈到|写道|^(?:我|咱|大家|他|她|你)/;
const SPEECH_END_RE = /[！!？?”」』]$/;
const NUMBERED_NAME_RE = /[一二三四五六七八九十]$/;
/** A viewer's handle: Latin letters or digits, a nickname (老李, 小周, 阿强, 化工老兵), a doubled one (刚刚), a
 *  网友/用户/路人. A speech's topic (安全生产：…, 白天：…) or office (公安交警：…) looks like none of these. */
const HANDLE_RE = /[A-Za-z0-9_]|[小老阿][\u4e00-\u9fff]$|^(.)\1$|网友|用户|粉丝|观众|路人/;
/** A name that may be a person's (老安监, 园区一员): taken when the remark sits next to another room line. */
const PERSON_NAME_RE = /^[小老阿]|(?:员|兵|友|工|哥|姐|叔|姨|嫂|妹|弟|爷|师傅)$/;

/** A viewer's remark by its shape: name：remark, no sentence of a speech's (see above). */
function remarkName(t: string): string | null {
  const m = COMMENT_RE.exec(t);
  if (!m || LABEL_WORD_RE.test(m[1]!) || /[。；：:]$/.test(m[2]!) || /[|｜]/.test(t)) return null;
  if (OFFICE_NAME_RE.test(m[1]!) || DUTY_RE.test(m[2]!)) return null;
  if (SAYING_NAME_RE.test(m[1]!) || SPEECH_END_RE.test(t) || NUMBERED_NAME_RE.test(m[1]!)) return null;
  if (isSalutation(t) || isTitleLine(t) || isSpeakerLine(t) || parseEnumerator(t)) return null;
  return m[1]!;
}

/** [18:55] 岚城小陈：县长讲话来了: a 弹幕 as a replay's transcript sets it among the speech's lines, its time into the
 *  stream, the viewer's name (CHAT_PREFIX_RE's) and a remark of a few words. */
const STAMPED_REMARK_RE = new RegExp(String.raw`${CHAT_PREFIX_RE.source}\S.{0,39}$`);
const MIN_STAMPED_SENDERS = 3;
/** The speech's untimed lines against the timed ones, by their characters: a replay's transcript is mostly the speech. */
const UNTIMED_TO_TIMED = 3;
/** A meeting's chair, or a speaker by his post and name (镇应急办主任刘强): minutes, not a viewer's handle. */
const CHAIR_RE = /^(?:会议)?主持(?:人)?$/;
const meetingSpeaker = (name: string) => CHAIR_RE.test(name) || isPostedSpeakerLine(name);

/** The page sets timed remarks by a crowd among the speech's lines: every line opened by a time and a name is a remark
 *  of a few words, three senders or more, none of whom sent half of them. A chat export that posts the speech under
 *  its poster's time and name ([09:14:30] 刘××：…, noise.ts cuts those off) has one sender for most of its lines, and
 *  his messages run long. The speech runs on in untimed lines between the 弹幕, three times their length and more: a
 *  talk posted as short timed messages with their 收到 / 好的 (a chat) has hardly a line without its time, nor have
 *  minutes that time each speaker's turn ([09:05] 镇应急办主任刘强：通报…), whose senders go by post and name. */
export function showsStampedRemarks(texts: string[]): boolean {
  const sent = new Map<string, number>();
  let [lines, most, stamped, untimed] = [0, 0, 0, 0];
  for (const raw of texts) {
    const t = raw.trim();
    if (!CHAT_PREFIX_RE.test(t)) {
      if (t.length >= PROSE_MIN) untimed += t.length;
      continue;
    }
    const m = STAMPED_REMARK_RE.exec(t);
    if (!m) return false;
    const n = (sent.get(m[1]!) ?? 0) + 1;
    sent.set(m[1]!, n);
    most = Math.max(most, n);
    lines++;
    stamped += t.length;
  }
  if (sent.size < MIN_STAMPED_SENDERS || most * 2 >= lines || untimed < stamped * UNTIMED_TO_TIMED) return false;
  return [...sent.keys()].filter(meetingSpeaker).length * 3 < sent.size;
}

/** The viewers' lines among the speech's, once the page shows a live room. */
function markRoomComments(texts: string[], verdict: (string | null)[]): void {
  if (!showsLiveRoom(texts, verdict)) return;
  const isRoomLine = (j: number) =>
    j >= 0 && (verdict[j] === LIVE_ROOM || verdict[j] === REACTION_COUNT || CHEER_RE.test(texts[j]!.trim()));
  const shaped = (j: number) => j >= 0 && !verdict[j] && remarkName(texts[j]!.trim()) !== null;
  texts.forEach((raw, i) => {
    const t = raw.trim();
    if (!t || verdict[i]) return;
    if (CHEER_RE.test(t)) {
      verdict[i] = LIVE_COMMENT;
      return;
    }
    const name = remarkName(t);
    if (!name) return;
    const [above, below] = [previousLine(texts, i), nextLine(texts, i)];
    // Two X：Y lines in a row are a speech's list (公安交警：…/文旅：…, 白天：…/夜间：…), not two viewers.
    if (shaped(above) || shaped(below)) return;
    const nextToRoom = isRoomLine(above) || isRoomLine(below);
    if (HANDLE_RE.test(name) || (PERSON_NAME_RE.test(name) && nextToRoom)) verdict[i] = LIVE_COMMENT;
  });
}

/** 10:21 alone on its line (an update's time). */
const STAMP_RE = /^(?:\d{1,2}[-/月]\d{1,2}日?\s*)?\d{1,2}[:：]\d{2}$/;
/** 主持人 / 小编 / 记者 李进 alone under the time: who posted the update. */
const ROLE_RE = /^(?:主持人|主播|小编|编辑|记者|通讯员|特派记者)(?:\s*[\u4e00-\u9fff]{2,3})?$/;
/** The host's update after the speech: a line or two and its count, not a text running on. */
const MAX_UPDATE_LINES = 4;
/** …and it reports, in the third person, that the meeting or the live ended (会议在热烈的掌声中结束。本场直播到此结束。):
 *  a speech's own paragraph posted in a later update says no such thing of itself, and the chair's imperative
 *  (大会到此结束，散会！) or a plan for after the meeting (会议结束后…) is no report. */
const EVENT_ENDED_RE =
  /(?:会议|大会|活动|仪式)(?:在[^。！？，]{1,12}中)?(?:圆满|胜利|顺利)?(?:结束|闭幕)(?=[。，]|$)|(?:本场|本次)?[^。！？，]{0,6}直播(?:到此|已经?)?结束/;
const reportsEventEnded = (line: string) =>
  line.split(/(?<=[。！？!?])/).some((s) => EVENT_ENDED_RE.test(s) && !/[！!]$/.test(s.trim()));
/** A kept line long enough to be a speech's paragraph. */
const PROSE_MIN = 20;

/** The speech's closing: its last kept sentence that opens as a closing does, but not the speech's first paragraph
 *  (同志们，今天把大家召集起来… opens it); without one, the last kept paragraph reporting no end. -1 when none. */
function lastClosing(texts: string[], verdict: (string | null)[]): number {
  const prose = (i: number) => !verdict[i] && texts[i]!.trim().length >= PROSE_MIN;
  const opensSpeech = (i: number) => {
    for (let j = i - 1; j >= 0; j--) {
      const t = texts[j]!.trim();
      if (isTitleLine(t) || isSalutation(t)) return true;
      if (prose(j)) return false;
    }
    return true;
  };
  const closing = texts.findLastIndex((raw, i) => prose(i) && isClosingStart(raw.trim()) && !opensSpeech(i));
  return closing >= 0 ? closing : texts.findLastIndex((raw, i) => prose(i) && !reportsEventEnded(raw));
}

/** A live blog's update heads, and an update posted after the speech's closing, which is the host's. */
function markBlogUpdates(texts: string[], verdict: (string | null)[]): void {
  const heads = texts.flatMap((t, i) => {
    if (!STAMP_RE.test(t.trim())) return [];
    const role = nextLine(texts, i);
    return role >= 0 && ROLE_RE.test(texts[role]!.trim()) ? [[i, role] as const] : [];
  });
  // A host's script (主持词) with its times and turns is the page's speech, not a live blog: its turns' heads
  // (14:30 / 主持人) and its last turn (大会到此结束，散会！) are its own.
  if (heads.length < MIN_BLOG_HEADS || isHostScript(texts, heads[0]![0])) return;
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
    if (!lines.some((k) => reportsEventEnded(texts[k]!.trim()))) continue;
    for (const k of lines) verdict[k] ??= LIVE_BLOG;
  }
}

/** Marks a live page's own lines: the room's viewers' 弹幕 (timed or not: `stampedRemarks`, showsStampedRemarks of
 *  the page's lines before the cuts) and the blog's update heads and its host's last update. */
export function markLivePages(texts: string[], verdict: (string | null)[], stampedRemarks = false): void {
  if (stampedRemarks) for (const [i, t] of texts.entries()) if (CHAT_PREFIX_RE.test(t)) verdict[i] ??= LIVE_COMMENT;
  markRoomComments(texts, verdict);
  markBlogUpdates(texts, verdict);
  markTimedPosts(texts, verdict);
  markTalkSlots(texts, verdict);
}
