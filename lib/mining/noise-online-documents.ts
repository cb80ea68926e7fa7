// An online shared document (腾讯文档, 石墨 and the like) exported or copied as text with its revisions and comments
// shown: the editor's chrome above the text (who may edit it and who is viewing it, the menu bar, the revision
// mode with its comment count), its tracked changes written as paired tags inside sentences ([删除 王科长]九起[/删除]
// [插入 王科长]七起[/插入]: the deleted words go, the inserted ones stay) or as a deletion's note ([修订] 王科长
// 删除：“九起”), and the list of comments printed after the text, each under its anchor with the commenter and the
// time, its replies marked ↳.
import { cut, type Ctx } from "./noise-fragments";
import { REVISION_DELETED, REVISION_INSERTED } from "./noise-words";
import { isSalutation, isTitleLine } from "./outline-patterns";

/** [删除 周晓岚]九起[/删除]: a deletion with the reviser's name, closed by its own tag; it goes whole. */
const PAIRED_DELETION_RE = /\[(删除|删去)[^\]\n]{0,20}\][^[\]\n]{0,300}\[\/\1\]/g;
/** [插入 周晓岚]七起[/插入]: an insertion, closed by its own tag; its words are the text's. */
const PAIRED_INSERTION_RE = /\[(插入|添加|新增)([^\]\n]{0,20})\]([^[\]\n]{0,300})\[\/\1\]/g;

/** [修订] 张建平 删除：“原则上”: a deletion noted where it was made, with the reviser's name and the deleted words in
 *  quotes; the words are no longer the text's, and the note goes whole. */
const NOTED_DELETION_RE =
  /\[修订\]\s*(?:[\u4e00-\u9fff·]{2,5}|[A-Za-z][\w.]{1,19})?\s*(?:删除|删去)\s*[：:]\s*“[^“”\n]{1,60}”/g;

/** Cuts a document's paired revision tags out of one line: deletions whole, insertion tags around their words. */
export function cutPairedRevisions(raw: string, lineNo: number, ctx: Ctx): string {
  const text = raw.includes("[修订]") ? cut(raw, NOTED_DELETION_RE, REVISION_DELETED, lineNo, ctx) : raw;
  if (!text.includes("[/")) return text;
  const t = cut(text, PAIRED_DELETION_RE, REVISION_DELETED, lineNo, ctx);
  return t.replace(PAIRED_INSERTION_RE, (m, _tag: string, _who: string, inserted: string) => {
    ctx.removed.push({ text: m.replace(inserted, ""), reason: REVISION_INSERTED, lineNo });
    return inserted;
  });
}

const EDITOR_CHROME = "在线文档界面文字";
/** 周晓岚、李文静等3人可编辑 | 2人正在查看: who shares the document, a line no speech writes. */
const SHARERS_RE = /^[^。！？；]{0,40}?(?:\d{1,3}\s*人(?:可编辑|可查看|可评论)|\d{1,3}\s*人正在(?:查看|编辑|浏览))/;
/** 文件 编辑 插入 格式 表格 审阅 工具 (its spaces lost to normalising): an editor's menu bar, five words or more. */
const MENU_WORDS_RE =
  /^(?:文件|编辑|插入|格式|表格|审阅|工具|视图|开始|页面布局|布局|引用|帮助|数据|公式|设计|分享|导出)+$/;
const MENU_WORD_RE = /文件|编辑|插入|格式|表格|审阅|工具|视图|开始|页面布局|布局|引用|帮助|数据|公式|设计|分享|导出/g;
const MENU_MIN_WORDS = 5;
/** 修订模式：显示标记的最终状态 | 批注 3 条: the revision mode and the comment count. */
const REVISION_MODE_RE = /^(?:修订模式|审阅模式|显示修订)[：:].{0,30}$|^批注\s*\d{1,3}\s*条$/;
/** 目录大纲 / 文档大纲: the outline panel's head (its entries are the table of contents' to take). */
export const OUTLINE_PANEL_RE = /^(?:目录|文档)?大纲$/;

/** [批注1] 周晓岚（党政办） 10月9日 15:21: a comment's head in the list after the text (anchor, commenter, time). */
const COMMENT_HEAD_RE =
  /^\[(?:批注|评论)\d{1,3}\]\s*[^\s。，！？]{1,20}(?:[（(][^（）()]{1,12}[）)])?\s*(?:\d{4}[-/年])?\d{1,2}[-/月]\d{1,2}日?\s*\d{1,2}:\d{2}$/;
/** ↳ 李文静（镇安办） 10月9日 15:33：同意…: a reply under a comment. */
const REPLY_RE = /^[↳└]/;
/** The most lines a comment's text runs to under its head. */
const COMMENT_LINES = 4;

/** Marks the editor's chrome lines and the list of comments after the text. Under a head, the comment's line and
 *  the replies marked as replies; more lines (up to the few a comment holds) only where the next comment's head
 *  follows them: a document copied with a comment right under its paragraph goes on with the speech, no blank line
 *  between, and a speech's title or salutation there is the next speech's. */
export function markOnlineDocumentChrome(texts: string[], verdict: (string | null)[]): void {
  texts.forEach((raw, i) => {
    const t = raw.trim();
    if (verdict[i] || !t || t.length > 80) return;
    const menu = MENU_WORDS_RE.test(t) && (t.match(MENU_WORD_RE)?.length ?? 0) >= MENU_MIN_WORDS;
    if (menu || SHARERS_RE.test(t) || REVISION_MODE_RE.test(t.split(/\s*[|｜]\s*/)[0]!)) verdict[i] = EDITOR_CHROME;
  });
  for (let i = 0; i < texts.length; i++) {
    if (!COMMENT_HEAD_RE.test(texts[i]!.trim())) continue;
    verdict[i] ??= "批注";
    const under: number[] = [];
    let lines = 0;
    let j = i + 1;
    for (; j < texts.length; j++) {
      const t = texts[j]!.trim();
      if (!t || COMMENT_HEAD_RE.test(t) || isTitleLine(t) || isSalutation(t)) break;
      if (!REPLY_RE.test(t) && ++lines > COMMENT_LINES) break;
      under.push(j);
    }
    const listGoesOn = j < texts.length && COMMENT_HEAD_RE.test(texts[j]!.trim());
    // Without the next head below: the comment's first line and the replies right under it.
    const own = listGoesOn
      ? under
      : under.filter((k, n) => n === 0 || under.slice(1, n + 1).every((x) => REPLY_RE.test(texts[x]!.trim())));
    for (const k of own) verdict[k] ??= "批注";
    i = listGoesOn ? j - 1 : (own[own.length - 1] ?? i);
  }
}
