// A transcript's AI notice (以下内容由AI自动识别生成，可能存在误差 / 以上内容由AI生成，可能存在错误，请以视频为准): the
// app's own line at the head or the foot of the text it wrote, no sentence. A speech may quote such a line (大家在平台上
// 都看到过这样一句提示： / 由AI自动识别生成，可能存在误差，请结合现场核实。 / 这句话不是客套话。…): announced by a colon,
// written as a sentence, or spoken of by the next line, it is the speech's.
import { endsSentence } from "./outline-patterns";
import { nextLine } from "./noise-page-furniture";
import { REASON_SOURCE_NOTE } from "./noise-words";

const AI_NOTICE_RE =
  /^(?:(?:以下|以上|本|全)(?:文字稿|文字|文本|内容|字幕|文)?|内容|文字稿|字幕)?由\s*(?:AI|智能语音识别|语音识别|智能识别)[^。！？，,]{0,10}生成[，,]\s*(?:可能|或|难免)存在(?:误差|错误|偏差)/i;

/** The line (trimmed, after a line ending in a colon or not) is an AI notice in the app's shape. */
export const isAiNotice = (t: string, afterColon: boolean): boolean =>
  !afterColon && AI_NOTICE_RE.test(t) && !endsSentence(t);

/** 这句话 / 这个提示 / 此话: the next line speaks of the line above. */
const REFERS_BACK_RE = /^(?:这|此)[句段条个一]?(?:话|提示|提醒|说法)/;

/** Gives back to the speech an AI notice the line rules took that the next line speaks of. */
export function keepQuotedAiNotices(texts: string[], verdict: (string | null)[]): void {
  texts.forEach((t, i) => {
    if (verdict[i] !== REASON_SOURCE_NOTE || !AI_NOTICE_RE.test(t.trim())) return;
    const next = nextLine(texts, i);
    if (next >= 0 && !verdict[next] && REFERS_BACK_RE.test(texts[next]!.trim())) verdict[i] = null;
  });
}
