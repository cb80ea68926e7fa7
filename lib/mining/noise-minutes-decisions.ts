// A 会议纪要's column of what the meeting decided (【议定事项】 / 1．十月底前完成… / 2．…), after the column that
// holds the leader's words (【领导讲话】): the minutes-taker's record of the meeting's decisions, not the speech.
import { isSalutation, isTitleLine } from "./outline-patterns";
import { SPEECH_COLUMN_RE } from "./noise-news-report";
import { squeezedLines } from "./page-line-views";

export const REASON_DECISIONS = "会议纪要议定事项";

/** 【议定事项】 / 【会议议定事项】 / 【会议决定事项】 / 【会议决定】 alone on its line. */
const BRACKET_LABEL_RE = /^【(?:会议)?(?:议定|决定)(?:事项)?】$/;
/** The same column numbered as the speech column is (三、议定事项 under 二、领导讲话) or bare (会议议定事项：): taken only
 *  over its numbered items. */
const PLAIN_LABEL_RE =
  /^(?:[一二三四五六七八九十]{1,2}、)?(?:会议)?(?:议定|决定|决议)事项[：:]?$|^会议(?:决定|决议)[：:]$/;
/** One of the decisions: 1．… / （1）… / （一）… */
const ITEM_RE = /^(?:\d{1,2}[．.、]|[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[）)])\S/;
/** A sentence's end: an item's line without it runs on to the next line. */
const STOP_RE = /[。；;！!？?]$/;

/** Marks the decisions column's label and its numbered items (with their wrapped lines), only below a speech column's
 *  label; the first line that is no item (a second leader's words, 周丽副局长：) ends it. */
export function markMinutesDecisions(texts: string[], verdict: (string | null)[]): void {
  const squeezed = squeezedLines(texts);
  const speechColumn = squeezed.findIndex((t) => SPEECH_COLUMN_RE.test(t));
  if (speechColumn < 0) return;
  for (let i = speechColumn + 1; i < texts.length; i++) {
    const label = squeezed[i]!;
    const bracketed = BRACKET_LABEL_RE.test(label);
    if (!bracketed && !PLAIN_LABEL_RE.test(label)) continue;
    const items: number[] = [];
    let open = false;
    for (let k = i + 1; k < texts.length; k++) {
      const t = texts[k]!.trim();
      if (!t) continue;
      const runOn = open && !isTitleLine(t) && !isSalutation(t);
      if (!ITEM_RE.test(t) && !runOn) break;
      items.push(k);
      open = !STOP_RE.test(t);
    }
    if (!bracketed && !items.length) continue;
    verdict[i] ??= REASON_DECISIONS;
    for (const k of items) verdict[k] ??= REASON_DECISIONS;
  }
}
