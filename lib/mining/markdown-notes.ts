// A note app's Markdown (Obsidian, Logseq) beyond what any Markdown export has: [[wikilinks]] inside sentences (the
// linked words are the text), ![[embeds]], %%comments%%, block ids (^a1b2c3) at a line's end, #tags among the words,
// and callouts (> [!note] 待核实：…), the writer's notes to himself, with their quoted lines. A wiki's export (Notion)
// writes its callout as a quote opened by the block's icon (> 💡 已补在第二部分。——晓岚): a note among the team that
// drafts the text, known by a note's own signs (below). A speech sets off its own quotations so too
// (> 📖 《安全生产法》第二十一条规定：…, > ⚠️ 涉事企业长期超量储存…): an icon quote without such signs is the speech's.
import { cut, type Ctx } from "./noise-fragments";
import { hasPictograph } from "./pictographs";
import type { Removed, SourceLine } from "./types";

const CALLOUT_START_RE = /^\s*>\s*\[![\w-]{1,20}\][-+]?/;
const QUOTED_RE = /^\s*>/;
const ICON_CALLOUT_RE = /^\s*>\s*\p{Extended_Pictographic}/u;
/** …强调： / …指出： under the icon: a leader quoted, as the speech quotes him (> 📢 总书记强调：…), no note. */
const QUOTES_LEADER_RE =
  /^\s*>\s*\p{Extended_Pictographic}\uFE0F?\s*[^\s，。：:]{1,12}(?:指出|强调|要求|批示|指示)[：:]/u;
/** A note's signs in an icon callout: its writer's signature (——晓岚), a colleague called on (@孙浩), the draft's
 *  state or a reviewer's words (已补, 按…意见, 待确认, 请…核对, 本稿, 二稿), a remark on the text (此处再压缩). */
const NOTE_SIGN_RE =
  /——\s*[\p{Script=Han}]{1,4}\s*$|@[\p{Script=Han}A-Za-z]|已(?:补|改|核|删|加|更新|修改|调整)|按[^，。]{0,15}意见|待(?:确认|核实|核对|补充|更新|定|核|补)|(?:请|再)[^，。]{0,8}(?:核对|核实|核一|确认|斟酌|补充|更新)|本稿|(?:初|二|三|定|送审|修改)稿|(?:此处|这里|这段|本段)(?:再|要|需|可)?(?:改|删|补|压|调|斟酌)/u;
const opensCallout = (t: string) => CALLOUT_START_RE.test(t);
const opensIconCallout = (t: string) => hasPictograph(t) && ICON_CALLOUT_RE.test(t) && !QUOTES_LEADER_RE.test(t);
const EMBED_RE = /!\[\[[^\]\n]{1,200}\]\]/g;
const COMMENT_RE = /%%[^%\n]{0,300}%%/g;
const BLOCK_ID_RE = /\s\^[A-Za-z0-9-]{4,16}\s*$/;
const WIKILINK_RE = /\[\[([^\]|\n]{1,100})(?:\|([^\]\n]{1,100}))?\]\]/g;
// A tag stands apart at the end of a paragraph, with the other tags and the block id (…深刻。 #典型案例 ^9zb84u); one
// inside a sentence (发起的 #家乡好物 话题) is a word of it. A topic closed by # (#安全生产月#) is another rule's.
const INLINE_TAG_RE =
  /(?<=\s)#(?!\d)[\p{Script=Han}A-Za-z][\p{Script=Han}\w/-]{0,19}(?=(?:\s+#[^\s#]{1,20})*(?:\s+\^[A-Za-z0-9-]{4,16})?\s*$)/gu;

/** The lines of the file's callouts: each opening > [!type] (or > 💡 with a note's signs) line and the quoted lines
 *  under it. */
export function calloutLines(lines: SourceLine[]): Set<number> {
  const out = new Set<number>();
  let inCallout = false;
  lines.forEach((l, i) => {
    if (opensCallout(l.text) || (opensIconCallout(l.text) && signedNote(lines, i))) inCallout = true;
    else if (!QUOTED_RE.test(l.text)) inCallout = false;
    if (inCallout) out.add(i);
  });
  return out;
}

/** The icon's quote from line i on (its quoted lines, up to the next icon) shows a note's signs. */
function signedNote(lines: SourceLine[], i: number): boolean {
  const end = lines.findIndex((l, j) => j > i && (!QUOTED_RE.test(l.text) || opensIconCallout(l.text)));
  return lines.slice(i, end < 0 ? undefined : end).some((l) => NOTE_SIGN_RE.test(l.text));
}

/** A Markdown note's line without its app's marks (a link's words stay); each cut is reported. */
function cutNoteSyntax(text: string, lineNo: number, ctx: Ctx): string {
  let t = cut(text, EMBED_RE, "图片", lineNo, ctx);
  t = cut(t, COMMENT_RE, "文档批注", lineNo, ctx);
  t = cut(t, BLOCK_ID_RE, "Markdown 标记", lineNo, ctx);
  t = cut(t, INLINE_TAG_RE, "话题标签", lineNo, ctx);
  return t.replace(WIKILINK_RE, (_m, target: string, alias?: string) => alias ?? target);
}

/** Lines that show the note app's syntax: a file with two of them is such a note. */
const NOTE_SYNTAX_RE = /\[\[[^\]\n]{1,100}\]\]|\s\^[A-Za-z0-9-]{4,16}\s*$|%%[^%\n]{0,300}%%|^\s*>\s*\[![\w-]{1,20}\]/;
const MIN_NOTE_LINES = 2;

/** A note app's file with its inline marks cut before normalising, which would part a line at a block id's space
 *  and read a tag's # as a heading's; any other file as it is. */
export function withoutNoteSyntax(lines: SourceLine[]): { lines: SourceLine[]; removed: Removed[] } {
  if (lines.filter((l) => NOTE_SYNTAX_RE.test(l.text)).length < MIN_NOTE_LINES) return { lines, removed: [] };
  const ctx: Ctx = { removed: [] };
  return { lines: lines.map((l) => ({ ...l, text: cutNoteSyntax(l.text, l.lineNo, ctx) })), removed: ctx.removed };
}
