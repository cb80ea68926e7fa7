// What a page prints between two speeches when they reach it as messages or posts (a text message forwarded, then a
// 朋友圈 post sharing the next speech): the first speech ends on its paragraph, the page's chrome starts right under it
// (a message's opt-out, its time, a rule), and among that chrome stand a few short lines of the sender's own (这是村里
// 群发的…, a nickname, the post's words) up to the next speech's title. The first speech had ended and the next has
// not begun: those lines are neither's.
import { endsSentence, isTitleLine, parseEnumerator } from "./outline-patterns";
import { dateOfLine, isSalutation, isSpeakerLine } from "./speech-frame-lines";
import { keptFrom } from "./noise-page-cards";

const REASON = "两篇讲话之间的页面杂项";
/** A line of the sender's: no paragraph of a speech. */
const GAP_LINE_MAX = 40;
const GAP_LINES = 6;
/** What the speech's own last words may be after its paragraph (谢谢大家！, 散会。), or its signature. */
const SPEECH_END_RE = /^(?:谢谢|散会|完毕)/;

/** A title that opens a speech: its speaker, its date or its salutation right under it. */
function opensSpeech(texts: string[], verdict: (string | null)[], i: number): boolean {
  if (verdict[i] || !isTitleLine(texts[i]!.trim())) return false;
  const next = keptFrom(texts, verdict, i, 1);
  const t = next >= 0 ? texts[next]!.trim() : "";
  return isSpeakerLine(t) || isSalutation(t) || !!dateOfLine(t);
}

/** A speech ends at line k: a title that opens one stands above it (a news report's paragraph over the speech it
 *  reports has none). */
function speechAbove(texts: string[], verdict: (string | null)[], k: number): boolean {
  for (let j = k - 1; j >= 0; j--) if (opensSpeech(texts, verdict, j)) return true;
  return false;
}

/** A title's first half: a subtitle (——在…上的讲话) under it, or no clause mark in it. */
const titleHalf = (above: string, title: string) => /^[—－-]/.test(title) || !/[，。；！？、,]/.test(above);

/** Marks the short kept lines between a speech's last paragraph and the next speech's title, where the line right
 *  under that paragraph is the page's chrome. A heading, a title, a salutation, a speaker, a date or the speaker's
 *  thanks among them means the text is no such gap, and nothing is marked. */
export function markChromeBetweenSpeeches(texts: string[], verdict: (string | null)[]): void {
  for (let i = 1; i < texts.length; i++) {
    if (!opensSpeech(texts, verdict, i)) continue;
    const gap: number[] = [];
    let k = i - 1;
    for (; k >= 0; k--) {
      const t = texts[k]!.trim();
      if (!t || verdict[k]) continue;
      if (t.length > GAP_LINE_MAX) break;
      // …and a lead announcing the text (以下为讲话全文：), which the notice and lead rules read.
      const framed = isTitleLine(t) || !!parseEnumerator(t) || isSalutation(t) || isSpeakerLine(t) || /[：:]$/.test(t);
      if (framed || !!dateOfLine(t) || SPEECH_END_RE.test(t) || gap.length === GAP_LINES) {
        gap.length = 0;
        break;
      }
      gap.push(k);
    }
    if (!gap.length || k < 0 || !endsSentence(texts[k]!.trim()) || !speechAbove(texts, verdict, k)) continue;
    // A two-line title's first half right over its second (压紧压实责任 筑牢安全防线 / ——在…上的讲话).
    if (gap[0] === keptFrom(texts, verdict, i, -1) && titleHalf(texts[gap[0]]!.trim(), texts[i]!.trim())) continue;
    const below = texts.findIndex((t, j) => j > k && t.trim());
    if (!verdict[below]) continue;
    for (const g of gap) verdict[g] = REASON;
  }
}
