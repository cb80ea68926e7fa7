// A Markdown export's emphasis over whole lines: it sets its heads in bold (**一、认清形势**, **▲ 认清形势**) and its
// captions and notes in italics (*▲ 部署会现场（摄影：×××）*), so a head is never a caption, whatever mark opens it.
import type { SourceLine } from "./types";

/** *▲ 部署会现场（摄影：×××）* or _…_: a whole line in italics (an image's caption, a note), its words between single
 *  stars or underscores; a star inside a line may be a sign or a censored word, and underscores in a row are a
 *  fill-in blank (姓名：____), so only the pair round the whole line goes. */
export const MD_ITALIC_LINE_RE = /^(\s*)(?:\*(?=[^*\s])([^*\n]*[^*\s])\*|_(?=[^_\s])([^_\n]*[^_\s])_)(\s*)$/;
/** 🔶**一、认清形势**: a 公众号 article sets a pictograph before its bold heads as their ornament (the noise pass cuts
 *  it as decoration); the bold run opens the line all the same. A word before ** (注意：**…**) is a sentence's. */
const ORNAMENT = "(?:\\p{Extended_Pictographic}\\uFE0F?\\s*){0,2}";
/** **一、认清形势** / **一是…。**正文: a line opened by a bold phrase, which a repost's headings are when its title
 *  alone has a # mark: the phrase is the whole line, ends a sentence or is numbered (**公司各部门、**项目部要… is a
 *  template's blanks). */
export const MD_BOLD_LINE_RE = new RegExp(
  String.raw`^\s*${ORNAMENT}\*\*(?:[^*\n]{4,80}\*\*\s*$|[^*\n]{3,80}[。！？：:]\*\*|(?:[一二三四五六七八九十]{1,3}[、是]|[（(][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十]{1,3}[，,、])[^*\n]{2,80}\*\*)`,
  "u",
);
/** A heading mark (not a topic tag, #安全生产月#, nor a number, #1), or a bold run from the line's start to its end. */
const HEAD_LINE_RE = new RegExp(String.raw`^\s*(?:#{1,6}[ \t]*(?![#\d\s])[^#\n]+|${ORNAMENT}\*\*[^*\n]+\*\*)\s*$`, "u");

/** The indexes of the lines a Markdown file marks as heads. */
export function markdownHeadLines(lines: SourceLine[]): Set<number> {
  const out = new Set<number>();
  lines.forEach((l, i) => HEAD_LINE_RE.test(l.text) && out.add(i));
  return out;
}
