// How the block classifier reads text: outline numbers stripped, characters normalised, jieba segmentation.
import { jieba } from "./jieba";

// Leading outline numbers carry the level, not the topic: 一、 （一） (一) 第一， 一是 一要 1. （1）
const NUMBERING =
  /^\s*(?:[（(]\s*[一二三四五六七八九十\d]+\s*[)）]|第[一二三四五六七八九十]+[，,、：:]?|[一二三四五六七八九十]+[、．.]|[一二三四五六七八九十]+(?:是要|是|要)|\d+[、．.]|[（(]\d+[)）])\s*/;

export function stripNumbering(text: string): string {
  return text.replace(NUMBERING, "");
}

const CHINESE_DIGITS = "一二三四五六七八九";
/** 第N / (N) / N、 N是 N要 / 1. 1、 — a number followed by what makes it an outline number (not 十分…, 2024年…). */
const SECTION_NUMBER =
  /^\s*(?:第([一二三四五六七八九十]{1,3})|[（(]\s*([一二三四五六七八九十]{1,3}|[0-9０-９]{1,2})\s*[)）]|([一二三四五六七八九十]{1,3})(?=[、，,．.：:是要])|([0-9０-９]{1,2})(?=[、，,．.]))/;

const digit = (c: string | undefined) => (c ? CHINESE_DIGITS.indexOf(c) + 1 : 0);

/** The section numbers of the headings read last: every block of a section asks for its outermost heading's. */
const sectionCache = new Map<string, number>();
const SECTION_CACHE_SIZE = 1024;

/** The number a heading opens with (一、 第二， 三是 （四） 5. （6）), or 0 when it has none. */
export function sectionNumber(heading: string): number {
  let n = sectionCache.get(heading);
  if (n === undefined) {
    if (sectionCache.size >= SECTION_CACHE_SIZE) sectionCache.clear();
    sectionCache.set(heading, (n = readSectionNumber(heading)));
  }
  return n;
}

function readSectionNumber(heading: string): number {
  const m = SECTION_NUMBER.exec(heading);
  if (!m) return 0;
  const s = m[1] ?? m[2] ?? m[3] ?? m[4];
  if (!/[一二三四五六七八九十]/.test(s)) return Number(s.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
  const ten = s.indexOf("十");
  if (ten < 0) return digit(s[0]);
  return (ten === 0 ? 1 : digit(s[0])) * 10 + digit(s[ten + 1]);
}

/**
 * The normalised form of one UTF-16 code unit: CJK characters as they are, digits → "0", placeholders (X × * and
 * their full-width forms) → "X", Latin letters lower-cased, whitespace → -1 (dropped), anything else → a space
 * (a boundary that n-grams do not cross).
 */
export function normalCode(c: number): number {
  if (c >= 0x4e00 && c <= 0x9fff) return c;
  if ((c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19)) return 0x30;
  if (c === 0x58 || c === 0x78 || c === 0xd7 || c === 0x2a || c === 0xff0a || c === 0xff38) return 0x58;
  if (c >= 0x41 && c <= 0x5a) return c + 0x20;
  if (c >= 0x61 && c <= 0x7a) return c;
  if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x3000 || c === 0xa0) return -1;
  return 0x20;
}

/** The text as the n-grams see it (see normalCode). */
export function normalizeText(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = normalCode(text.charCodeAt(i));
    if (c >= 0) out += String.fromCharCode(c);
  }
  return out;
}

/** jieba words of length ≥ 2 (single characters are unigrams already; spaces are boundaries). */
export function segment(normalised: string): string[] {
  return jieba()
    .cut(normalised, false)
    .filter((w) => w.length >= 2 && !w.includes(" "));
}
