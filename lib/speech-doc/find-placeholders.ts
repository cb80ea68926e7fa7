// Blanks in one run of speech text: the miner's placeholders (×, XX, **, 某某, ……之际 …) plus date blanks such
// as 20XX年X月X日, ××××年×月×日 or X月X日, which count as one blank rather than three (or two).
import { findPlaceholders } from "../mining/placeholders";

export type PlaceholderSpan = { start: number; end: number; text: string };

const BLANK = "(?:[×Ｘ✕╳]{1,4}|[Xx]{1,4}|\\*{1,4}|＊{1,4})";
/** A year with its century written (20XX, 2024, 二〇××), and a month or a day (X, 3, 十二). */
const CENTURY_YEAR = `(?:20(?:${BLANK}|\\d{2})|二[〇○零](?:${BLANK}|[〇○零一二三四五六七八九]{2}))`;
const MONTH_DAY = `(?:${BLANK}|\\d{1,2}|[一二三四五六七八九十]{1,3})`;
// 20XX年X月X日 / ××××年×月×日 / 二〇××年×月×日 / 2024年X月 / 20××年, and a month and day without a year (X月X日,
// 3月×日): each one blank. A year that is all blank (××××年) counts only with its month: ××年来 is no date.
// A blank year starts the date: 19××年×月 (a birth date in an appointment speech) is no date of this speech.
const YEAR_START = "(?<![\\d〇○零一二三四五六七八九×Ｘ✕╳Xx*＊])";
const DATE_BLANK = new RegExp(
  `(?:${CENTURY_YEAR}|${YEAR_START}${BLANK})年${MONTH_DAY}月(?:${MONTH_DAY}日)?|${CENTURY_YEAR}年|${MONTH_DAY}月${MONTH_DAY}日`,
  "g",
);

export function findSpeechPlaceholders(text: string): PlaceholderSpan[] {
  const dates: PlaceholderSpan[] = [];
  for (const m of text.matchAll(DATE_BLANK)) {
    if (!/[×Ｘ✕╳Xx*＊]/.test(m[0])) continue; // a real date such as 2024年3月
    dates.push({ start: m.index!, end: m.index! + m[0].length, text: m[0] });
  }
  const inDate = (s: number, e: number) => dates.some((d) => s < d.end && e > d.start);
  const rest = findPlaceholders(text).filter((p) => !inDate(p.start, p.end));
  return [...dates, ...rest].sort((a, b) => a.start - b.start);
}
