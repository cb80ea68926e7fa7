// An AI assistant's words about the draft it wrote, on a page that shows its chat (noise-ai-chat.ts has the evidence):
// its notes on the text (写作说明： over 全文约1200字，适合脱稿讲；/ 文中数字为示例，请以…为准。) and its offer of more
// (如需调整语气…，可以继续告诉我。). They stand outside the speech, after its closing or between the lead-in and its
// title, and speak of the text as a text (全文, 文中, 稿, 口吻, 示例, 替换) or to the clerk (告诉我). A speech may say AI,
// 说明 or 如需… too (今年推广AI视频监控…; 如需帮助，及时报告): inside it, between its title and its closing, nothing goes.
import { endsSentence, isClosingStart, isSalutation, isTitleLine, parseEnumerator } from "./outline-patterns";

const NOTES = "AI 回答的说明";
const OFFER = "AI 对话用语";
/** 写作说明： / 说明 / 使用提示： / 注意事项: the label over the notes, alone on its line. */
const NOTES_LABEL_RE = /^(?:写作|撰写|使用|修改|补充|稿件|文稿)?(?:说明|提示|注意事项|小贴士|备注|建议)\s*[：:]?$/;
/** Words on the text as a text: its length, its register, its figures to be replaced, its speaker's delivery. */
const TEXT_WORDS_RE = /全文|文中|本文|稿|口吻|语气|示例|替换|脱稿|\d+\s*字/;
/** A note on the text with no label: 全文约1200字，… / 文中数字为示例，请以…为准。 / 本稿按…写，…. */
const TEXT_NOTE_RE =
  /^(?:全文|本文|本稿|此稿|稿中|文中|讲话稿|初稿)[^。！？]{0,40}(?:约?\d+\s*字|示例|示意|为准|替换|核实|修改|调整|口语|脱稿|适合)/;
/** The assistant's own words offering more: 我可以帮你…, 我再为您…. */
export const ASSISTANT_HELPS = String.raw`我(?:可以|还可以|能|再|来)(?:帮你|帮您|为你|为您|继续)`;
/** 如需…，可以继续告诉我。 / 如果您还想…，我可以再帮您… / 需要我再润色一遍吗？: the assistant's offer to go on, in its
 *  own words to the clerk (告诉我, 我可以帮你); a speaker's 如需…，大家会后可以直接提出来 asks the room. */
const OFFER_RE = new RegExp(
  String.raw`^(?:如需|如果需要|需要的话|若需|要是|如果您?还?(?:想|希望|需要|要|觉得))[^。！？]{0,60}(?:告诉我|跟我说|${ASSISTANT_HELPS})|^需要我[^。！？]{0,30}吗[？?]$`,
);
const NOTE_CHARS = 100;
const NOTE_LINES = 8;
/** The lead-in's region: the answer's title or salutation stands within this many lines below it. */
const LEAD_REACH = 8;
const CLOSING_CHARS = 20;

/** A line of a speech's own frame, which no note is: its title, salutation or an outline's heading. */
const speechLine = (t: string) => isTitleLine(t) || isSalutation(t) || parseEnumerator(t)?.family === "cn-dun";
const isNoteLine = (t: string) => t.length <= NOTE_CHARS && (TEXT_NOTE_RE.test(t) || OFFER_RE.test(t));

/** Marks the notes and offers outside the speech: below its closing, and above its title when `lead` (the answer's
 *  lead-in, -1 when none) stands a few lines over it. */
export function markAiDraftNotes(texts: string[], verdict: (string | null)[], lead: number): void {
  if (lead >= 0) {
    const start = texts.findIndex((t, k) => k > lead && k <= lead + LEAD_REACH && !verdict[k] && speechLine(t.trim()));
    if (start > 0) markNotesIn(texts, verdict, lead + 1, start);
  }
  // The speech's closing (同志们，… / 谢谢大家！ at the end of a sentence): its last kept one.
  const closing = texts.findLastIndex((raw, k) => {
    const t = raw.trim();
    return !verdict[k] && t.length >= CLOSING_CHARS && isClosingStart(t) && endsSentence(t);
  });
  if (closing >= 0) markNotesIn(texts, verdict, speechEnd(texts, verdict, closing) + 1, texts.length);
}

/** 谢谢大家！ / …。谢谢！: the speech's last words. */
const THANKS_END_RE = /(?:^|[。！!])谢谢(?:大家|各位)?[！!。]?$/;

/** The speech's last line from its closing on: a thanks below it (同志们，… / 如需…，随时告诉我。 / 谢谢大家！ is the
 *  speech's run), before the page's chrome, a label or a note on the text ends the speech; else the closing. */
function speechEnd(texts: string[], verdict: (string | null)[], closing: number): number {
  let end = closing;
  for (let k = closing + 1; k < texts.length; k++) {
    const t = texts[k]!.trim();
    if (!t) continue;
    if (verdict[k] || NOTES_LABEL_RE.test(t) || TEXT_NOTE_RE.test(t)) break;
    if (THANKS_END_RE.test(t)) end = k;
  }
  return end;
}

function markNotesIn(texts: string[], verdict: (string | null)[], from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const t = texts[i]!.trim();
    if (!t || verdict[i]) continue;
    // Another answer's draft below: its own title or salutation ends the notes.
    if (speechLine(t)) return;
    if (isNoteLine(t)) verdict[i] = OFFER_RE.test(t) ? OFFER : NOTES;
    else if (NOTES_LABEL_RE.test(t)) i = markUnderLabel(texts, verdict, i, to);
  }
}

/** The label and the items under it (a list, its bullets cut), when one of them speaks of the text: a speech's own
 *  注意事项： over 请大家有序离场 does not. The list ends at a blank line after its items; the index of its last line. */
function markUnderLabel(texts: string[], verdict: (string | null)[], label: number, to: number): number {
  const items: number[] = [];
  for (let k = label + 1; k < to && items.length < NOTE_LINES; k++) {
    const t = texts[k]!.trim();
    if (!t) {
      if (items.length) break;
      continue;
    }
    if (verdict[k] || t.length > NOTE_CHARS || speechLine(t)) break;
    items.push(k);
  }
  if (!items.some((k) => TEXT_WORDS_RE.test(texts[k]!))) return label;
  verdict[label] = NOTES;
  for (const k of items) verdict[k] = OFFER_RE.test(texts[k]!.trim()) ? OFFER : NOTES;
  return items.at(-1)!;
}
