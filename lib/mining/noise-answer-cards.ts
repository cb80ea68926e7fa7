// A Q&A site's card over an answer: the answerer's name on a line of its own, then his line of credentials ending
// in the time he answered (乡镇办公室干了十二年文字材料　回答于 2024-09-26 21:17), which the line rules take as the
// site's words. The name is judged by that line under it: a bare handle reads as nothing else.
import { isSalutation, isTitleLine, parseEnumerator } from "./outline-patterns";
import { ANSWERED_AT_RE } from "./noise-community-words";
import { previousLine } from "./noise-page-cards";

/** A handle: one short piece without a sentence's or a list's punctuation (老秦写材料, 风吹麦浪2016). */
const HANDLE_RE = /^[^\s，。！？；：:、,.!?;]{2,16}$/;

/** Marks the answerer's name over each answer's byline. */
export function markAnswerCards(texts: string[], verdict: (string | null)[]): void {
  texts.forEach((raw, i) => {
    if (!verdict[i] || !ANSWERED_AT_RE.test(raw.trim())) return;
    const k = previousLine(texts, i);
    if (k < 0 || verdict[k]) return;
    const name = texts[k]!.trim();
    if (!HANDLE_RE.test(name) || isTitleLine(name) || isSalutation(name) || parseEnumerator(name)) return;
    verdict[k] = verdict[i];
  });
}
