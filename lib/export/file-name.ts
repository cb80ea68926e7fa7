// The downloaded file's name: the speech's title and day, as clerks name their files (标题（2024年3月1日）.docx),
// with the characters Windows forbids in names replaced and the length kept within what every system accepts.

const FORBIDDEN = /[\\/:*?"<>|\x00-\x1f]/g;
const MAX_NAME_CHARS = 80;

/** "2024-03-01" → 2024年3月1日 */
export function chineseDay(day: string): string {
  const [y, m, d] = day.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

export function exportFileName(title: string, day: string | null, extension: "docx" | "txt"): string {
  const clean = title.replace(FORBIDDEN, "_").replace(/\s+/g, " ").trim().replace(/^\.+/, "") || "讲话稿";
  const short = [...clean].slice(0, MAX_NAME_CHARS).join("");
  return `${short}${day ? `（${chineseDay(day)}）` : ""}.${extension}`;
}

/** Content-Disposition for a download with a Chinese name: an ASCII fallback plus the UTF-8 name (RFC 6266). */
export function attachmentHeader(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
