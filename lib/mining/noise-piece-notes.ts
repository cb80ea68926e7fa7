// A 素材 or 范文 site's labelled note on the piece it carries (【素材说明】本篇为副市长在…的讲话，…可直接摘用。), speaking of
// it as 本篇 or 本文 right after the label: a speech labels no note on itself so. On a line of its own the note goes
// whole (noise-site-notices.ts); run into the paragraph under it (…可直接摘用。同志们：今天召开…), only the note goes,
// down to the end of its last sentence on the piece, and the paragraph stays.
import { firstSentenceEnd } from "./outline-patterns";
import type { Ctx } from "./noise-fragments";

export const PIECE_NOTE_RE =
  /^(?:[【\[](?:素材|范文|文档|资料|材料|稿件|作品|文章)(?:说明|简介|介绍)[】\]]\s*[：:]?|(?:素材|范文|文档|资料|稿件)(?:说明|简介|介绍)[：:])\s*(?:本篇|本文|本素材|本范文|本文档|本材料|本稿|此文|该文|这篇)/;
/** A further sentence of the note, on the piece as a piece: its length, its build, its use (结构清晰，可直接摘用。). */
const NOTE_GOES_ON_RE =
  /^(?:本篇|本文|全文|全篇|该文|此文|该稿|此稿|文章|文中|结构|语言|篇幅|内容|数据|字数|共约?\d|约\d|适合|适用|可直接|可根据|可结合|可供|仅供|供)/;
const PIECE_NOTE = "网站通知公告";

/** A preview's excerpt, cut off (…今天我们召开校园安全工作会议……): the 简介 box goes on with it, and the line is the box. */
const EXCERPT_END_RE = /(?:…|\.{3})[”」]?$/;

/** Where the note at the line's head ends (an index into the trimmed line), or -1 when the note is the whole line. */
function noteEnd(t: string): number {
  let end = firstSentenceEnd(t);
  while (end >= 0 && end < t.length && NOTE_GOES_ON_RE.test(t.slice(end).trim())) end = firstSentenceEnd(t, end);
  return end >= 0 && t.slice(end).trim() && !EXCERPT_END_RE.test(t) ? end : -1;
}

/** Cuts a piece note from the head of the paragraph it is run into; a line that is the note alone is left whole. */
export function cutPieceNote(text: string, lineNo: number, ctx: Ctx): string {
  const t = text.trimStart();
  if (!PIECE_NOTE_RE.test(t)) return text;
  const end = noteEnd(t);
  if (end < 0) return text;
  ctx.removed.push({ text: t.slice(0, end), reason: PIECE_NOTE, lineNo });
  return text.slice(0, text.length - t.length) + t.slice(end).trimStart();
}
