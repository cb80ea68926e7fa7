// The import's promise that nothing is lost silently, as a check: every line of a file's cleaned text is kept (in a
// block, or in a speech's title, speaker, date or salutation) or listed among the removed lines. The comparison is
// by letters and digits only, and tolerant, since each place holds the line in its own form: a header field is
// cleaned (附：, 范文 and a collection's 【篇一】 go from a title), a speaker line may give the speaker and the date,
// a removed line is reported as written, a long paragraph is split into blocks.
import type { ParsedSpeech, Removed } from "@/lib/mining/types";

/** What a mined file says about its text (a MinedDocument, or the text pipeline's result). */
export type MinedText = { cleanedText: string; speeches: ParsedSpeech[]; removed: Removed[] };

const letters = (s: string | null | undefined) => (s ?? "").replace(/[^\p{L}\p{N}_×]/gu, "");

const DIGITS: Record<string, number> = Object.fromEntries(
  [..."〇一二三四五六七八九"]
    .map((c, i) => [c, i])
    .concat([
      ["○", 0],
      ["零", 0],
    ]),
);
/** 2024 / 二〇二四 / 十二 / 5 as a number; a placeholder (××) as written. */
function numberOf(s: string): string {
  if (/^\d+$/.test(s)) return String(Number(s));
  const ds = [...s];
  if (ds.every((c) => c in DIGITS) && ds.length === 4) return ds.map((c) => DIGITS[c]).join("");
  const ten = s.indexOf("十");
  if (ten >= 0) return String((ten ? (DIGITS[s[0]!] ?? 1) : 1) * 10 + (DIGITS[s[ten + 1] ?? ""] ?? 0));
  return s in DIGITS ? String(DIGITS[s]) : s;
}
const PART = "[\\d〇○零一二三四五六七八九十×xX＊*]{1,4}";
const CN_DATE_RE = new RegExp(`^[（(]?(${PART})年(${PART})月(?:(${PART})日)?[）)]?$`);
const ISO_DATE_RE = /^[（(]?(\d{4})[-./](\d{1,2})[-./](\d{1,2})[）)]?$/;
/** The date of a line that is a date only, in one notation (2024.06.03 and 2024年6月3日 alike), or null. */
function dateKey(line: string | null | undefined): string | null {
  const t = (line ?? "").replace(/\s+/g, "");
  const m = CN_DATE_RE.exec(t) ?? ISO_DATE_RE.exec(t);
  return m
    ? m
        .slice(1)
        .map((x) => (x ? numberOf(x) : ""))
        .join("-")
    : null;
}

/** A collection's marker: the split between its speeches shows it (cleanTitle drops it from a title). */
const MARKER_RE =
  /第[一二三四五六七八九十\d]{1,3}篇|篇[一二三四五六七八九十\d]{1,3}|范文[一二三四五六七八九十\d]{1,3}/g;

/** The lines of the cleaned text that are kept nowhere and reported nowhere. */
export function lostLines(doc: MinedText): string[] {
  const fields = doc.speeches
    .flatMap((s) => [s.title, s.speaker, s.date, s.salutation].map(letters))
    .filter((f) => f.length >= 2)
    .sort((a, b) => b.length - a.length);
  const dates = new Set(doc.speeches.flatMap((s) => dateKey(s.date) ?? []));
  const kept = [
    ...fields,
    ...doc.speeches.flatMap((s) => s.blocks.map((b) => letters(b.text))),
    ...doc.removed.map((r) => letters(r.text)),
  ].join("\u0001");
  return doc.cleanedText.split("\n").filter((line) => {
    const t = letters(line);
    if (t.length < 2 || kept.includes(t)) return false;
    const date = dateKey(line);
    if (date && dates.has(date)) return false;
    // A line given to several header fields (县长张三（2024年3月1日）: the speaker and the date), or a title with its
    // marker: what is left once the fields and the marker are taken out.
    const rest = fields.reduce((r, f) => r.split(f).join(""), t).replace(MARKER_RE, "");
    if (rest.length < 2) return false;
    if (rest.length < t.length) {
      if (kept.includes(rest)) return false;
      // 县安委办 2024年3月18日 beside the speaker 县安委办: its date must be a speech's.
      const restDate = dateKey(rest);
      if (restDate) return !dates.has(restDate);
    }
    // A line kept in part (its wrapped halves in two blocks, a footer cut from its middle): half its stretches of 8.
    if (t.length < 8) return true;
    let found = 0,
      windows = 0;
    for (let i = 0; i === 0 || i + 8 <= t.length; i += 4, windows++) if (kept.includes(t.slice(i, i + 8))) found++;
    return found / windows < 0.5;
  });
}
