// Finds the blanks a clerk must fill: ×, X/XX, *, **, 某某, ○○, □□, ____, and the ellipsis of 在……之际. A clerk
// typing in a Chinese input method gets the full-width forms (＊＊, ＿＿), which are blanks as much.
// Positions are UTF-16 offsets into the block text (what JavaScript strings and the editor use).
import { mayMatch, needs } from "./regex-needs";
import type { Placeholder } from "./types";

const CJK = "\\u3400-\\u9fff\\uf900-\\ufaff";
// Every blank holds one of the characters of the precheck.
// X/x only count when not part of a Latin word or a number (GDP, COVID-19, 3x3 stay untouched).
const PATTERN = needs(
  /[×Ｘ✕╳Xx*＊某○□_＿…]/,
  new RegExp(
    [
      "[×Ｘ✕╳]{1,6}",
      "(?<![A-Za-z0-9])[Xx]{1,4}(?![A-Za-z0-9])",
      "(?<![A-Za-z0-9*＊])[*＊]{1,4}(?![A-Za-z0-9*＊])",
      "某{2,3}",
      "[○□]{1,6}",
      "[_＿]{2,}",
      `(?<=[在于])……(?=[${CJK}])`,
      "……(?=之际|期间|以来)",
    ].join("|"),
    "g",
  ),
);

export function findPlaceholders(text: string): Placeholder[] {
  const out: Placeholder[] = [];
  if (!mayMatch(PATTERN, text)) return out;
  for (const m of text.matchAll(PATTERN)) {
    const token = m[0];
    // A lone lower-case x between Latin-free Chinese is a blank; one inside an ASCII phrase is not.
    if (token === "x") {
      const before = text[m.index! - 1] ?? "";
      const after = text[m.index! + 1] ?? "";
      if (!new RegExp(`[${CJK}]`).test(before + after)) continue;
    }
    out.push({ text: token, start: m.index!, end: m.index! + token.length });
  }
  return out;
}
