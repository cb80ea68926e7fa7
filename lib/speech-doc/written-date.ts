// The day a speech's date names, from the date as the miner read it (2024年3月1日, 二〇二四年三月一日, 2024-3-1), for
// the speech's date field. A date without a day (2024年3月) or out of range names no day.
import { parseCn } from "../mining/outline-patterns";

const YEAR_DIGITS: Record<string, number> = {
  〇: 0,
  "○": 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

const CN_DATE =
  /^(\d{4}|[〇○零一二三四五六七八九]{4})年(\d{1,2}|[一二三四五六七八九十]{1,3})月(\d{1,2}|[一二三四五六七八九十]{1,3})日$/;
const NUMERIC_DATE = /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})$/;

/** A date with year, month and day anywhere in a line: 2024年3月1日, 二〇二四年三月一日, 2024 年 3 月 1 日. */
const DATE_IN_TEXT =
  /(\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日/;

/** Whether a line (the speaker line under a title) already names a day, in digits or in Chinese numerals. */
export const namesADay = (text: string): boolean => DATE_IN_TEXT.test(text);

function yearOf(s: string): number {
  return /^\d+$/.test(s) ? Number(s) : Number([...s].map((c) => YEAR_DIGITS[c]).join(""));
}

const partOf = (s: string): number | null => (/^\d+$/.test(s) ? Number(s) : parseCn(s));

/** "2024-03-01" for a written date that names a real day between 1949 and 2100 (the speech form's range), else null. */
export function dayOfWrittenDate(written: string | null): string | null {
  if (!written) return null;
  const t = written.replace(/[\s\u3000（）()]/g, "");
  const m = CN_DATE.exec(t) ?? NUMERIC_DATE.exec(t);
  if (!m) return null;
  const year = yearOf(m[1]!);
  const month = partOf(m[2]!);
  const day = partOf(m[3]!);
  if (!month || !day || year < 1949 || year > 2100) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

/** "2024-03-01" → 2024年3月1日, as a date line and a file name write it. */
export function chineseDay(day: string): string {
  const [y, m, d] = day.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}
