// What the keeper of a notes page writes round a speech he saved or pasted there: where a pasted passage came from
// (粘贴自 <file:///…>), a note added after the meeting (会后补：…), a short label between two dashes that divides the
// page (—— 粘贴的会议通知 ——). None is the speaker's.

/** 粘贴自 <file:///D:/…/通知.docx>: a notes app's record of where a pasted passage came from (OneNote's; Pasted from in
 *  English), an address in angle brackets after its label. No speech writes one. */
const PASTE_SOURCE_RE = /^(?:粘贴自|复制自|剪藏自|来自|pasted from)\s*<(?:https?|file|ftp):\/\/[^<>\n]{1,300}>$/i;
/** 会后补：贺总加了一段… / 事后补记：…: a note on the speech written after the meeting by whoever keeps the page (a
 *  speech's 会后，各单位要… has no label). */
const AFTER_MEETING_NOTE_RE = /^(?:会后|事后|讲话后)(?:补|补记|补充|备注|记)[：:]/;

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

/** Marks such labels that no rule before named (an end mark, a paywall's notice, a list's header keeps its own
 *  reason). */
export function markDashedLabels(texts: string[], verdict: (string | null)[]): void {
  texts.forEach((t, i) => {
    if (!verdict[i] && DASHED_LABEL_RE.test(t.trim())) verdict[i] = "分隔线";
  });
}
