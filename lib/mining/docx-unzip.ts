// Unpacks a .docx (a zip) under limits before any document parser sees it. The sizes a zip declares are not to
// be trusted: a "zip bomb" declares 2,000 bytes for an entry whose deflate stream inflates to a gigabyte. So the
// declared total is capped, and each part is inflated with zlib's output limit set to its declared size: zlib
// stops as soon as the part outgrows it; the number of entries is capped too. Only the parts the reader asks for
// are inflated (images and the like never are), and the reader receives exactly the bytes counted here.
import { inflateRawSync } from "node:zlib";
import { AppError } from "../errors";

export type DocxUnzipLimits = { maxDocxUnpackedBytes: number; maxDocxEntries?: number };

/** A .docx holds a few dozen parts; with many images, a few hundred. */
export const MAX_DOCX_ENTRIES = 1000;

const damaged = (why = "") =>
  new AppError("invalid_input", `该 .docx 文件已损坏或不完整${why}，无法解压。请在 Word 中重新保存后再上传。`);

const tooLarge = (limits: DocxUnzipLimits) =>
  new AppError(
    "too_large",
    `该 .docx 解压后超过 ${Math.round(limits.maxDocxUnpackedBytes / 1048576)} MB，请删除其中的图片等内容后重试。`,
  );

type Entry = { name: string; method: number; flags: number; compressed: number; size: number; offset: number };

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;

/** The central directory's entries (the zip's own table of contents, at its end). */
function centralDirectory(b: Uint8Array, maxEntries: number): Entry[] {
  let end = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 65535); i--) {
    if (u32(b, i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw damaged();
  const count = u16(b, end + 10);
  let at = u32(b, end + 16);
  // Zip64 (more than 65,535 entries or 4 GB) is never needed for a document within the upload limit.
  if (count === 0xffff || at === 0xffffffff) throw damaged();
  if (count > maxEntries) {
    throw new AppError("too_large", `该 .docx 包含的部件过多（超过 ${maxEntries} 个），请在 Word 中重新保存后再上传。`);
  }
  const decoder = new TextDecoder();
  const entries: Entry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > b.length || u32(b, at) !== 0x02014b50) throw damaged();
    const nameLength = u16(b, at + 28);
    const skip = nameLength + u16(b, at + 30) + u16(b, at + 32);
    entries.push({
      flags: u16(b, at + 8),
      method: u16(b, at + 10),
      compressed: u32(b, at + 20),
      size: u32(b, at + 24),
      offset: u32(b, at + 42),
      name: decoder.decode(b.subarray(at + 46, at + 46 + nameLength)),
    });
    at += 46 + skip;
  }
  return entries;
}

/** The entry's compressed bytes, located through its local header. */
function entryData(b: Uint8Array, e: Entry): Uint8Array {
  const at = e.offset;
  if (at + 30 > b.length || u32(b, at) !== 0x04034b50) throw damaged();
  const start = at + 30 + u16(b, at + 26) + u16(b, at + 28);
  if (start + e.compressed > b.length) throw damaged();
  return b.subarray(start, start + e.compressed);
}

/**
 * Inflates one entry, refusing it as soon as it outgrows its declared size or the remaining budget: zlib stops
 * at maxOutputLength (it inflates in chunks and checks after each), so a lying entry costs a few KB past the limit.
 */
function inflateEntry(data: Uint8Array, e: Entry, budget: number, limits: DocxUnzipLimits): Uint8Array {
  if (e.method === 0) {
    if (data.length !== e.size) throw damaged();
    return data;
  }
  if (e.method !== 8) throw damaged("（使用了不支持的压缩方式）");
  if (e.size > budget) throw tooLarge(limits);
  let out: Uint8Array;
  try {
    // One byte more than declared, so that an entry larger than it says is told from one exactly its size.
    out = inflateRawSync(data, { maxOutputLength: Math.max(1, e.size + 1) });
  } catch (err) {
    if ((err as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") throw damaged("（解压后的大小与文件记录不符）");
    throw damaged();
  }
  if (out.length !== e.size) throw damaged("（解压后的大小与文件记录不符）");
  return out;
}

/**
 * Checks a .docx and returns the wanted parts (by path inside the zip; a part the file lacks is absent from the
 * map); throws an AppError with a Chinese message when it is damaged, too large or not a Word document.
 */
export function unpackDocx(
  bytes: Uint8Array,
  limits: DocxUnzipLimits,
  wanted: readonly string[] = ["word/document.xml"],
): Map<string, Uint8Array> {
  const entries = centralDirectory(bytes, limits.maxDocxEntries ?? MAX_DOCX_ENTRIES);
  let declared = 0;
  for (const e of entries) {
    if (e.flags & 1) throw new AppError("unsupported", "该 .docx 文件设置了密码，请在 Word 中取消密码后再上传。");
    declared += e.size;
  }
  // Honest sizes above the cap are refused before anything is inflated.
  if (declared > limits.maxDocxUnpackedBytes) throw tooLarge(limits);
  if (!entries.some((e) => e.name === "word/document.xml")) {
    throw new AppError("invalid_input", "该压缩文件不是 Word 文档（缺少正文），请上传 .docx 或 .txt。");
  }
  const parts = new Map<string, Uint8Array>();
  let unpacked = 0;
  for (const e of entries) {
    if (!wanted.includes(e.name) || parts.has(e.name)) continue;
    const data = inflateEntry(entryData(bytes, e), e, limits.maxDocxUnpackedBytes - unpacked, limits);
    unpacked += data.length;
    parts.set(e.name, data);
  }
  return parts;
}
