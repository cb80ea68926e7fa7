// Removes the outline number a pasted or library paragraph starts with (一、 （一） 1. （1） ① 第一， …), because the
// composer computes heading numbers itself and a typed-in number would show twice and go stale after a move.
// Also says which heading level that numbering style usually marks, so a paste can make a heading of the right depth.
// Stricter than the miner's parseEnumerator on what it leaves alone (一是/一要 are run-in lists inside a paragraph;
// 一、二季度 and 1、2月份 are ranges; 2024年, 12.5%, 5.12 and 一年来 are not numbers at all), and more lenient on
// spelling (spaces inside the mark, 一. 一， 〔一〕 【一】 ⑴ ⒈ 第一部分), since clipboard text is messier than a corpus.
import { parseCn, type Family } from "../mining/outline-patterns";
import type { HeadingLevel } from "./types";

export type StrippedNumber = { text: string; level: HeadingLevel | null; family: Family | null };

/** The heading level each numbering style marks in a speech (domain.md: 一、/第一 → 1, （一） → 2, 1./（1）/① → 3). */
export const FAMILY_LEVEL: Record<Family, HeadingLevel | null> = {
  chapter: 1,
  section: 2,
  "cn-dun": 1,
  // 【一】 is read as （一） when pasted (the RULES below): listed only to make the table total.
  "cn-bracket": 2,
  di: 1,
  matter: 1,
  "cn-paren": 2,
  "num-dot": 3,
  "num-paren": 3,
  // 1.1 is never stripped (5.12 and 1.5万 read the same): listed only to make the table total.
  "num-decimal": null,
  circled: 3,
  // 一是/一要 are never stripped; listed only to make the table total.
  shi: null,
  yao: null,
};

const SP = "[\\s\\u3000]*";
const CN = "([一二三四五六七八九十]{1,3})";
const NUM = "([0-9０-９]{1,2})";
const OPEN = "[（(〔【［\\[]";
const CLOSE = "[）)〕】］\\]]";
// Punctuation that may follow a bracketed number or 第一部分 (（一）、 is a common double marking).
const TRAIL = `(?:${SP}[、，,：:.．])?`;

type Rule = { re: RegExp; family: Family; arabic: boolean };

// Order matters: 第一部分 before 第一，; bracketed forms before bare ones.
const RULES: Rule[] = [
  { re: new RegExp(`^第${SP}${CN}${SP}部分${TRAIL}`), family: "di", arabic: false },
  { re: new RegExp(`^第${SP}${CN}${SP}[，,、：:.．]`), family: "di", arabic: false },
  { re: new RegExp(`^第${SP}${CN}${SP}件事${SP}[，,、：:]`), family: "matter", arabic: false },
  { re: new RegExp(`^${OPEN}${SP}${CN}${SP}${CLOSE}${TRAIL}`), family: "cn-paren", arabic: false },
  { re: new RegExp(`^${OPEN}${SP}${NUM}${SP}${CLOSE}${TRAIL}`), family: "num-paren", arabic: true },
  { re: new RegExp(`^${CN}${SP}[、，,.．]`), family: "cn-dun", arabic: false },
  // (?![0-9]) keeps 5.12 and 12.5% whole; a year has too many digits to match at all.
  { re: new RegExp(`^${NUM}${SP}[.．、](?![0-9０-９])`), family: "num-dot", arabic: true },
  { re: /^([\u2460-\u2473])/, family: "circled", arabic: true }, // ① … ⑳
  { re: /^([\u2474-\u2487])/, family: "num-paren", arabic: true }, // ⑴ … ⒇ (Word's "(1)" glyphs)
  { re: /^([\u2488-\u249b])/, family: "num-dot", arabic: true }, // ⒈ … ⒛
];

function numberOf(raw: string, arabic: boolean): number | null {
  if (!arabic) return parseCn(raw);
  const c = raw.charCodeAt(0);
  if (raw.length === 1 && c >= 0x2460 && c <= 0x249b) return ((c - 0x2460) % 20) + 1;
  return Number(raw.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)));
}

/** 一、二季度 / 三、四月份 / 1、2月: the next number straight after the mark makes it a range, not a heading. */
function isRange(rest: string, n: number, arabic: boolean): boolean {
  if (arabic) {
    const m = /^([0-9０-９]{1,2})/.exec(rest);
    return !!m && numberOf(m[1]!, true) === n + 1;
  }
  const m = /^([一二三四五六七八九十]{1,3})/.exec(rest);
  if (!m) return false;
  // The longest numeral prefix that parses (二十 in 二十项, 二 in 二季度).
  for (let len = m[1]!.length; len >= 1; len--) {
    const v = parseCn(m[1]!.slice(0, len));
    if (v !== null) return v === n + 1;
  }
  return false;
}

// Bracketed and circled marks cannot start a range; 一、 1、 and 第一、 can (一、二季度, 第一、二批).
const RANGE_FAMILIES = new Set<Family>(["cn-dun", "num-dot", "di"]);

const LEAD = /^[\s\u3000\u00a0]+/;

/**
 * The text without its leading outline number, the level that numbering style usually means and its family;
 * `{ text, level: null, family: null }` (text only trimmed at the start) when it does not start with one.
 */
export function stripOutlineNumber(input: string): StrippedNumber {
  const text = input.replace(LEAD, "");
  for (const rule of RULES) {
    const m = rule.re.exec(text);
    if (!m) continue;
    const n = numberOf(m[1]!, rule.arabic);
    if (!n || n < 1) continue;
    const rest = text.slice(m[0].length).replace(LEAD, "");
    if (RANGE_FAMILIES.has(rule.family) && isRange(rest, n, rule.arabic)) break;
    return { text: rest, level: FAMILY_LEVEL[rule.family], family: rule.family };
  }
  return { text, level: null, family: null };
}

/** A heading's text without a number typed or mined into it (一、 （一） 1. …); the text itself if it is all number. */
export function stripHeadingNumber(t: string): string {
  const trimmed = t.trim();
  return stripOutlineNumber(trimmed).text.trim() || trimmed;
}
