// Blanks in one run of speech text: the miner's placeholders (×, XX, **, 某某, ……之际 …) plus date blanks such
// as 20XX年X月X日 or X月X日, which count as one blank rather than three (or two).
import { findPlaceholders } from "../mining/placeholders";

export type PlaceholderSpan = { start: number; end: number; text: string };

const BLANK = "(?:[×Ｘ✕╳]{1,4}|[Xx]{1,4}|\\*{1,4}|＊{1,4})";
// 20XX年X月X日 / 2024年X月 / 20××年, and a month and day without a year (X月X日, 3月×日): each one blank.
const DATE_BLANK = new RegExp(
  `20(?:${BLANK}|\\d{2})年(?:${BLANK}|\\d{1,2})月(?:(?:${BLANK}|\\d{1,2})日)?|20${BLANK}年|(?:${BLANK}|\\d{1,2})月(?:${BLANK}|\\d{1,2})日`,
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
