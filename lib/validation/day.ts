// A calendar day as forms and query strings write it (2025-03-01), read the same way everywhere: the meeting's and
// the speech's date, the library's 起始日期. A day that does not exist (2026-02-30) is refused by name, not read as
// the day it would roll over to.
import { z } from "zod";

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MIN_YEAR = 1949;
const MAX_YEAR = 2100;

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** What is wrong with a day written 2025-03-01, in Chinese with the field's label, or null when it is a real day. */
export function dayProblem(label: string, text: string): string | null {
  const m = DAY_RE.exec(text);
  if (!m) return `${label}格式应为 2025-03-01。`;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) return `${label}无效：没有${month}月。`;
  if (day < 1 || day > daysInMonth(year, month)) return `${label}无效：${year}年${month}月没有${day}日。`;
  if (year < MIN_YEAR || year > MAX_YEAR) return `${label}超出了合理的范围。`;
  return null;
}

/** A calendar day written 2025-03-01 (stored as a DATE, so UTC midnight); "" and null mean none. A Date (this
 * schema's own output) passes as it is, so parsing a parsed value again gives the same value. */
export const optionalDay = (label: string) =>
  z.union([z.string(), z.date(), z.null()], { error: `${label}格式应为 2025-03-01。` }).transform((v, ctx) => {
    if (v === null || (typeof v === "string" && v.trim() === "")) return null;
    if (typeof v === "string") {
      const problem = dayProblem(label, v.trim());
      if (problem) {
        ctx.addIssue({ code: "custom", message: problem });
        return z.NEVER;
      }
      return new Date(`${v.trim()}T00:00:00Z`);
    }
    if (Number.isNaN(v.getTime()) || v.getUTCFullYear() < MIN_YEAR || v.getUTCFullYear() > MAX_YEAR) {
      ctx.addIssue({ code: "custom", message: `${label}超出了合理的范围。` });
      return z.NEVER;
    }
    return v;
  });
