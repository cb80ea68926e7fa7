// A page copied from an AI assistant's chat (a clerk asks it for a draft, selects all and pastes): the sidebar of
// earlier chats under their date groups (今天 / 昨天 / 7天内 …), the clerk's request (帮我写一篇讲话稿：…), the
// model's reasoning under 已深度思考（用时 N 秒）, and its lead-in (好的，以下是…：). The draft itself is the speech.
import { endsSentence } from "./outline-patterns";

/** The date groups of a chat app's sidebar. */
const CHAT_GROUP_RE =
  /^(?:今天|昨天|前天|本周|上周|本月|更早|更早以前|(?:近|最近)?(?:[3７7]|30|三十|七)天内?|一周内|一个月内|\d{4}年\d{1,2}月)$/;
/** Groups needed before the lines under them are read as a sidebar (one 今天 alone may be a speech's line). */
const MIN_GROUPS = 2;
/** A sidebar's groups stand within this many lines of each other. */
const GROUP_SPAN = 30;
/** The longest line taken for a chat's name in the sidebar. */
const CHAT_NAME_CHARS = 40;

/** A request to the assistant: 帮我写… / 请你起草… / 给我润色…. */
const REQUEST_RE =
  /^(?:请你?|麻烦你?)?(?:帮我|帮忙|给我|为我|请你|你)?(?:写|起草|拟写?|撰写|生成|润色|改写|修改|压缩|扩写|整理|续写)(?:一篇|一份|一个|一下|成|到)/;
const REQUEST_CHARS = 300;
/** The model's reasoning, shown above its answer. */
const REASONING_RE =
  /^(?:已深度思考|深度思考中|已思考|思考过程|已完成思考|思考中)\s*(?:[（(]\s*用时\s*\d+\s*秒\s*[)）])?$/;
const REASONING_LINES = 12;
/** 好的，以下是一篇…讲话稿，…：: the answer's lead-in. */
const LEAD_IN_RE =
  /^(?:好的|当然|没问题|可以的?|明白了?|收到)[，,！!。～~]?.{0,80}?(?:以下是|下面是|为您|为你|给您|给你)[^。！？]{0,100}[：:]$/;

/** Marks the chrome of an AI assistant's chat: its sidebar, the request, the reasoning and the lead-in. */
export function markAiChat(texts: string[], verdict: (string | null)[]): void {
  markSidebar(texts, verdict);
  const lead = texts.findIndex((t) => LEAD_IN_RE.test(t.trim()));
  texts.forEach((t, i) => {
    const line = t.trim();
    if (REQUEST_RE.test(line) && line.length <= REQUEST_CHARS) verdict[i] ??= "AI 对话的提问";
    if (!REASONING_RE.test(line)) return;
    verdict[i] ??= "AI 对话的思考过程";
    // Its text runs to the lead-in when there is one near, else to the next blank line.
    const end = lead > i && lead - i <= REASONING_LINES ? lead : texts.findIndex((u, k) => k > i + 1 && !u.trim());
    for (let k = i + 1; k < (end < 0 ? texts.length : end) && k <= i + REASONING_LINES; k++)
      if (texts[k]!.trim()) verdict[k] ??= "AI 对话的思考过程";
  });
  if (lead >= 0) verdict[lead] ??= "AI 对话用语";
}

/** The sidebar: each date group and the chats' names under it, when two groups or more stand near each other. */
function markSidebar(texts: string[], verdict: (string | null)[]): void {
  const groups = texts.flatMap((t, i) => (CHAT_GROUP_RE.test(t.trim()) ? [i] : []));
  const near = groups.filter((g, n) => groups.some((h, m) => m !== n && Math.abs(h - g) <= GROUP_SPAN));
  if (near.length < MIN_GROUPS) return;
  for (const g of near) {
    verdict[g] ??= "AI 对话列表";
    for (let k = g + 1; k < texts.length; k++) {
      const t = texts[k]!.trim();
      if (!t || CHAT_GROUP_RE.test(t) || t.length > CHAT_NAME_CHARS || endsSentence(t)) break;
      verdict[k] ??= "AI 对话列表";
    }
  }
}
