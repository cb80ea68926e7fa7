// Heading numbers computed from the structure: the one function behind the editor's number widgets, the
// outline, copy as text, compare and the DOCX export (which writes them as literal text).
import { DEFAULT_SETTINGS, type HeadingLevel, type NumberingStyle } from "./types";

const DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 105 → 一百零五 (headings never reach 1,000). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`chineseNumeral: ${n}`);
  if (n < 10) return DIGITS[n];
  if (n < 20) return "十" + (n % 10 ? DIGITS[n % 10] : "");
  if (n < 100) return DIGITS[Math.floor(n / 10)] + "十" + (n % 10 ? DIGITS[n % 10] : "");
  if (n < 1000) {
    const rest = n % 100;
    const restText =
      rest === 0
        ? ""
        : rest < 10
          ? "零" + DIGITS[rest]
          : rest < 20
            ? "一" + chineseNumeral(rest)
            : chineseNumeral(rest);
    return DIGITS[Math.floor(n / 100)] + "百" + restText;
  }
  return String(n);
}

/** The number prefix of the n-th heading (1-based) in a style, e.g. ("cn-paren", 3) → （三）. */
export function formatNumber(style: NumberingStyle, n: number): string {
  switch (style) {
    case "cn-dun":
      return `${chineseNumeral(n)}、`;
    case "cn-paren":
      return `（${chineseNumeral(n)}）`;
    case "arabic-dot":
      return `${n}.`;
    case "arabic-paren":
      return `（${n}）`;
    case "di-cn":
      return `第${chineseNumeral(n)}，`;
  }
}

export type NumberingStyles = readonly [NumberingStyle, NumberingStyle, NumberingStyle];

/**
 * Numbers for a sequence of heading levels in document order. A heading restarts the count of every deeper
 * level; a skipped level (a 1. directly under 一、) simply counts from 1 under its nearest shallower heading.
 */
export function headingNumbers(
  levels: readonly HeadingLevel[],
  styles: NumberingStyles = DEFAULT_SETTINGS.numbering,
): string[] {
  const counters = [0, 0, 0];
  return levels.map((level) => {
    const i = level - 1;
    counters[i] += 1;
    for (let deeper = i + 1; deeper < counters.length; deeper++) counters[deeper] = 0;
    return formatNumber(styles[i], counters[i]);
  });
}
