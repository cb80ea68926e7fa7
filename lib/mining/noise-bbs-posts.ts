// A post on a BBS of the 水木 kind, saved as text: each post opens with its header (发信人: id (昵称), 信区: 版名 /
// 标  题: … / 发信站: 站名 (时间), 站内) and closes with its origin (※ 来源:·站名 域名·[FROM: 地址], ※ 修改:·…), its
// signature between "--" and that line; a reply quotes the post under 【 在 id (昵称) 的大作中提到: 】 with ": " before
// each quoted line. The first post carries the speech; the others' posts, the headers, quotes and signatures are the
// board's.
import { isHeaderSalutation, isTitleLine } from "./outline-patterns";

const STATION_RE = /^发信站\s*[:：]/;
const AUTHOR_RE = /^发信人\s*[:：]\s*(\S+)/;
const HEADER_RE = /^(?:发信人|标\s*题|发信站)\s*[:：]/;
/** A post's origin and edit lines (※ 来源:·站名 域名·[FROM: 10.12.*.*]): the line marks take them whole, on any page,
 *  before their address is cut as a watermark. */
export const BBS_ORIGIN_RE = /^※\s*(?:来源|修改|转载|转寄)\s*[:：]/;
const QUOTE_HEAD_RE = /^【\s*在\s*\S+(?:\s*[（(][^（）()]*[)）])?\s*的大作中提到\s*[:：]\s*】$/;
const QUOTED_RE = /^[:：]/;
const ORIGIN_RE = /^※\s*来源\s*[:：]/;
const SIGNATURE_START_RE = /^--\s*$/;
/** A signature is a few short lines (a speech's own dash -- or a poster's -- over his text runs on far longer). */
const SIGNATURE_LINES = 4;
const SIGNATURE_CHARS = 60;
/** Another author's post is a reply of a few sentences, never a part of the speech. */
const REPLY_MAX = 240;
const BOARD = "BBS 帖子信息";

export function markBbsPosts(texts: string[], verdict: (string | null)[]): void {
  if (!texts.some((t) => STATION_RE.test(t.trim()))) return;
  const line = (k: number) => texts[k]!.trim();
  const mark = (k: number, reason = BOARD) => {
    if (line(k)) verdict[k] ??= reason;
  };
  texts.forEach((_, k) => {
    const t = line(k);
    if (HEADER_RE.test(t) || BBS_ORIGIN_RE.test(t) || QUOTE_HEAD_RE.test(t) || QUOTED_RE.test(t)) mark(k);
  });
  // A signature: from its "--" down to the post's origin line, a few short lines.
  texts.forEach((_, k) => {
    if (!SIGNATURE_START_RE.test(line(k))) return;
    const origin = texts.findIndex((t, j) => j > k && ORIGIN_RE.test(t.trim()));
    if (origin < 0) return;
    const lines = Array.from({ length: origin - k - 1 }, (_, d) => k + 1 + d).filter((j) => line(j));
    if (lines.length > SIGNATURE_LINES || lines.some((j) => line(j).length > SIGNATURE_CHARS)) return;
    for (let j = k; j < origin; j++) mark(j, "BBS 签名档");
  });
  // The other authors' posts: from a header down to the next one. The poster is the author who wrote most (the
  // thread's first post may ask for the speech another posts).
  const posts = texts.flatMap((t, k) => (AUTHOR_RE.test(t.trim()) ? [k] : []));
  const authorOf = (at: number) => AUTHOR_RE.exec(line(at))?.[1] ?? "";
  const written = new Map<string, number>();
  posts.forEach((at, n) => {
    const end = posts[n + 1] ?? texts.length;
    const chars = texts.slice(at + 1, end).reduce((a, t) => a + t.trim().length, 0);
    written.set(authorOf(at), (written.get(authorOf(at)) ?? 0) + chars);
  });
  const poster = [...written].sort((a, b) => b[1] - a[1])[0]?.[0];
  posts.forEach((at, n) => {
    if (authorOf(at) === poster) return;
    const end = posts[n + 1] ?? texts.length;
    const body = Array.from({ length: end - at - 1 }, (_, d) => at + 1 + d).filter((k) => line(k) && !verdict[k]);
    const chars = body.reduce((a, k) => a + line(k).length, 0);
    if (chars > REPLY_MAX || body.some((k) => isTitleLine(line(k)) || isHeaderSalutation(line(k)))) return;
    for (const k of body) mark(k, "BBS 回帖");
  });
}
