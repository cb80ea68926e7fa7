// A chat export (微信, QQ, 钉钉 group records): each message under its sender's name and the time it was sent, on one
// line (镇党政办-吴晓丽 2024-09-13 08:02:11) or on two (the name, then the date and time alone), with date dividers
// between days. A speech pasted into a group comes in several messages by one poster; the others' messages (收到，
// 马上组织排查, a question to the poster) and the names and times are the chat's.
import { isTitleLine } from "./outline-patterns";
import { markPosterAfterwords } from "./noise-chat-afterwords";
import { mayMatch, needs } from "./regex-needs";
import { READER_NOTE_HEAD_RE } from "./noise-study-notes";

/** 吴晓丽 08:02 / 镇党政办-吴晓丽 2024-09-13 08:02:11 — who spoke when, in a chat export. */
/** (The space may be gone: normalising drops it between a full-width bracket and a digit. A time of day alone, 上午9:30,
 *  is no sender.) */
const CHAT_HEADER_RE = needs(
  [":"],
  /^(?![^\s]*(?:上午|下午|晚上|早上|中午|时间)\s*\d)[^\s，。：:！？\d]{2,24}?\s*(?:\d{4}[-/]\d{1,2}[-/]\d{1,2}\s+)?\d{1,2}:\d{2}(?::\d{2})?$/,
);
const CHAT_TIME_RE = /\s*(?:\d{4}[-/]\d{1,2}[-/]\d{1,2}\s+)?\d{1,2}:\d{2}(?::\d{2})?$/;
/** 2024-04-01 15:03:27 alone on its line, under the sender's name: the time a message was sent. */
const SENT_AT_RE = /^\d{4}[-/]\d{1,2}[-/]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?$/;
/** The sender's name above it: a unit and a person (县交通运输局-陈××), no sentence. */
const SENDER_RE = /^[^\s，。：:！？；、“”]{2,24}$/;
/** QQ's text export: the time first, then the sender and his number (2024-04-22 8:41:10 局办公室刘敏(1048823176)). */
const SENT_BY_RE =
  /^\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}:\d{2}\s*([^，。！？]{1,30}?)\s*(?:[(（](\d{5,12})[)）]|<([^<>\s]{3,60})>)$/;
/** A WeChat exporter's header, the time first and the sender's name after it, no number (2024-11-03 20:01:15
 *  陈德旺（村支书）): counted, like a name over a time, only when one sender sends again. */
const TIME_THEN_NAME_RE =
  /^\d{4}[-/]\d{1,2}[-/]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s*([^\s\d，。！？：:；、“”,.!?;][^\s，。！？：:；、“”,.!?;]{1,23})$/;
/** The export's own head (消息记录（此消息记录为文本格式…）, 消息分组:…, 消息对象:…) and a message that is a file, a picture
 *  or a sticker ([文件] …讲话（定稿）.docx, [图片]): the chat's, whoever sent it. */
const EXPORT_HEAD_RE = /^(?:消息记录|消息分组|消息对象)[:：（(]/;
const NOT_TEXT_RE = /^\[(?:文件|图片|表情|语音|视频|动画表情|链接)\]/;
/** The chat's own notices between messages: 某某 撤回了一条消息, 某某 拍了拍 某某, 某某邀请某某加入了群聊, 某某修改群名为…,
 *  whose actor is one of the chat's senders (or 你): a poster's heading (一、不能…拍了拍胸脯了事) names none. */
const SYSTEM_NOTICE_RE =
  /^["“]?([^\s"“”，。！？、]{1,30}?)["”]?\s*(?:撤回了一条(?:成员)?消息|拍了拍\S.{0,30}|(?:邀请\S.{0,60})?加入了群聊|退出了群聊|被移出群聊|修改群名为\S.{0,30})$/;
const DATE_DIVIDER_RE = /^[—\-=─]{2,}\s*\d{4}[-/年]\d{1,2}[-/月]\d{1,2}日?\s*[—\-=─]{2,}$/;
const CHAT_HEADERS = 3;
/** A chat's own lines; the poster's text flows on across them (a paragraph cut between two messages is one). */
export const CHAT = "聊天记录";

type Head = { at: number; last: number; sender: string };

/** A group's reply (收到 / 好的，马上落实 / 👍 / [强]): a message, not a line of the speech. */
const REPLY_RE = /^(?:收到|好的|明白|已阅|遵照执行|坚决落实|\[(?:强|赞|握手|抱拳|OK)\]|\p{Extended_Pictographic})/u;
const REPLY_CHARS = 20;

/** Whether a page holds a chat's own sign beside its time-first headers: the export's head, a picture or voice
 *  message, a notice (撤回了一条消息), a reply (收到) as a message. A speech's dated lines (2024-07-10 14:20 井下作业面
 *  over what happened there, 2024-06-03 09:30 县长周明 over his remarks on an inspection) have none. */
function showsChat(texts: string[], timeFirst: Head[]): boolean {
  const replies = timeFirst.some((h) => {
    const t = texts[h.last + 1]?.trim() ?? "";
    return t.length <= REPLY_CHARS && REPLY_RE.test(t);
  });
  const names = timeFirst.map((h) => texts[h.at]!);
  return (
    replies ||
    texts.some((l) => {
      const t = l.trim();
      return EXPORT_HEAD_RE.test(t) || NOT_TEXT_RE.test(t) || isNotice(t, names);
    })
  );
}

/** A notice of the chat's (撤回了一条消息, 拍了拍…), its actor one of the senders `names` (their header lines) or 你. */
function isNotice(t: string, names: string[]): boolean {
  const actor = SYSTEM_NOTICE_RE.exec(t)?.[1];
  return !!actor && (actor === "你" || names.some((n) => n.includes(actor)));
}

/** Each message's header: its first line and the line its text starts after (the same line, or the time under the
 *  name). Names over times count only when one of them sends again: a portal's headlines over their dates, a title
 *  over the time it was posted, are no chat. */
function messageHeads(texts: string[]): Head[] {
  const heads: Head[] = [];
  // Headers that name a sender only by what he shows: a chat's only once one of those names sends again.
  const byName: Head[] = [];
  // The time, then a short phrase (a name, or a place, a role and a name in a speech's timeline): a chat's only on a
  // page that shows a chat otherwise too.
  const timeFirst: Head[] = [];
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i]!.trim();
    // An e-reader's note head (◇ 划线　2024/05/20 22:14) names its kind, not a sender: noise-study-notes.ts reads it.
    if (READER_NOTE_HEAD_RE.test(t)) continue;
    const sentBy = SENT_BY_RE.exec(t);
    // The sender is his number (or address): a member may change the name he shows in the group.
    const timed = sentBy ? null : TIME_THEN_NAME_RE.exec(t);
    if (sentBy) heads.push({ at: i, last: i, sender: sentBy[2] ?? sentBy[3]! });
    else if (timed) timeFirst.push({ at: i, last: i, sender: timed[1]! });
    else if (mayMatch(CHAT_HEADER_RE, t) && CHAT_HEADER_RE.test(t))
      heads.push({ at: i, last: i, sender: t.replace(CHAT_TIME_RE, "") });
    else if (SENDER_RE.test(t) && !isTitleLine(t) && SENT_AT_RE.test(texts[i + 1]?.trim() ?? "")) {
      byName.push({ at: i, last: i + 1, sender: t });
      i++;
    }
  }
  if (timeFirst.length && showsChat(texts, timeFirst)) byName.push(...timeFirst);
  const sends = new Map<string, number>();
  for (const h of byName) sends.set(h.sender, (sends.get(h.sender) ?? 0) + 1);
  if ([...sends.values()].some((n) => n >= 2)) heads.push(...byName);
  return heads.sort((a, b) => a.at - b.at);
}

/** Marks a chat export's name-and-time lines and date dividers, when the file has several of them, and the
 *  messages of everyone but the one who posted the speech (收到，认真学习 / [强][强]): the poster is the sender whose
 *  messages hold the most text; another's message runs from their name to the next blank line or name. */
export function markChatHeaders(texts: string[], verdict: (string | null)[]): void {
  const heads = messageHeads(texts);
  const dividers = texts.flatMap((t, i) => (DATE_DIVIDER_RE.test(t.trim()) ? [i] : []));
  if (heads.length + dividers.length < CHAT_HEADERS) return;
  const header = new Set(dividers);
  for (const h of heads) for (let k = h.at; k <= h.last; k++) header.add(k);
  for (const i of header) verdict[i] ??= CHAT;
  const messages = heads.map((h) => {
    const body: number[] = [];
    for (let k = h.last + 1; k < texts.length && texts[k]!.trim() && !header.has(k); k++) body.push(k);
    return { sender: h.sender, body };
  });
  const size = new Map<string, number>();
  for (const m of messages)
    size.set(m.sender, (size.get(m.sender) ?? 0) + m.body.reduce((n, k) => n + texts[k]!.length, 0));
  const poster = [...size].sort((a, b) => b[1] - a[1])[0]?.[0];
  for (const m of messages) if (m.sender !== poster) for (const k of m.body) verdict[k] ??= CHAT;
  for (const m of messages) for (const k of m.body) if (NOT_TEXT_RE.test(texts[k]!.trim())) verdict[k] ??= CHAT;
  markPosterAfterwords(texts, verdict, messages, poster);
  const names = heads.map((h) => texts[h.at]!);
  texts.forEach((t, i) => {
    if (EXPORT_HEAD_RE.test(t.trim()) || isNotice(t.trim(), names)) verdict[i] ??= CHAT;
  });
}
