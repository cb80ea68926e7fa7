// Mojibake: Chinese text that went through the wrong decoder before it reached us. Two kinds are recognised by
// re-encoding a run of characters to GBK bytes and decoding those bytes again:
//   UTF-8 read as GBK (鍏ㄥ幙 → 全县): the GBK bytes form valid UTF-8 Chinese;
//   GBK read one byte off (榱四愫图胰说男腋 → 了你和家人的幸): the bytes shifted by one decode to common characters.
// Ordinary text fails both tests (its bytes are not valid UTF-8, and shifted they give rare characters).

/** gbk: each BMP character's two-byte GBK code by its UTF-16 unit, 0 where it has none (codes start at 0x8140). */
type Tables = { gbk: Uint16Array; common: Set<string>; commonCode: Uint8Array };
let tables: Tables | null = null;

/** GBK code of every double-byte character, and the 3,755 common characters of GB2312 level 1 (built once, ~10 ms). */
function gbkTables(): Tables {
  if (tables) return tables;
  const bytes: number[] = [];
  for (let a = 0x81; a <= 0xfe; a++) for (let b = 0x40; b <= 0xfe; b++) if (b !== 0x7f) bytes.push(a, b);
  const text = new TextDecoder("gb18030").decode(new Uint8Array(bytes));
  const gbk = new Uint16Array(0x10000);
  const common = new Set<string>();
  let k = 0;
  for (const ch of text) {
    const a = bytes[k]!;
    const b = bytes[k + 1]!;
    k += 2;
    if (ch === "\ufffd" || gbk[ch.charCodeAt(0)]) continue;
    gbk[ch.charCodeAt(0)] = (a << 8) | b;
    if (a >= 0xb0 && a <= 0xd7 && b >= 0xa1) common.add(ch);
  }
  const commonCode = new Uint8Array(0x10000);
  for (const ch of common) commonCode[ch.charCodeAt(0)] = 1;
  tables = { gbk, common, commonCode };
  return tables;
}

const isHan = (c: number) => c >= 0x4e00 && c <= 0x9fff;

/** Share of the Han characters of `text` outside the 3,755 common ones: about 1 % in Simplified text. */
export function rareHanShare(text: string): number {
  const { commonCode } = gbkTables();
  let han = 0;
  let rare = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isHan(c)) continue;
    han++;
    if (!commonCode[c]) rare++;
  }
  return han ? rare / han : 0;
}

/** The bytes GBK wrote `text` as (ASCII as itself; in a whole line, € as the lone 0x80 byte a browser's GBK reads
 *  so), or null when a character has no GBK code. */
function encodeGbk(text: string, gbk: Uint16Array, line = false): Uint8Array | null {
  const out = new Uint8Array(text.length * 2);
  let n = 0;
  // By UTF-16 unit: a character beyond the BMP has no GBK code, and neither has either half of its pair.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 || (line && c === 0x20ac)) {
      out[n++] = c < 0x80 ? c : 0x80;
      continue;
    }
    const v = gbk[c]!;
    if (!v) return null;
    out[n++] = v >> 8;
    out[n++] = v & 0xff;
  }
  return out.subarray(0, n);
}

/** Whether the bytes could be UTF-8 by their lead and continuation bytes alone: a quick no for ordinary text
 *  (安 is B0 B2, a continuation byte where a character must start) before the strict decoder, which throws. */
function utf8Shaped(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const follow =
      b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (follow < 0 || i + follow >= bytes.length) return false;
    for (let k = 1; k <= follow; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return false;
    i += follow + 1;
  }
  return true;
}

/** The continuation bytes still owed after byte `b` of UTF-8 when `owed` were owed before it, or -1 where `b`
 *  cannot come next. (A function of its own, not a closure per line: the tsx loader names every closure made.) */
function owedAfter(owed: number, b: number): number {
  if (owed > 0) return (b & 0xc0) === 0x80 ? owed - 1 : -1;
  return b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
}

/** utf8Shaped(encodeGbk(text, gbk, line)), read as the bytes are made: false at the first byte that cannot be
 *  UTF-8 there (ordinary Chinese fails at its first character), and nothing allocated. */
function gbkReadsUtf8Shaped(text: string, gbk: Uint16Array, line = false): boolean {
  let owed = 0; // continuation bytes still owed
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 || (line && c === 0x20ac)) {
      if ((owed = owedAfter(owed, c < 0x80 ? c : 0x80)) < 0) return false;
      continue;
    }
    const v = gbk[c]!;
    if (!v || (owed = owedAfter(owed, v >> 8)) < 0 || (owed = owedAfter(owed, v & 0xff)) < 0) return false;
  }
  return owed === 0;
}

function commonShare(text: string, common: Set<string>): number {
  let han = 0;
  let hit = 0;
  for (const ch of text) {
    if (!isHan(ch.charCodeAt(0))) continue;
    han++;
    if (common.has(ch)) hit++;
  }
  return han ? hit / han : 0;
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });
const gb18030 = new TextDecoder("gb18030");

/** The run's GBK bytes are valid UTF-8 with at least two Chinese characters in it. */
function readsAsUtf8(run: string, t: Tables): boolean {
  if (!gbkReadsUtf8Shaped(run, t.gbk)) return false;
  const bytes = encodeGbk(run, t.gbk);
  if (!bytes || !utf8Shaped(bytes)) return false;
  try {
    return [...strictUtf8.decode(bytes)].filter((c) => isHan(c.charCodeAt(0))).length >= 2;
  } catch {
    return false;
  }
}

function isMojibakeRun(run: string, t: Tables): boolean {
  if (readsAsUtf8(run, t)) return true;
  const bytes = encodeGbk(run, t.gbk);
  if (!bytes) return false;
  // Shifted by one byte, ordinary text gives a common character now and then, so a run needs eight characters,
  // and a two-byte code with an ASCII second byte (條 = 97 6C) puts the reading back in step: not mojibake.
  if (run.length < 8 || bytes.some((b) => b < 0x80)) return false;
  const shifted = gb18030.decode(bytes.subarray(1, bytes.length - 1));
  let han = 0;
  let shared = 0;
  for (const ch of shifted) {
    if (isHan(ch.charCodeAt(0))) han++;
    if (run.includes(ch)) shared++;
  }
  if (han < run.length - 2 || shared > run.length / 3) return false;
  const after = commonShare(shifted, t.common);
  return after >= 0.9 && after > commonShare(run, t.common);
}

/** Junk glued to a mojibake run: stray ? and pinyin or bracket debris of the same broken character. */
const DEBRIS_BEFORE = /[?？]?[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{0,6}[)）]?$/;
const DEBRIS_AFTER = /^[?？]/;

const MAX_RUN = 80;

export type MojibakeSpan = { start: number; end: number };

/** Spans of mojibake in a line (runs of at least 3 Han characters that decode better another way). */
/** Characters that end a run: ASCII, spaces and the common Chinese punctuation. */
function isSeparator(c: number): boolean {
  return (
    c < 0x80 ||
    (c >= 0x3000 && c <= 0x3003) ||
    (c >= 0x3008 && c <= 0x3011) ||
    (c >= 0x2000 && c <= 0x206f) ||
    (c >= 0xff01 && c <= 0xff20) ||
    c === 0xa0
  );
}

/** Spans of mojibake in a line: runs of at least 3 double-byte characters between punctuation, with at least two
 *  rare ones (a cheap gate: ordinary text seldom has two in one run), that decode better another way. */
export function findMojibake(line: string): MojibakeSpan[] {
  const spans: MojibakeSpan[] = [];
  let t: Tables | null = null;
  let start = -1;
  let rare = 0;
  let han = false;
  for (let i = 0; i <= line.length; i++) {
    const c = i < line.length ? line.charCodeAt(i) : 0;
    if (i < line.length && !isSeparator(c)) {
      if (start < 0) {
        start = i;
        rare = 0;
        han = false;
      }
      if (c >= 0x4e00 && c <= 0x9fff) han = true;
      t ??= gbkTables();
      if (!t.commonCode[c]) rare++;
      continue;
    }
    if (start < 0) continue;
    const len = i - start;
    if (len >= 3 && len <= MAX_RUN && rare >= 2 && han) {
      const run = line.slice(start, i);
      if (isMojibakeRun(run, t!)) spans.push(withDebris(line, start, i));
      else spans.push(...utf8Pieces(line, start, run, t!));
    }
    start = -1;
  }
  return spans;
}

/** Inside a run of ordinary text, a piece of UTF-8 read as GBK is a stretch of rare characters (its GBK codes
 *  fall outside the common range): each such stretch is tested on its own. */
function utf8Pieces(line: string, at: number, run: string, t: Tables): MojibakeSpan[] {
  const out: MojibakeSpan[] = [];
  let k = 0;
  while (k < run.length) {
    if (t.common.has(run[k]!)) {
      k++;
      continue;
    }
    let e = k;
    while (e < run.length && !t.common.has(run[e]!)) e++;
    const piece = run.slice(k, e);
    if (piece.length >= 2 && readsAsUtf8(piece, t)) out.push(withDebris(line, at + k, at + e));
    k = e;
  }
  return out;
}

function withDebris(line: string, from: number, to: number): MojibakeSpan {
  let start = from;
  let end = to;
  const before = DEBRIS_BEFORE.exec(line.slice(Math.max(0, start - 8), start));
  if (before) start -= before[0].length;
  if (DEBRIS_AFTER.test(line.slice(end))) end++;
  return { start, end };
}

const SHORT_LINE_HAN = 8;

/** A whole line of UTF-8 that was read as GBK (鍦ㄥ叏闄㈠畨鍏ㄧ敓浜 → 在全院安全生产), given back as it was written: its
 *  GBK bytes are valid UTF-8 throughout, and what they say is common Chinese where the line was not. Null otherwise
 *  (ordinary text's bytes are not valid UTF-8 for a whole line). */
export function restoreUtf8ReadAsGbk(line: string): string | null {
  if (line.length < 4) return null;
  const t = gbkTables();
  if (!gbkReadsUtf8Shaped(line, t.gbk, true)) return null;
  const bytes = encodeGbk(line, t.gbk, true);
  if (!bytes || !utf8Shaped(bytes)) return null;
  let restored: string;
  try {
    restored = strictUtf8.decode(bytes);
  } catch {
    return null;
  }
  const han = [...restored].filter((c) => isHan(c.charCodeAt(0))).length;
  if (han < 2) return null;
  // A short line (院长 林岚) may hold a name's rarer characters.
  const after = commonShare(restored, t.common);
  return after >= (han <= SHORT_LINE_HAN ? 0.6 : 0.9) && after > commonShare(line, t.common) ? restored : null;
}
