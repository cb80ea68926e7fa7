// What the keeper of a notes page writes round a speech he saved or pasted there: where a pasted passage came from
// (粘贴自 <file:///…>), a note added after the meeting (会后补：…), a short label between two dashes that divides the
// page (—— 粘贴的会议通知 ——). None is the speaker's.

/** 粘贴自 <file:///D:/…/通知.docx>: a notes app's record of where a pasted passage came from (OneNote's; Pasted from in
 *  English), an address in angle brackets after its label. No speech writes one. */
const PASTE_SOURCE_RE = /^(?:粘贴自|复制自|剪藏自|来自|pasted from)\s*<(?:https?|file|ftp):\/\/[^<>\n]{1,300}>$/i;
/** 会后补：贺总加了一段… / 事后补记：… / 会后补充说明：… / 整理者注：…: a note on the speech by whoever keeps the page,
 *  written after the meeting or in the keeper's name (a speech's 会后，各单位要… has no label). */
const AFTER_MEETING_NOTE_RE =
  /^(?:(?:会后|事后|讲话后)(?:补|补记|补充|备注|记)(?:说明)?|(?:整理者|整理人|记录者|记录人)(?:注|按|附注|备注))[：:]/;

/** The head a word processor gives a comment saved with a draft as text: its number, then the reviewer and the time
 *  ([批注2: 王建军 2024-05-27 17:05]). */
export const COMMENT_HEAD = String.raw`[【[]批注\s*\d{1,3}\s*[：:][^【】[\]\n]{1,40}[】\]]`;

/** The anchor and colon an entry of a word processor's list of comments opens with ([批注1]:, 批注 [ZH1]:). */
export const COMMENT_ENTRY = String.raw`(?:[【[]批注\s*\d{1,3}|批注\s*[【[][A-Z]{1,4}\d{1,3})[】\]]\s*[：:]`;

/** An online document's comment as its viewer prints it: 〔批注2〕周文涛：… (the anchor it hangs on, then the name),
 *  and the mark a resolved one keeps (已解决 · 由 蒋晓芸 标记). (批注 刘晓蕾：… / 评论 · 谢建平：… need the page:
 *  noise-named-comments.ts.) */
const ANCHORED_COMMENT = String.raw`[〔【[](?:批注|评论)\s*\d{1,3}[〕】\]]\s*[\u4e00-\u9fffA-Za-z]{2,8}\s*[：:]`;
const RESOLVED_MARK = String.raw`(?:已解决|已重新打开|重新打开)\s*[·•]\s*由\s*[^\s，。！？]{1,16}\s*标记$`;

/** A reviewer's comment on a line of its own (批注（张科长）：… / 批注：… / [批注1: 刘晓雯 2024-05-28 10:02] …), a
 *  clipper's note (【批注】 / 【旁批】 / 【笔记】…): a reviewer's or keeper's word on the text between its paragraphs. So
 *  is an entry of the comments a word processor lists under the text, its anchor then a colon ([批注1]: 刘晓雯：…,
 *  批注 [ZH1]: 郑海波 2024-04-08 09:12 …). */
export const REVIEW_COMMENT_RE = new RegExp(
  String.raw`^(?:(?:批注|修订意见)[（(][^（）()]{1,16}[）)]|批注|旁批)[：:]|^[【[](?:批注|旁批|笔记)[】\]]|^${COMMENT_HEAD}|^${COMMENT_ENTRY}` +
    String.raw`|^${ANCHORED_COMMENT}|^${RESOLVED_MARK}`,
);

/** The reason a whole (normalised, trimmed) line is the keeper's note, or null. */
export function keeperNoteReason(t: string): string | null {
  if (t.length <= 320 && PASTE_SOURCE_RE.test(t)) return "粘贴来源";
  if (t.length <= 200 && AFTER_MEETING_NOTE_RE.test(t)) return "整理者的附注";
  return null;
}

/** —— 粘贴的会议通知 ——: a short label between two dashes, a note keeper's or a page's divider (no numbered heading,
 *  —— 一、… ——, nor a speech's title, ——在…上的讲话——). */
const DASHED_LABEL_RE =
  /^[—―]{2}\s*(?![^—―]*(?:讲话|发言|致辞|报告)\s*[—―]{2}$)[^\s。，！？；：、（(]{2,12}\s*[—―]{2}$/;
/** The words of a divider: it names the page's material (what was pasted, the notice, the original, what follows or
 *  ends, an attachment, the notes, a page's or a part's number) rather than saying something. A speech sets its
 *  slogan (——人人讲安全——) or its unnumbered section heads (——形势不容乐观——) between dashes too. */
const PAGE_MATERIAL_RE =
  /粘贴|复制|剪藏|通知|原文|正文|全文|以下|以上|附件|笔记|预览|阅读|聊天|群聊|消息|转载|第\s*\d{1,3}\s*[页篇]/;
/** A line that announces what follows (我们提出一个口号：): the dashed line under it is the speech's. */
const ANNOUNCES_RE = /[：:]\s*$/;

/** Marks such labels that no rule before named (an end mark, a paywall's notice, a list's header keeps its own
 *  reason): those that name the page's material, or any on a keeper's page (a paste source, a note after the
 *  meeting) unless two or more of them head the speech's paragraphs as its section labels. Never one under a line
 *  that announces it. */
export function markDashedLabels(texts: string[], verdict: (string | null)[]): void {
  const labels = texts.flatMap((t, i) => (!verdict[i] && DASHED_LABEL_RE.test(t.trim()) ? [i] : []));
  const material = (i: number) => PAGE_MATERIAL_RE.test(texts[i]!);
  const keeperPage = texts.some((t) => keeperNoteReason(t.trim()) !== null);
  const sectionLabels = labels.filter((i) => !material(i)).length >= 2;
  for (const i of labels) {
    let above = i - 1;
    while (above >= 0 && !texts[above]!.trim()) above--;
    if (above >= 0 && ANNOUNCES_RE.test(texts[above]!.trim())) continue;
    if (material(i) || (keeperPage && !sectionLabels)) verdict[i] = "分隔线";
  }
}
