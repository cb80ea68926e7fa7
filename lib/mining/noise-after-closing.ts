// What a page prints below the speech's closing (同志们，… / 谢谢大家！) when it is the page's and not the
// speaker's: a run of short lines (赞, 标签, a tag, a file's size, a date, a name, 回复 · 编辑) with the readers'
// comments among them. The rules for each kind of chrome miss some; a run this thin after the closing is none of
// the speech, which had ended. A title or a salutation below it starts another speech, and nothing is marked.
import { dateOfLine, endsSentence, isClosingStart, isSalutation, isSpeakerLine, isTitleLine } from "./outline-patterns";

const REASON = "讲话结束后的页面杂项";
/** Fewer kept lines than this below the closing are a signature or a slogan. */
const MIN_LINES = 6;
/** The share of those lines that are short and no sentence. */
const THIN_SHARE = 0.6;
const SHORT = 12;

export function markChromeAfterClosing(texts: string[], verdict: (string | null)[]): void {
  const closing = texts.findLastIndex((t, i) => !verdict[i] && t.trim().length >= 10 && isClosingStart(t.trim()));
  if (closing < 0) return;
  const below = texts.flatMap((t, i) => (i > closing && !verdict[i] && t.trim() ? [i] : []));
  if (below.length < MIN_LINES) return;
  if (below.some((i) => isTitleLine(texts[i]!.trim()) || isSalutation(texts[i]!.trim()))) return;
  const thin = below.filter((i) => texts[i]!.trim().length <= SHORT && !endsSentence(texts[i]!.trim())).length;
  if (thin < below.length * THIN_SHARE) return;
  // The speaker's name and the date under the closing sign the speech.
  let k = 0;
  while (
    k < Math.min(2, below.length) &&
    (dateOfLine(texts[below[k]!]!.trim()) || isSpeakerLine(texts[below[k]!]!.trim()))
  )
    k++;
  for (const i of below.slice(k)) verdict[i] = REASON;
}
