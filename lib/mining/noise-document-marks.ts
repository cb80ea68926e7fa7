// Marks a document's copy keeps in its text that the printed page never read: a word processor's comment saved with
// a draft, set inside the paragraph where its anchor stood (…后作业[批注2: 王建军 2024-05-27 17:05] 建议补一句：…), and
// a scan's placeholder for the seal printed across a line (齐抓〔公章〕共管). Neither is the speaker's; the sentence
// around them is kept whole. A comment on a line of its own is the line rules' (REVIEW_COMMENT_RE,
// noise-keeper-notes.ts); one there that asks for the paragraph above it to go (竞赛这段删掉) takes that paragraph,
// which the draft still carries.
import { cut, type Ctx } from "./noise-fragments";
import { COMMENT_HEAD, REVIEW_COMMENT_RE } from "./noise-keeper-notes";
import { previousLine } from "./noise-page-cards";
import { endsSentence, isSalutation, isTitleLine, parseEnumerator } from "./outline-patterns";
import { needs } from "./regex-needs";

const COMMENT = "批注";
/** Inside a paragraph: the comment's head and its first clause. Where a comment ends and the paragraph resumes
 *  nothing marks, so the cut stops at the first stop: the clause right after the head is surely the reviewer's,
 *  what follows a stop may be the speech's again (…统一编号，外面要有人监护…). */
const INLINE_COMMENT_RE = needs(["批注"], new RegExp(`${COMMENT_HEAD}[^，。；！？,;!?\\n]*([，。；！？,;!?])?`, "g"));
const STOP_RE = /[，。；！？,;!?]$/;

/** Cuts a comment saved inside a paragraph (not one that opens its line: the line rules judge that line whole). */
export function cutInlineComments(text: string, lineNo: number, ctx: Ctx): string {
  if (!text.includes("批注")) return text;
  return text.replace(INLINE_COMMENT_RE, (m: string, stop: string | undefined, at: number) => {
    const before = text.slice(0, at).trimEnd();
    if (!before) return m;
    // The stop after the comment goes on the speech's sentence, unless the speech's own stop stands before it
    // (…后作业。[批注2: …] 请核实。外面…).
    const kept = stop && !STOP_RE.test(before) ? stop : "";
    ctx.removed.push({ text: m.slice(0, m.length - kept.length).trim(), reason: COMMENT, lineNo });
    return kept;
  });
}

/** A scan's or a typist's placeholder for a seal: 〔公章〕, 【印章】, [盖章处], [印章：…办公室]. Round brackets are left:
 *  a speech's own forms say 签字（盖章）. */
const SEAL_RE = needs(
  ["章", "钢印"],
  /[〔【[](?:公章|印章|盖章|盖章处|签章|骑缝章|钢印)(?:[：:][^〔〕【】[\]\n]{1,30})?[〕】\]]/g,
);

/** Cuts a seal's placeholder from inside a line (one alone on its line is left to the line rules). */
export function cutSealMarks(text: string, lineNo: number, ctx: Ctx): string {
  return cut(text, SEAL_RE, "印章位置标记", lineNo, ctx, (m) => m.trim() === text.trim());
}

/** A reviewer asking for the paragraph above to go: 竞赛这段删掉, 此段删去, 这一段不要了. */
const DELETE_REQUEST_RE =
  /(?:这|此|本)一?段(?:话|内容|文字)?[，,]?(?:建议|可以|请|先|就|直接)?(?:删掉|删去|删除|去掉|拿掉|不要了|不用了)/;
/** The words a reviewer names the paragraph by, right before 这段 (竞赛这段). */
const NAMED_RE = /([\u4e00-\u9fff]{2,6})(?=(?:这|此|本)一?段)/;
const MIN_PARAGRAPH = 20;

/** Marks the paragraph a comment under it asks to delete: the paragraph must be a sentence of the text (no title,
 *  heading or salutation), and hold the words the comment names it by, if it names it. */
export function markCommentedDeletions(texts: string[], verdict: (string | null)[]): void {
  texts.forEach((raw, i) => {
    const t = raw.trim();
    if (verdict[i] !== COMMENT || !REVIEW_COMMENT_RE.test(t)) return;
    const body = t.replace(new RegExp(`^${COMMENT_HEAD}`), "");
    if (!DELETE_REQUEST_RE.test(body)) return;
    const above = previousLine(texts, i);
    if (above < 0 || verdict[above]) return;
    const p = texts[above]!.trim();
    if (p.length < MIN_PARAGRAPH || !endsSentence(p) || isTitleLine(p) || isSalutation(p) || parseEnumerator(p)) return;
    // (Its last two characters: 我看竞赛这段 names the paragraph by 竞赛.)
    const named = NAMED_RE.exec(body)?.[1]?.slice(-2);
    if (named && !p.includes(named)) return;
    verdict[above] = "批注要求删去的段落";
  });
}
