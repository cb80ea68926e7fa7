// The script stage, before normalising: mojibake runs are cut out (and reported), replacement characters are
// counted, and a page in Traditional characters is converted to Simplified (the clerk's library is Simplified).
// Each finding becomes a warning in Chinese that the import report shows with the file.
import * as OpenCC from "opencc-js/t2cn";
import { withoutScriptOriginals } from "./decode-script-pairs";
import { findMojibake, rareHanShare, restoreUtf8ReadAsGbk } from "./decode-mojibake";
import type { Removed, SourceLine } from "./types";

let converter: ((s: string) => string) | null = null;
const toSimplified = (s: string) => (converter ??= OpenCC.Converter({ from: "tw", to: "cn" }))(s);

/** Below this share of changed Han characters the text is Simplified already and is left as it is: converting
 *  would only touch the odd character that both scripts share in another use. */
const TRADITIONAL_SHARE = 0.03;

/** Text decoded with the wrong encoding: why, in Chinese, with a few of the strings removed (the import report's signal). */
export type MojibakeSignal = { reason: string; samples: string[] };

export type ScriptResult = { lines: SourceLine[]; removed: Removed[]; warnings: string[]; mojibake?: MojibakeSignal };

function hanCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) n++;
  }
  return n;
}

function changedCount(a: string, b: string): number {
  if (a.length !== b.length) return Math.abs(a.length - b.length) + 1;
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) n++;
  return n;
}

let traditionalOnly: Uint8Array | null = null;

/** The characters that conversion changes (Traditional-only forms), found once by converting every character of
 *  the basic CJK block: a share of them tells whether a text is worth converting, at the cost of a table lookup. */
function traditionalTable(): Uint8Array {
  if (traditionalOnly) return traditionalOnly;
  const chars: string[] = [];
  for (let c = 0x4e00; c <= 0x9fff; c++) chars.push(String.fromCharCode(c));
  // One character a line, so that no phrase rule joins two of them.
  const converted = toSimplified(chars.join("\n")).split("\n");
  const table = new Uint8Array(0x10000);
  if (converted.length === chars.length)
    for (let k = 0; k < chars.length; k++) if (converted[k] !== chars[k]) table[0x4e00 + k] = 1;
  traditionalOnly = table;
  return table;
}

function looksTraditional(text: string): boolean {
  // Traditional forms lie outside the common Simplified set: without enough rare characters, no table is built.
  if (rareHanShare(text) < TRADITIONAL_SHARE) return false;
  const table = traditionalTable();
  let han = 0;
  let traditional = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x4e00 || c > 0x9fff) continue;
    han++;
    traditional += table[c]!;
  }
  return traditional >= 3 && traditional >= han * TRADITIONAL_SHARE;
}

export function repairScript(lines: SourceLine[]): ScriptResult {
  const removed: Removed[] = [];
  const warnings: string[] = [];
  let mojibake = 0;
  let restored = 0;
  let replacement = 0;
  const cleaned = lines.map((line) => {
    // A line of UTF-8 read as GBK comes back whole; runs of other mojibake are cut out below.
    const whole = restoreUtf8ReadAsGbk(line.text);
    if (whole !== null) restored++;
    let text = whole ?? line.text;
    for (let i = text.indexOf("\ufffd"); i >= 0; i = text.indexOf("\ufffd", i + 1)) replacement++;
    const spans = findMojibake(text);
    for (const s of spans.reverse()) {
      removed.push({ text: text.slice(s.start, s.end), reason: "乱码（编码错误的文字）", lineNo: line.lineNo });
      text = text.slice(0, s.start) + text.slice(s.end);
      mojibake++;
    }
    return text === line.text ? line : { ...line, text };
  });
  if (restored) warnings.push(`有 ${restored} 行乱码（UTF-8 文字曾被当作 GBK 读取），已还原，请对照原文检查。`);
  if (mojibake) warnings.push(`发现 ${mojibake} 处乱码（文字曾被错误的编码读取），已删除，请对照原文检查。`);
  if (replacement) warnings.push(`文本中有 ${replacement} 个无法识别的字符（�），原文件可能编码有误。`);
  const signal: MojibakeSignal | undefined =
    mojibake || replacement || restored
      ? { reason: warnings.join(""), samples: removed.slice(0, 3).map((r) => r.text.slice(0, 12)) }
      : undefined;

  const whole = cleaned.map((l) => l.text).join("\n");
  if (!looksTraditional(whole)) return { lines: cleaned, removed, warnings, mojibake: signal };
  const converted = toSimplified(whole);
  const han = hanCount(whole);
  const changed = changedCount(whole, converted);
  if (han === 0 || changed < 3 || changed / han < TRADITIONAL_SHARE)
    return { lines: cleaned, removed, warnings, mojibake: signal };
  const parts = converted.split("\n");
  if (parts.length !== cleaned.length) return { lines: cleaned, removed, warnings, mojibake: signal };
  warnings.push(`原文为繁体字，已转换为简体（${changed} 个字）。`);
  // A page in both scripts, line by line: the Traditional originals go, their Simplified renderings stay.
  const paired = withoutScriptOriginals(
    cleaned,
    cleaned.map((l, i) => ({ ...l, text: parts[i]! })),
  );
  removed.push(...paired.removed);
  return { lines: paired.lines, removed, warnings, mojibake: signal };
}
