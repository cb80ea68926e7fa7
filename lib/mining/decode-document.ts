// Turns an uploaded file into lines of text: .txt by encoding detection (an HTML source as its shown text, a crawler's
// JSON or CSV export as its articles), .docx by reading its document part (docx-lines: paragraph boundaries, Word
// heading styles and list numbering). Other formats are refused by name.
import { AppError } from "../errors";
import { hasMarkup, htmlToText, isMarkupResidue, looksLikeHtml } from "./decode-html";
import { readCrawlerExport } from "./decode-records";
import { articleFromScripts } from "./decode-script-state";
import { decodeText } from "./decode-text";
import { DOCX_PARTS, readDocxLines } from "./docx-lines";
import { MAX_DOCX_ENTRIES, unpackDocx } from "./docx-unzip";
import type { Removed, SourceLine } from "./types";

/** Upload limits; a .docx is also held to maxDocxUnpackedBytes and maxDocxEntries once unpacked (docx-unzip). */
export type DecodeLimits = { maxFileBytes: number; maxDocxUnpackedBytes: number; maxDocxEntries?: number };

export const DEFAULT_LIMITS: DecodeLimits = {
  maxFileBytes: Number(process.env.MAX_UPLOAD_MB ?? 20) * 1024 * 1024,
  maxDocxUnpackedBytes: Number(process.env.MAX_DOCX_UNPACKED_MB ?? 100) * 1024 * 1024,
  maxDocxEntries: MAX_DOCX_ENTRIES,
};

export type DecodedDocument = {
  format: "txt" | "docx";
  encoding: string;
  text: string;
  lines: SourceLine[];
  /** What decoding left out, with its reason (a crawler's fields around the article). */
  removed?: Removed[];
};

const startsWith = (b: Uint8Array, sig: number[], at = 0) => sig.every((v, i) => b[at + i] === v);

/** Formats we recognise but cannot read, detected by content first and file name second. */
function refusedFormat(name: string, b: Uint8Array): string | null {
  if (startsWith(b, [0x25, 0x50, 0x44, 0x46])) return "PDF 文件";
  if (startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return /\.wps$/i.test(name) ? "WPS 文字（.wps）文件" : "Word 97-2003 文档（.doc）";
  }
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47])) return "PNG 图片";
  if (startsWith(b, [0xff, 0xd8, 0xff])) return "JPEG 图片";
  if (startsWith(b, [0x47, 0x49, 0x46, 0x38])) return "GIF 图片";
  if (startsWith(b, [0x42, 0x4d]) && /\.bmp$/i.test(name)) return "BMP 图片";
  if (startsWith(b, [0x52, 0x49, 0x46, 0x46]) && startsWith(b, [0x57, 0x45, 0x42, 0x50], 8)) return "WebP 图片";
  if (startsWith(b, [0x49, 0x49, 0x2a, 0x00]) || startsWith(b, [0x4d, 0x4d, 0x00, 0x2a])) return "TIFF 图片";
  if (startsWith(b, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return "RTF 文档";
  const ext = name.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  const byExt: Record<string, string> = {
    doc: "Word 97-2003 文档（.doc）",
    pdf: "PDF 文件",
    wps: "WPS 文字（.wps）文件",
    rtf: "RTF 文档",
    jpg: "JPEG 图片",
    jpeg: "JPEG 图片",
    png: "PNG 图片",
    gif: "GIF 图片",
    bmp: "BMP 图片",
    webp: "WebP 图片",
    tif: "TIFF 图片",
    tiff: "TIFF 图片",
    xls: "Excel 表格",
    xlsx: "Excel 表格",
    ppt: "PowerPoint 演示文稿",
    pptx: "PowerPoint 演示文稿",
  };
  return ext && byExt[ext] ? byExt[ext] : null;
}

const refuse = (what: string) =>
  new AppError("unsupported", `暂不支持${what}。请在 Word 或 WPS 中另存为 .docx，或复制文字另存为 .txt 后重新上传。`);

function decodeDocx(bytes: Uint8Array, limits: DecodeLimits): DecodedDocument {
  // The reader sees only the parts unpackDocx inflated and counted.
  const removed: Removed[] = [];
  const lines = readDocxLines(unpackDocx(bytes, limits, Object.values(DOCX_PARTS)), removed);
  return {
    format: "docx",
    encoding: "docx",
    text: lines.map((l) => l.text).join("\n"),
    lines,
    ...(removed.length && { removed }),
  };
}

export async function decodeDocument(
  fileName: string,
  bytes: Uint8Array,
  limits: DecodeLimits = DEFAULT_LIMITS,
): Promise<DecodedDocument> {
  if (bytes.length > limits.maxFileBytes) {
    throw new AppError(
      "too_large",
      `文件超过 ${Math.round(limits.maxFileBytes / 1048576)} MB 的上限，请拆分后再上传。`,
    );
  }
  if (bytes.length === 0) throw new AppError("invalid_input", "文件是空的，没有可导入的内容。");
  const refused = refusedFormat(fileName, bytes);
  if (refused) throw refuse(refused);
  const isZip = startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]);
  if (isZip || /\.docx$/i.test(fileName)) {
    if (!isZip)
      throw new AppError("invalid_input", "该 .docx 文件已损坏或不完整，无法解压。请在 Word 中重新保存后再上传。");
    return decodeDocx(bytes, limits);
  }
  const decoded = decodeText(bytes);
  const encoding = decoded.encoding;
  // A page saved as its HTML source is read as the text a browser shows.
  let text = decoded.text;
  const exported = readCrawlerExport(text);
  if (exported) text = exported.text;
  if (looksLikeHtml(text)) {
    const source = text;
    text = htmlToText(text, isMarkupResidue(text));
    text = articleFromScripts(source, text) ?? text;
    // A feed may carry its articles' HTML escaped (&lt;p&gt;): the first reading unescapes it into markup.
    if (hasMarkup(text)) text = htmlToText(text);
  }
  if (!text.trim()) throw new AppError("invalid_input", "文件中没有文字内容。");
  const lines = text.split(/\r\n|\r|\n/).map((t, i) => ({ text: t, lineNo: i + 1 }));
  return { format: "txt", encoding, text, lines, ...(exported?.removed.length && { removed: exported.removed }) };
}
