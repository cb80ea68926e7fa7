// Marks a document's copy keeps in its text that the printed page never read: a word processor's comment saved with
// a draft, set inside the paragraph where its anchor stood (…后作业[批注2: 王建军 2024-05-27 17:05] 建议补一句：…), and
// a scan's placeholder for the seal printed across a line (齐抓〔公章〕共管). Neither is the speaker's; the sentence
// around them is kept whole. A comment on a line of its own is the line rules' (REVIEW_COMMENT_RE,
// noise-keeper-notes.ts). What a comment asks for (这段删掉) is the reviewer's to decide, not the miner's: the
// paragraph it speaks of stays.
import { cut, type Ctx } from "./noise-fragments";
import { COMMENT_HEAD } from "./noise-keeper-notes";
import { REVISION_DELETED, REVISION_INSERTED } from "./noise-words";
import { needs } from "./regex-needs";

const COMMENT = "批注";
/** Inside a paragraph: the comment's bracketed head, and its words only where they show their end. Nothing marks
 *  where a comment's words stop and the paragraph resumes (…轻伤事故[批注1: …] 数字待核实工伤医疗…; a head whose
 *  words are listed elsewhere: …21起[批注1: …]、死亡9人; a note held inside its bracket: 【批注1：连续两年“双下降”】),
 *  so the cut ends at the bracket. Only words that open with his request and quote, after its colon, what he proposes
 *  (建议补一句：…审批单由安环科统一编号，外面要有人监护…) are his, up to their first stop. */
const NO_STOP = "[^，。；！？,;!?：:\\n]";
const PROPOSAL = `(?:建议|请)?(?:改为|改成|修改为|补一句|加一句|补充一句|补上|加上|删去|删除|应为)${NO_STOP}{0,4}[：:]`;
const INLINE_COMMENT_RE = needs(
  ["批注"],
  new RegExp(`${COMMENT_HEAD}(?:${PROPOSAL}[^，。；！？,;!?\\n]+([，。；！？,;!?]))?`, "g"),
);
const STOP_RE = /[，。；！？,;!?]$/;
/** A paragraph's indent before a comment's head: the comment was anchored at the paragraph's first word. A comment
 *  printed on a line of its own starts at the margin, where the page's paragraphs are indented. */
const INDENT_RE = /^(?:\s{2,}|\t)/;
/** Words after a head at a line's start that run on longer than a reviewer's remark: a paragraph's (an unindented
 *  page's paragraph with its comment anchored at its first word). */
const PARAGRAPH_CHARS = 80;
const PARAGRAPH_SENTENCES = 2;
const paragraphFollows = (rest: string) =>
  rest.trim().length >= PARAGRAPH_CHARS && (rest.match(/[。！？]/g)?.length ?? 0) >= PARAGRAPH_SENTENCES;

/** Cuts a comment saved inside a paragraph, or at a paragraph's start (after its indent, or before more words than a
 *  remark holds). One that opens a line of its own is the line rules': they judge that line whole. */
export function cutInlineComments(text: string, lineNo: number, ctx: Ctx): string {
  if (!text.includes("批注")) return text;
  return text.replace(INLINE_COMMENT_RE, (m: string, stop: string | undefined, at: number) => {
    const before = text.slice(0, at).trimEnd();
    if (!before && !INDENT_RE.test(text) && !paragraphFollows(text.slice(at + m.length))) return m;
    // The stop after the comment goes on the speech's sentence, unless the speech's own stop stands before it
    // (…后作业。[批注2: …] 请核实。外面…) or the paragraph starts there.
    const kept = stop && before && !STOP_RE.test(before) ? stop : "";
    ctx.removed.push({ text: m.slice(0, m.length - kept.length).trim(), reason: COMMENT, lineNo });
    return kept;
  });
}

/** A scan's placeholder for the seal printed across a line (齐抓〔公章〕共管): the seal's name alone, in the hexagonal
 *  brackets a scan's text sets it in. A speech on seals names them in its own brackets (刻制的【公章】, 加盖[印章]) and
 *  after the verbs that take one (签字并加盖〔公章〕, 私刻〔公章〕): those stay. */
const SEAL_RE = needs(["〔"], /(?<!盖|盖上|盖好|刻|刻制|伪造|启用|使用|保管|收缴|上交)〔(?:公章|印章|骑缝章|钢印)〕/g);

/** Cuts a seal's placeholder from inside a line (one alone on its line is left to the line rules). */
export function cutSealMarks(text: string, lineNo: number, ctx: Ctx): string {
  return cut(text, SEAL_RE, "印章位置标记", lineNo, ctx, (m) => m.trim() === text.trim());
}

/** An online document's revision shown inline in the hexagonal brackets its export sets marks in, with no closing
 *  tag: 〔删除：重特大及〕 (the deleted words, no longer the text's: the mark goes whole), 〔插入：要〕 / 〔新增：…〕 (the
 *  inserted words stay, the mark round them goes). A speech's own 〔〕 hold a document's year (青安委〔2024〕2号). */
/** A mark the speech talks about rather than applies (用〔删除：原条文〕的格式标出来) is its text. */
const TALKED_ABOUT = "(?!的?(?:格式|方式|形式|写法|样式)|标[出注明记])";
const BRACKETED_DELETION_RE = needs(["〔"], new RegExp(`〔(?:删除|删去)[：:][^〔〕\\n]{1,120}〕${TALKED_ABOUT}`, "g"));
const BRACKETED_INSERTION_RE = new RegExp(`〔(?:插入|添加|新增)[：:]([^〔〕\\n]{1,120})〕${TALKED_ABOUT}`, "g");
/** 〔批注2〕 inside a sentence: a comment's anchor (its words are listed under the text); no speech writes one. */
const BRACKETED_ANCHOR_RE = needs(["〔"], /(?<=\S)〔(?:批注|评论)\s*\d{1,3}〕/g);

/** Cuts an online document's bracketed revision marks and comment anchors from inside a line. */
export function cutBracketedRevisions(text: string, lineNo: number, ctx: Ctx): string {
  if (!text.includes("〔")) return text;
  let t = cut(text, BRACKETED_DELETION_RE, REVISION_DELETED, lineNo, ctx);
  t = cut(t, BRACKETED_ANCHOR_RE, "批注标记", lineNo, ctx);
  return t.replace(BRACKETED_INSERTION_RE, (m, inserted: string) => {
    ctx.removed.push({ text: m.replace(inserted, ""), reason: REVISION_INSERTED, lineNo });
    return inserted;
  });
}
