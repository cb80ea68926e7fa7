// A 范文 site's keyword phrase pasted into a sentence with no brackets (…每个班级都要参加 / 校园安全工作讲话范文，班主任…):
// a search phrase naming a speech's genre and ending in 范文. In a hard-wrapped copy it shows as one piece: running
// Chinese breaks at any character, so the line above stops mid-clause short of the margin, with room for a character
// or two but not for the phrase, which went whole to the next line's start. A speech's own words on a 讲话范文
// wrap like the rest of its sentence and stay.
import { displayWidth, wrapWidth } from "./rejoin-modes";
import type { Ctx } from "./noise-fragments";

export const WRAPPED_KEYWORD = "插入正文的搜索关键词";
/** The phrase at a line's start, up to the stop after it: Chinese words, a speech genre, 范文. */
const HEAD_PHRASE_RE = /^[\u4e00-\u9fff][\u4e00-\u9fff0-9]{1,15}?(?:讲话|发言|致辞|讲稿)稿?范文(?=[，。；、])/;
/** Room left on the line above: two characters at least (a wrap that keeps a stop off a line's start leaves one). */
const MIN_ROOM = 4;

const columns = (s: string) => displayWidth(s.trim()) + (/^\s*/.exec(s)?.[0].length ?? 0);

/** The phrase heading each line (by line number) where the line above left room for part of it, not for all. */
export function wrappedKeywords(lines: { text: string; lineNo: number }[]): Map<number, string> {
  const found = new Map<number, string>();
  // Every phrase ends in 范文: a page without one below its first line has none to find, whatever its width.
  if (!lines.some((l, k) => k > 0 && l.text.includes("范文"))) return found;
  const width = wrapWidth(lines.filter((l) => l.text.trim()).map((l) => columns(l.text)));
  if (width === 0) return found;
  for (let k = 1; k < lines.length; k++) {
    const phrase = HEAD_PHRASE_RE.exec(lines[k]!.text.trim())?.[0];
    const above = lines[k - 1]!.text;
    // A line with digits or letters (2024年) is shorter in columns than in characters: on a page wrapped at a count
    // of characters it runs to the margin, and the room it seems to leave is none.
    if (!phrase || !/[\u4e00-\u9fff]$/.test(above.trim()) || /[\x21-\x7e]/.test(above.trim())) continue;
    const room = width - columns(above);
    if (room >= MIN_ROOM && room < displayWidth(phrase)) found.set(lines[k]!.lineNo, phrase);
  }
  return found;
}

/** Cuts the phrase found at the start of line `lineNo`. */
export function cutWrappedKeyword(text: string, lineNo: number, ctx: Ctx, found: Map<number, string>): string {
  const phrase = found.get(lineNo);
  const lead = text.length - text.trimStart().length;
  if (!phrase || !text.startsWith(phrase, lead)) return text;
  ctx.removed.push({ text: phrase, reason: WRAPPED_KEYWORD, lineNo });
  return text.slice(0, lead) + text.slice(lead + phrase.length);
}
