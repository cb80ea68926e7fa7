// A page copied from an AI assistant's chat (a clerk asks it for a draft, selects all and pastes): the sidebar of
// earlier chats under their date groups (今天 / 昨天 / 7天内 …), the clerk's request (帮我写一篇讲话稿：…), the
// model's reasoning under 已深度思考（用时 N 秒）, and its lead-in (好的，以下是…：). The draft itself is the speech.
import {
  dateOfLine,
  endsSentence,
  isPostedSpeakerLine,
  isSalutation,
  isSpeakerLine,
  isTitleLine,
} from "./outline-patterns";
import { ASSISTANT_HELPS, markAiDraftNotes } from "./noise-ai-draft-notes";

const answerStarts = (t: string) => isTitleLine(t) || isSalutation(t) || isPostedSpeakerLine(t);

/** The date groups of a chat app's sidebar. */
const CHAT_GROUP_RE =
  /^(?:今天|昨天|前天|本周|上周|本月|更早|更早以前|(?:近|最近)?(?:3|7|30|三十|七)天内?|一周内|一个月内)$/;
/** Groups needed before the lines under them are read as a sidebar (one 今天 alone may be a speech's line). */
const MIN_GROUPS = 2;
/** A sidebar's groups stand within this many lines of each other. */
const GROUP_SPAN = 30;
/** The longest line taken for a chat's name in the sidebar. */
const CHAT_NAME_CHARS = 40;

/** A request to the assistant: 帮我写… / 请你起草… / 给我润色…. */
const REQUEST_RE =
  /^(?:请|麻烦)?(?:帮我|帮忙|给我|为我|请你|你帮我)(?:写|起草|拟写?|撰写|生成|润色|改写|修改|压缩|扩写|整理|续写)(?:一篇|一份|一个|一下|成|到)|^[^。！？]{4,80}[，,]\s*(?:请)?(?:帮我|帮忙|给我)(?:找|查|搜|搜索|查找)[^。！？]{0,12}$/;
/** The assistant's offer under its answer, read anywhere on the page: 如有需要，我可以帮你… at once (noise-ai-draft-notes.ts
 *  reads looser offers, 如需…，可以继续告诉我, only outside the draft: a speech says 如需…随时告诉我 too). */
const OFFER_RE = new RegExp(String.raw`^(?:如有需要|如果需要|需要的话|如需)[，,]?\s*${ASSISTANT_HELPS}`);
const REQUEST_CHARS = 300;
/** The model's reasoning, shown above its answer. */
const REASONING_RE =
  /^(?:已深度思考|深度思考中|已思考|思考过程|已完成思考|思考中)\s*(?:[（(]\s*用时\s*\d+\s*秒\s*[)）])?$/;
const REASONING_LINES = 12;
/** 好的，以下是一篇…讲话稿，…： / 好的，…我起草了一篇…讲话稿。数据请您替换：: the answer's lead-in (its own remarks on the
 *  draft may follow in sentences before its colon). */
const LEAD_IN_RE =
  /^(?:好的|没问题|明白了?|收到|当然可以|可以的)[，,！!。～~]?.{0,60}?(?:以下是|下面是|为您|为你|给您|给你|我(?:写|起草|拟|撰写|准备|整理)了)[^。！？]{0,40}(?:一篇|一份|讲话稿|发言稿|主持词|初稿|稿子|范文|版本).{0,80}[：:]$/;

/** The answer's lead-in: the first, where it stands above the page's first title or salutation (the draft's), or
 *  anywhere on a page that shows the chat otherwise (`chat`, or the clerk's request above it: an export's 会话名称：…
 *  讲话稿 may read as a title). Under a speech's title, 好的，谢谢主持人。我准备了一份发言稿…讲三点： is the speaker's own
 *  opening, in a transcript. -1: none. */
function leadIn(texts: string[], verdict: (string | null)[], chat: boolean): number {
  const lead = texts.findIndex((t) => LEAD_IN_RE.test(t.trim()));
  if (lead < 0 || chat) return lead;
  const above = texts.slice(0, lead).map((t) => t.trim());
  if (above.some((t) => REQUEST_RE.test(t) && t.length <= REQUEST_CHARS)) return lead;
  return above.some((t, i) => !verdict[i] && answerStarts(t)) ? -1 : lead;
}

/** Marks the chrome of an AI assistant's chat: its sidebar, the request, the reasoning and the lead-in. */
export function markAiChat(texts: string[], verdict: (string | null)[]): void {
  const sidebar = markSidebar(texts, verdict);
  const reasoning = texts.flatMap((t, i) => (REASONING_RE.test(t.trim()) ? [i] : []));
  const lead = leadIn(texts, verdict, sidebar || reasoning.length > 0);
  // A request is read as the clerk's only on a page that shows the chat otherwise.
  if (!sidebar && lead < 0 && !reasoning.length) return;
  texts.forEach((t, i) => {
    const line = t.trim();
    if (REQUEST_RE.test(line) && line.length <= REQUEST_CHARS) verdict[i] ??= "AI 对话的提问";
    else if (OFFER_RE.test(line) && line.length <= REQUEST_CHARS) verdict[i] ??= "AI 对话用语";
  });
  for (const i of reasoning) {
    verdict[i] ??= "AI 对话的思考过程";
    // Its text runs to the lead-in when there is one near, else to the next blank line.
    for (let k = i + 1; k <= i + REASONING_LINES && k < texts.length; k++) {
      if (k === lead || (lead < i && k > i + 1 && !texts[k]!.trim())) break;
      // The answer's text starts where a speech's frame does: its title, its speaker, its date, its salutation.
      if (answerStarts(texts[k]!.trim())) break;
      if (texts[k]!.trim()) verdict[k] ??= "AI 对话的思考过程";
    }
  }
  if (lead >= 0) verdict[lead] ??= "AI 对话用语";
  if (lead >= 0) markAnswerNotesAndRevisions(texts, verdict, lead);
  markSourceList(texts, verdict);
  markAiDraftNotes(texts, verdict, lead);
}

/** 参考来源 alone over the numbered pages an AI search answer cites (1. …讲话_领导讲话_某某市人民政府). */
const SOURCES_LABEL_RE = /^(?:参考来源|参考资料|引用来源|参考链接|搜索来源)\s*[：:]?$/;
const SOURCE_ITEM_CHARS = 100;

function markSourceList(texts: string[], verdict: (string | null)[]): void {
  texts.forEach((raw, i) => {
    if (!SOURCES_LABEL_RE.test(raw.trim())) return;
    verdict[i] ??= "AI 回答的参考来源";
    for (let k = i + 1; k < texts.length; k++) {
      const t = texts[k]!.trim();
      if (!NOTE_ITEM_RE.test(t) || t.length > SOURCE_ITEM_CHARS) break;
      verdict[k] ??= "AI 回答的参考来源";
    }
  });
}

/** 说明：1. 文中数据为示例…: the assistant's numbered notes under its draft. */
const NOTES_START_RE = /^(?:说明|注意|温馨提示|使用说明)[：:]\s*1[.．、]/;
const NOTE_ITEM_RE = /^\d{1,2}[.．、]/;
const NOTE_CHARS = 80;
/** 好的，以下是对第三部分的细化改写…：: a later answer rewriting one part, not the draft (a whole rewrite, 以下是修改后的
 *  讲话稿：, is a draft of its own). */
const REVISION_LEAD_RE =
  /^(?:好的|没问题|明白了?|可以的?|收到)[，,！!。]?.{0,40}?(?:以下是|下面是)(?:对|针对)?(?:第[一二三四五六七八九十\d]{1,2}(?:部分|段|节|点)|这一?(?:段|部分)|开头|结尾)[^。！？]{0,30}(?:修改|改写|细化|润色|补充|调整|扩写|压缩|精简)[^。！？]{0,40}[：:]$/;
/** 【我】 2027-04-02 10:38: a chat export's turn, which ends a revision. */
const TURN_RE = /^【[^】]{1,16}】\s*\d{4}[-/]\d{1,2}[-/]\d{1,2}/;

/** Below the draft's lead-in: the assistant's notes under it, and any later answer that rewrites a part of it, down
 *  to the next turn of the chat. */
function markAnswerNotesAndRevisions(texts: string[], verdict: (string | null)[], lead: number): void {
  for (let i = lead + 1; i < texts.length; i++) {
    const t = texts[i]!.trim();
    if (NOTES_START_RE.test(t)) {
      verdict[i] ??= "AI 回答的说明";
      for (let k = i + 1; k < texts.length && NOTE_ITEM_RE.test(texts[k]!.trim()); k++)
        if (texts[k]!.trim().length <= NOTE_CHARS) verdict[k] ??= "AI 回答的说明";
    } else if (REVISION_LEAD_RE.test(t)) {
      for (let k = i; k < texts.length && !TURN_RE.test(texts[k]!.trim()); k++)
        if (texts[k]!.trim()) verdict[k] ??= "AI 对话（改写的片段）";
    }
  }
}

/** The sidebar: each date group and the chats' names under it, when two groups or more stand near each other (a
 *  salutation, a speaker's line or a date ends it: the speech's own). Whether there was one. */
function markSidebar(texts: string[], verdict: (string | null)[]): boolean {
  const groups = texts.flatMap((t, i) => (CHAT_GROUP_RE.test(t.trim()) ? [i] : []));
  const near = groups.filter(
    (g, n) =>
      (n > 0 && g - groups[n - 1]! <= GROUP_SPAN) || (n + 1 < groups.length && groups[n + 1]! - g <= GROUP_SPAN),
  );
  if (near.length < MIN_GROUPS) return false;
  for (const g of near) {
    verdict[g] ??= "AI 对话列表";
    for (let k = g + 1; k < texts.length; k++) {
      const t = texts[k]!.trim();
      if (!t || CHAT_GROUP_RE.test(t) || t.length > CHAT_NAME_CHARS || endsSentence(t)) break;
      if (isSalutation(t) || isSpeakerLine(t) || dateOfLine(t)) break;
      verdict[k] ??= "AI 对话列表";
    }
  }
  return true;
}
