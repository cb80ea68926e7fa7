// Turns the bytes of an uploaded .txt into text, detecting the encoding: BOMs first, then strict UTF-8,
// then GB18030 (a superset of GBK and GB2312). Binary data is refused rather than decoded into garbage.
import { AppError } from "../errors";

export type DecodedText = { text: string; encoding: "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "gb18030" };

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
      c === 0xd7 // ×
    )
      good++;
  }
  return good / [...text].length;
}

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
  if (looksBinary(bytes)) {
    throw new AppError("unsupported", "文件内容不是文本（可能是二进制文件），请上传 .txt 或 .docx 格式的讲话稿。");
  }
  const utf8 = decodeStrict("utf-8", bytes);
  if (utf8 !== null) return { text: utf8, encoding: "utf-8" };
  const gb = decodeStrict("gb18030", bytes);
  if (gb !== null && plausibility(gb) > 0.9) return { text: gb, encoding: "gb18030" };
  throw new AppError("unsupported", "无法识别文件的文字编码，请另存为 UTF-8 或 GB18030 编码的 .txt 后重新上传。");
}
