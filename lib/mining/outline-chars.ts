// Character classes and sentence ends, shared by the text stages and the noise rules (re-exported by
// outline-patterns.ts, where they were first written).

export function isCjkCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3007;
}

/** Full-width / Chinese punctuation: 、。，：；！？（）“”‘’《》【】…— and the like. */
export function isFullPunctCode(c: number): boolean {
  return (
    (c >= 0x3000 && c <= 0x303f && c !== 0x3007) ||
    (c >= 0xff01 && c <= 0xff0f) ||
    (c >= 0xff1a && c <= 0xff20) ||
    (c >= 0xff3b && c <= 0xff40) ||
    (c >= 0xff5b && c <= 0xff65) ||
    (c >= 0x2010 && c <= 0x2027) ||
    c === 0x00b7 ||
    c === 0x00d7
  );
}

export const isCjk = (ch: string | undefined): boolean => !!ch && isCjkCode(ch.charCodeAt(0));
export const isChineseText = (ch: string | undefined): boolean =>
  !!ch && (isCjkCode(ch.charCodeAt(0)) || isFullPunctCode(ch.charCodeAt(0)));

export function cjkCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (isCjkCode(s.charCodeAt(i))) n++;
  return n;
}

/** Sentence-final marks (。！？!?); a closing quote or bracket (”’」』）)】》) after one of them still ends the
 *  sentence. Tested by char code: t[i] would make a string of each CJK character read. */
const isFinalCode = (c: number): boolean => c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f;
const isCloserCode = (c: number): boolean =>
  c === 0x201d ||
  c === 0x2019 ||
  c === 0x300d ||
  c === 0x300f ||
  c === 0xff09 ||
  c === 0x29 ||
  c === 0x3011 ||
  c === 0x300b;

export function endsSentence(t: string): boolean {
  let i = t.length - 1;
  while (i >= 0 && isCloserCode(t.charCodeAt(i))) i--;
  if (i < 0) return false;
  return isFinalCode(t.charCodeAt(i)) || t.charCodeAt(i) === 0x2026; // … (and so ……)
}

/** Index just after the first sentence-final mark at or after `from` (with trailing closers), or -1. */
export function firstSentenceEnd(t: string, from = 0, limit = t.length): number {
  const stop = Math.min(limit, t.length);
  for (let i = from; i < stop; i++) {
    if (isFinalCode(t.charCodeAt(i))) {
      let j = i + 1;
      while (j < t.length && (isCloserCode(t.charCodeAt(j)) || isFinalCode(t.charCodeAt(j)))) j++;
      return j;
    }
  }
  return -1;
}

export const hasSentencePunct = (t: string): boolean => /[。！？]/.test(t);
