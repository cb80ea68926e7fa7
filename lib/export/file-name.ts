// The downloaded file's name: the speech's title and day, as clerks name their files (标题（2024年3月1日）.docx),
// with what Windows forbids in names replaced, invisible format characters (such as a right-to-left override
// that would disguise the extension) removed, a long title shortened so that the name stays readable in a folder
// window, and the whole name within the 255 bytes most file systems allow.
import { chineseDay } from "../speech-doc/written-date";

const FORBIDDEN = /[\\/:*?"<>|\x00-\x1f\x7f]/g;
const INVISIBLE = /\p{Cf}/gu;
/** Bytes for the title part: the day (（2024年12月31日）, 25 bytes) and the extension fit in what is left of 255. */
const MAX_TITLE_BYTES = 200;

const utf8Length = (s: string) => new TextEncoder().encode(s).length;

function cutToBytes(text: string, max: number): string {
  let out = "";
  for (const ch of text) {
    if (utf8Length(out + ch) > max) break;
    out += ch;
  }
  return out;
}

/** Titles longer than this many characters are cut to one less, plus 「…」. */
export const TITLE_MAX_CHARS = 40;
/** What closes a title and names the draft rather than the speech: （征求意见稿）, （第二稿）（送审稿）. */
const OWN_SUFFIX = /(?:（[^（）]{1,12}）)+$/;
const OWN_SUFFIX_MAX = 24;

const cleanName = (s: string) => s.replace(INVISIBLE, "").replace(FORBIDDEN, "_").replace(/\s+/g, " ").trim();

/** The title at most TITLE_MAX_CHARS characters long before its suffixes, which are kept whole after the cut. */
function shortTitle(title: string, suffix: string): string {
  const found = OWN_SUFFIX.exec(title)?.[0] ?? "";
  const own = found.length <= OWN_SUFFIX_MAX && found.length < title.length ? found : "";
  const chars = Array.from(title.slice(0, title.length - own.length).trimEnd());
  if (chars.length <= TITLE_MAX_CHARS) return title + suffix;
  const head = chars
    .slice(0, TITLE_MAX_CHARS - 1)
    .join("")
    .trimEnd();
  return `${head}…${own}${suffix}`;
}

/** The download's name; `suffix` (such as （修订稿）) follows the title and is never cut. */
export function exportFileName(title: string, day: string | null, extension: "docx" | "txt", suffix = ""): string {
  const clean = cleanName(title).replace(/^\.+/, "") || "讲话稿";
  const short = cutToBytes(shortTitle(clean, cleanName(suffix)), MAX_TITLE_BYTES).trim();
  return `${short}${day ? `（${chineseDay(day)}）` : ""}.${extension}`;
}

/** RFC 8187's attr-char: what may stand unencoded in filename*; encodeURIComponent also leaves ' ( ) * ! as is. */
const encodeRfc8187 = (s: string) =>
  encodeURIComponent(s).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** Content-Disposition for a download with a Chinese name: an ASCII fallback plus the UTF-8 name (RFC 6266). */
export function attachmentHeader(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeRfc8187(fileName)}`;
}

/** The file name an attachmentHeader names (its UTF-8 name, else the ASCII fallback), for a download made by script. */
export function fileNameFromDisposition(header: string | null): string | null {
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(header ?? "");
  if (utf8) {
    try {
      return decodeURIComponent(utf8[1]!);
    } catch {
      // a malformed escape: fall back to the plain name
    }
  }
  return /filename="([^"]*)"/i.exec(header ?? "")?.[1] ?? null;
}
