// A 会议纪要's column of what the meeting decided (【议定事项】 / 1．十月底前完成… / 2．…), after the column that
// holds the leader's words (【领导讲话】): the minutes-taker's record of the meeting's decisions, not the speech.
import { isSalutation, isTitleLine } from "./outline-patterns";
import { SPEECH_COLUMN_RE } from "./noise-news-report";

export const REASON_DECISIONS = "会议纪要议定事项";

/** 【议定事项】 / 【会议议定事项】 / 【会议决定事项】 / 【会议决定】 alone on its line. */
const DECISIONS_LABEL_RE = /^【(?:会议)?(?:议定|决定)(?:事项)?】$/;
/** The next column's label: 【…】 alone on its line. */
const COLUMN_LABEL_RE = /^【[^【】]{2,12}】$/;

/** Marks the decisions column and its lines up to the next column's label, only below a speech column's label; a
 *  title or a salutation under it (another speech) ends it. */
export function markMinutesDecisions(texts: string[], verdict: (string | null)[]): void {
  const speechColumn = texts.findIndex((t) => SPEECH_COLUMN_RE.test(t.replace(/\s+/g, "")));
  if (speechColumn < 0) return;
  for (let i = speechColumn + 1; i < texts.length; i++) {
    if (!DECISIONS_LABEL_RE.test(texts[i]!.replace(/\s+/g, ""))) continue;
    verdict[i] ??= REASON_DECISIONS;
    for (let k = i + 1; k < texts.length; k++) {
      const t = texts[k]!.trim();
      if (COLUMN_LABEL_RE.test(t.replace(/\s+/g, "")) || (!verdict[k] && (isTitleLine(t) || isSalutation(t)))) break;
      if (t) verdict[k] ??= REASON_DECISIONS;
    }
  }
}
