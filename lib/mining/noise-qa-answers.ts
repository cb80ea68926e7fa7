// A Q&A page with several answers, one of which gives the speech: each answer ends with its footer (编辑于
// 2024-08-26 22:41・IP 属地湖北, 发布于 …), so the page falls into answers at the footers. The answers that hold no
// speech are the other answerers' (a tip, a text on how to write such a speech); in the speech's own answer, what
// follows the speaker's thanks is the answerer's (几点说明：…). The question above the first answer is left to the
// cover-note rules, which read it with the lead-in that hands over to the speech.
import { isHeaderSalutation, isTitleLine } from "./outline-patterns";

const OTHER_ANSWER = "问答网站的其他回答";
const ANSWER_NOTE = "回答者的附言";
/** An answer's footer: when it was written or edited, maybe where from. */
const FOOTER_RE =
  /^(?:编辑于|发布于|回答于|更新于)\s*(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}-\d{1,2}|昨天|今天|\d{1,2}\s*(?:天|小时|分钟)前)[^。！？，]{0,30}$/;
/** The speaker's last words: his thanks. */
const THANKS_RE = /谢谢(?:大家|各位)?[！!。]$/;

/** Marks the other answers' lines and the answerer's words after the speech in his own answer. */
export function markOtherAnswers(texts: string[], verdict: (string | null)[]): void {
  const footers = texts.flatMap((t, i) => (FOOTER_RE.test(t.trim()) ? [i] : []));
  if (footers.length < 2) return;
  // Answer k runs from the line after footer k-1 to footer k; the first one starts under the question.
  const answers = footers.map((end, k) => ({ start: k === 0 ? -1 : footers[k - 1]! + 1, end }));
  const kept = (a: { start: number; end: number }) =>
    texts.slice(Math.max(0, a.start), a.end).filter((t, j) => t.trim() && !verdict[Math.max(0, a.start) + j]);
  const holdsSpeech = (a: { start: number; end: number }) => {
    const lines = kept(a).map((t) => t.trim());
    return lines.some(isTitleLine) && lines.some(isHeaderSalutation);
  };
  const speech = answers.findIndex(holdsSpeech);
  if (speech < 0 || answers.filter(holdsSpeech).length > 1) return;
  answers.forEach((a, k) => {
    if (k === 0 || k === speech) return;
    for (let j = a.start; j < a.end; j++) if (texts[j]!.trim()) verdict[j] ??= OTHER_ANSWER;
  });
  const own = answers[speech]!;
  let thanks = -1;
  for (let j = own.end - 1; j > Math.max(0, own.start) && thanks < 0; j--)
    if (!verdict[j] && THANKS_RE.test(texts[j]!.trim())) thanks = j;
  if (thanks >= 0) for (let j = thanks + 1; j < own.end; j++) if (texts[j]!.trim()) verdict[j] ??= ANSWER_NOTE;
}
