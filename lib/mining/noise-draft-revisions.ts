// A Word draft exported to plain text keeps its tracked changes and its reviewers' comments in square brackets with
// no reviser's name after them (务必[删除: 在7月15日前基本完成][插入: 在6月底前全部完成]。, and on a line of its own
// [批注 王主任: 这个数据再核一下]). The bare deletion is the asides' (EDITOR_NOTE_RE, noise-inline-asides.ts); an
// insertion keeps its words and loses its mark, and a named comment goes whole. Both are read only where the page
// shows a draft's marks (a bare deletion or a named comment elsewhere): a speech's own brackets ([插入：…] as a form's
// field, [批注 要点：…]) stay on a page without them, and a template's blanks ([插入：单位名称]) keep theirs.
import type { Ctx } from "./noise-fragments";
import { REVISION_INSERTED } from "./noise-words";

/** A bare deletion mark ([删除：原则上]) or a reviewer's named or numbered comment ([批注 王主任：…] / [批注1：…]): a
 *  draft's marks. A template's unnamed 【批注：加粗部分请根据本单位实际修改】 is its writer's note to the reader. */
const DRAFT_MARK_RE =
  /[[【](?:删除|删去)[：:][^\]】\n]{1,120}[\]】]|[[【]批注\s*[^\]】\n：:\s][^\]】\n：:]{0,9}[：:][^\]】\n]{1,200}[\]】]/;

/** Whether the page shows a draft's marks. */
export const showsDraftMarks = (texts: readonly string[]): boolean => texts.some((t) => DRAFT_MARK_RE.test(t));

/** [插入：在6月底前全部完成] with no (reviser) after it (that form is noise-injections.ts'); not a mark the speech
 *  talks about (用[插入：…]的格式标出). */
const BARE_INSERTION_RE =
  /\[(?:插入|添加|新增)[：:]\s*([^[\]\n]{1,120})\](?![（(])(?!的?(?:格式|方式|形式|写法|样式)|标[出注明记])/g;

/** A template's blank to fill in: a noun for what goes there ([插入：单位名称], [插入：会议时间], [插入：XX镇]). */
const PLACEHOLDER_RE =
  /^(?![各本全我该每])[^，。；！？,;!?\s]{0,10}(?:名称|单位|姓名|名字|时间|日期|年份|地点|地址|职务|职位|部门|人数|数量|金额|数字|数据|电话|联系人|负责人)$|[XＸ×＊*＿_]{2}|某/;

/** The draft's marks on the page: null where it shows none; else the insertions that are a template's blanks, kept
 *  with their marks (a placeholder noun, or the same insertion twice: a reviser inserts new words once). */
export function draftMarks(texts: readonly string[]): ReadonlySet<string> | null {
  if (!showsDraftMarks(texts)) return null;
  const seen = new Set<string>();
  const blanks = new Set<string>();
  for (const t of texts)
    for (const m of t.matchAll(BARE_INSERTION_RE)) {
      const inserted = m[1]!.trim();
      if (seen.has(inserted) || PLACEHOLDER_RE.test(inserted)) blanks.add(inserted);
      seen.add(inserted);
    }
  return blanks;
}

/** Cuts the marks round a draft's bare insertions (`draft`: the page's draft marks, draftMarks); the words stay. */
export function cutBareInsertions(text: string, lineNo: number, ctx: Ctx, draft: ReadonlySet<string> | null): string {
  if (!draft || !text.includes("[")) return text;
  return text.replace(BARE_INSERTION_RE, (m, inserted: string) => {
    if (draft.has(inserted.trim())) return m;
    ctx.removed.push({ text: m.replace(inserted, "").replace(/\s+/g, ""), reason: REVISION_INSERTED, lineNo });
    return inserted.trim();
  });
}

/** [批注 王主任：这个数据再核一下] alone on its line: the reviewer (a name, or a surname and a post), his words,
 *  the bracket closed at the line's end. */
const NAMED_COMMENT_LINE_RE =
  /^[[【]批注\s*([\u4e00-\u9fff]{2,5}|[A-Za-z][\w.]{1,15})(?:\s+\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2})?)?\s*[：:][^[\]【】\n]{1,200}[\]】]$/;
/** A reviewer named by his post (王主任, 李科长, 张局): a comment's, even on a page with no other mark. */
const POST_RE = /(?:主任|科长|局长|处长|书记|部长|经理|总|秘书|股长|所长|站长|组长|老师|同志|县长|镇长|主席)$/;

/** Marks a reviewer's named comment on a line of its own, by his post or among the page's other draft marks. */
export function markDraftComments(texts: string[], verdict: (string | null)[]): void {
  if (!texts.some((t) => t.includes("批注"))) return;
  let draft: boolean | undefined;
  texts.forEach((raw, i) => {
    const m = NAMED_COMMENT_LINE_RE.exec(raw.trim());
    if (!m || verdict[i]) return;
    draft ??= texts.some((t, k) => k !== i && DRAFT_MARK_RE.test(t));
    if (POST_RE.test(m[1]!) || draft) verdict[i] = "批注";
  });
}
