// Pinyin initials that sites use to dodge keyword filters (zf → 政府, z府 → 政府), restored where they stand between
// Chinese characters; each restoration is reported apart from removed noise.
import { isChineseText, isCjk } from "./outline-patterns";
import type { Ctx } from "./noise-fragments";

const CENSORED: Record<string, string> = {
  zf: "政府",
  zfbm: "政府部门",
  zz: "政治",
  gcd: "共产党",
  gcdy: "共产党员",
  zy: "中央",
  zg: "中国",
  dzz: "党组织",
  fb: "腐败",
  zhengfu: "政府",
  zhengzhi: "政治",
  zhongyang: "中央",
  gongchandang: "共产党",
};
const CENSORED_MIXED: Record<string, string> = {
  z府: "政府",
  政f: "政府",
  gc党: "共产党",
  共c党: "共产党",
  z治: "政治",
};
const CENSORED_RE = /(?<![A-Za-z])(?:[A-Za-z]{2,12}(?![A-Za-z])|z府|政f(?![A-Za-z])|gc党|共c党|z治)/gi;

/** A word sites censor into pinyin that this module restores (zhengfu → 政府). */
export const isCensoredWord = (letters: string): boolean => Object.hasOwn(CENSORED, letters.toLowerCase());

export function restoreCensored(text: string, lineNo: number, ctx: Ctx): string {
  if (!/[A-Za-z]/.test(text)) return text;
  return text.replace(CENSORED_RE, (m, at: number) => {
    const word = CENSORED[m.toLowerCase()] ?? CENSORED_MIXED[m.toLowerCase()];
    if (!word) return m;
    const left = text[at - 1];
    const right = text[at + m.length];
    const mixed = /[^A-Za-z]/.test(m); // z府: the Chinese half already places it in a sentence
    const ok =
      mixed ||
      ((left === undefined || isChineseText(left)) &&
        (right === undefined || isChineseText(right)) &&
        (isCjk(left) || isCjk(right)));
    if (!ok) return m;
    ctx.removed.push({ text: m, reason: `屏蔽缩写还原：${m}→${word}`, lineNo });
    return word;
  });
}
