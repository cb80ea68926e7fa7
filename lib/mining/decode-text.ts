// Turns the bytes of an uploaded .txt into text, detecting the encoding: BOMs first, UTF-16 without a BOM (by where
// its zero bytes fall), then strict UTF-8, then Big5 or GB18030 (a superset of GBK and GB2312) by the shape of the
// double-byte codes. Binary data is refused rather than decoded into garbage.
import { AppError } from "../errors";

export type DecodedText = {
  text: string;
  encoding: "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "gb18030" | "big5";
};

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return n > 0 && control / n > 0.05;
}

function decodeStrict(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Share of characters that are CJK, Latin letters, digits, punctuation or whitespace: garbage scores low. */
function plausibility(text: string): number {
  if (!text) return 1;
  let good = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0x3000 && c <= 0x303f) ||
      (c >= 0xff00 && c <= 0xffef) ||
      (c >= 0x20 && c <= 0x7e) ||
      c === 0x0a ||
      c === 0x0d ||
      c === 0x09 ||
      (c >= 0x2000 && c <= 0x206f) ||
      // Latin-1's signs (©, °, ·), ①, box drawing, shapes and ★☆: a text browser's tables and a page's bullets.
      (c >= 0xa0 && c <= 0xff) ||
      (c >= 0x2460 && c <= 0x25ff) ||
      c === 0x2605 ||
      c === 0x2606
    )
      good++;
  }
  return good / [...text].length;
}

/** UTF-16 without a BOM: the zero bytes of ASCII characters all fall on one side of each code unit. */
function utf16WithoutBom(bytes: Uint8Array): DecodedText | null {
  if (bytes.length < 4 || bytes.length % 2) return null;
  let even = 0;
  let odd = 0;
  const n = Math.min(bytes.length, 65536);
  for (let i = 0; i < n; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2) odd++;
    else even++;
  }
  const options: [DecodedText["encoding"], number, number][] = [
    ["utf-16le", odd, even],
    ["utf-16be", even, odd],
  ];
  for (const [label, zeros, misplaced] of options) {
    if (zeros < 2 || misplaced * 4 > zeros) continue; // a Chinese character such as 开 (U+5F00) has one too
    const text = decodeStrict(label, bytes);
    if (text !== null && plausibility(text) > 0.95) return { text, encoding: label };
  }
  return null;
}

/** Big5 writes about half of its characters with a second byte in 0x40–0x7E; GB2312-range text never does. */
function looksBig5(bytes: Uint8Array): boolean {
  let pairs = 0;
  let lowTrail = 0;
  for (let i = 0; i + 1 < bytes.length; i++) {
    if (bytes[i]! < 0x81) continue;
    pairs++;
    const t = bytes[++i]!;
    if (t >= 0x40 && t <= 0x7e) lowTrail++;
  }
  return pairs >= 4 && lowTrail / pairs > 0.15;
}

/** Big5-HKSCS's Latin letters with tones (0x8856–0x88A8: the pinyin a reading aid prints, 隱患(yǐn huàn)), which the
 *  platform's Big5 decoder gives as Private Use code points U+F319–U+F349; "_" where the block holds no one letter. */
const HKSCS_LETTERS = "ĀÁǍÀĒÉĚÈŌÓǑÒ____Êāáǎàɑēéěèīíǐìōóǒòūúǔùǖǘǚǜü____êɡ";
const withHkscsLetters = (text: string) =>
  text.replace(/[\uf319-\uf349]/g, (c) => {
    const letter = HKSCS_LETTERS[c.charCodeAt(0) - 0xf319]!;
    return letter === "_" ? c : letter;
  });

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = decodeStrict("utf-8", bytes.subarray(3));
    if (text !== null) return { text, encoding: "utf-8-bom" };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  }
  const utf16 = bytes.includes(0) ? utf16WithoutBom(bytes) : null;
  if (utf16) return utf16;
  if (looksBinary(bytes)) {
    throw new AppError("unsupported", "文件内容不是文本（可能是二进制文件），请上传 .txt 或 .docx 格式的讲话稿。");
  }
  const utf8 = decodeStrict("utf-8", bytes);
  if (utf8 !== null) return { text: utf8, encoding: "utf-8" };
  if (looksBig5(bytes)) {
    const decoded = decodeStrict("big5", bytes);
    const big5 = decoded === null ? null : withHkscsLetters(decoded);
    if (big5 !== null && plausibility(big5) > 0.9) return { text: big5, encoding: "big5" };
  }
  const gb = decodeStrict("gb18030", bytes);
  if (gb !== null && plausibility(gb) > 0.9) return { text: gb, encoding: "gb18030" };
  throw new AppError("unsupported", "无法识别文件的文字编码，请另存为 UTF-8、GB18030 或 Big5 编码的 .txt 后重新上传。");
}
