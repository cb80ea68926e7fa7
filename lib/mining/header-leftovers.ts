// What a speech's header read but did not keep. The parser keeps one title, one speaker, one date and one salutation;
// of several title lines (a site's headline, 附：…讲话全文, a 目录 line, the title repeated with the site's name) it
// keeps the one naming the meeting, and a letterhead or its date over the title, a second speaker or date line, a 落款
// under the closing go nowhere. Each such line is reported as removed, with why, so that none vanishes unrecorded.
import { REASON_COVER } from "./speech-covers";
import type { ParsedSpeech, Removed } from "./types";

export type HeaderField = "title" | "speaker" | "date" | "salutation";
type Header = Pick<ParsedSpeech, HeaderField>;

/**
 * A line the header read, with what it gave each field (a title line may give its speaker and date too; a
 * collection's bare marker, 篇二 or 【三】, gives nothing, and is reported as the marker it is). `untyped`: taken for a title
 * only by its place, above the speech without a title's words (a letterhead, a breadcrumb, a rating line).
 */
export type HeaderLine = {
  text: string;
  lineNo: number;
  gave: Partial<Record<HeaderField, string>>;
  untyped?: boolean;
};

export const REASON_OTHER_TITLE = "另一标题行（网页标题、篇目或重复的标题）";
export const REASON_OTHER_SPEAKER = "另一讲话人行（落款或重复的署名）";
export const REASON_OTHER_DATE = "另一日期行（发布日期、落款或重复的日期）";
export const REASON_OTHER_SALUTATION = "另一称呼行（称呼只取第一行）";
export const REASON_COLLECTION_MARKER = "合集中一篇讲话的篇目标记";
export const REASON_TITLE_HOOK = "标题前的引子（公众号标题“｜”之前的话）";

/** 首页 > 政务公开 > 领导讲话: a breadcrumb, which reads as a title by its last item. */
const BREADCRUMB_RE = /[>＞»]/;

function reasonFor(line: HeaderLine, lost: HeaderField[], aboveTitle: boolean): string {
  if (lost.includes("title")) return line.untyped || BREADCRUMB_RE.test(line.text) ? REASON_COVER : REASON_OTHER_TITLE;
  // A date or a unit's name over the speech's title is its cover's (二〇二四年二月 under the letterhead).
  if (aboveTitle) return REASON_COVER;
  if (lost.includes("speaker")) return REASON_OTHER_SPEAKER;
  return lost.includes("date") ? REASON_OTHER_DATE : REASON_OTHER_SALUTATION;
}

/** Reports, into `removed`, each line read whose part in the header did not stay (another title chosen, a speaker
 *  or a date already taken or replaced): the whole line when none of it stayed, else the parts that did not. */
export function reportHeaderLeftovers(lines: HeaderLine[], header: Header, removed: Removed[]): void {
  const titleAt = lines.findIndex((l) => l.gave.title !== undefined && l.gave.title === header.title);
  lines.forEach((line, k) => {
    const fields = Object.keys(line.gave) as HeaderField[];
    const lost = fields.filter((f) => line.gave[f] !== header[f]);
    if (k === titleAt) reportHook(line, header.title!, removed);
    if (!fields.length) removed.push({ text: line.text, reason: REASON_COLLECTION_MARKER, lineNo: line.lineNo });
    if (!lost.length) return;
    const text = lost.length === fields.length ? line.text : lost.map((f) => line.gave[f]).join(" ");
    removed.push({ text, reason: reasonFor(line, lost, titleAt >= 0 && k < titleAt), lineNo: line.lineNo });
  });
}

/** 节后第一个月，这三件事必须盯死｜…上的讲话: the title keeps what follows the bar (cleanTitle); the post's hook is
 *  reported. */
function reportHook(line: HeaderLine, title: string, removed: Removed[]): void {
  const at = line.text.indexOf(title);
  const hook = at > 0 ? /^(.+?)\s*[｜|]\s*$/.exec(line.text.slice(0, at))?.[1] : undefined;
  if (hook) removed.push({ text: hook, reason: REASON_TITLE_HOOK, lineNo: line.lineNo });
}
