// A note page's to-do list (OneNote, a notes app, a Markdown task list): items behind check boxes, ticked or not
// (☐ 讲话稿周五前交审 / ☑ 通知已发 / - [ ] 订会场 / - [x] 印材料), under a label of their own (待办： / 待办事项).
// They are the note keeper's tasks about the speech, worded like its text at times, never the speech's. But a
// speech lists its own requirements behind ✅/✔ ticks, and hands out a pledge card or a checklist whose empty boxes
// the audience ticks (请逐项勾选：☐ … ☐ …): a run of boxes alone is no to-do list.
const TODO_ITEM_RE = /^\s*(?:[☐☑☒✅✔⬜🔲]|[-*+]\s*\[[ xX✓]\])\s*\S/u;
/** A box still to tick: a task not done, which a list of the speech's points (✅ ✔) never has. */
const OPEN_BOX_RE = /^\s*(?:[☐⬜🔲]|[-*+]\s*\[ \])/u;
/** The label over the list, alone on its line. */
const TODO_LABEL_RE =
  /^\s*(?:#{1,6}\s*)?[【\[]?(?:待办|待办事项|待办清单|任务清单|任务|to-?do(?:\s*list)?)[】\]]?\s*[：:]?\s*$/i;
/** A notes app's own marks on the page, as they are left once its links are read: a paste source (粘贴自 <…>), the
 *  heading of its linked notes (相关笔记). */
const NOTES_PAGE_RE =
  /^(?:粘贴自|复制自|剪藏自)\s*<|^(?:#{1,6}\s*)?(?:相关笔记|相关页面|反向链接|双向链接)\s*[：:]?\s*$/;
/** Markdown's task syntax (- [ ]): a notes app's, where a form or a handout draws ☐. */
const TASK_SYNTAX_RE = /^\s*[-*+]\s*\[[ xX✓]\]/;
/** A line that announces what follows (…完成以下几项工作：): the items are the speech's. */
const ANNOUNCES_RE = /[：:]\s*$/;
/** An item longer than this is a paragraph, whatever stands before it. */
const MAX_ITEM = 80;
const MIN_ITEMS = 2;

const isItem = (t: string) => TODO_ITEM_RE.test(t) && t.trim().length <= MAX_ITEM;

/** The lines of the page's to-do lists: runs of two items and more (blank lines between them allowed) and the label
 *  right above a run. A run is a list under its label; without one, on a notes app's page or in its task
 *  syntax, when a box is still open; never under a line of the speech that announces the items. */
export function todoListLines(texts: string[]): Set<number> {
  const out = new Set<number>();
  const notesPage = texts.some((t) => NOTES_PAGE_RE.test(t.trim()));
  let run: number[] = [];
  const close = () => {
    if (run.length >= MIN_ITEMS) {
      let above = run[0]! - 1;
      while (above >= 0 && !texts[above]!.trim()) above--;
      const lead = above >= 0 ? texts[above]! : "";
      const labelled = TODO_LABEL_RE.test(lead);
      const items = run.map((k) => texts[k]!);
      const open = items.some((t) => OPEN_BOX_RE.test(t));
      const noted = notesPage || items.every((t) => TASK_SYNTAX_RE.test(t));
      if (labelled || (noted && open && !ANNOUNCES_RE.test(lead))) {
        for (const k of run) out.add(k);
        if (labelled) out.add(above);
      }
    }
    run = [];
  };
  texts.forEach((t, i) => {
    if (isItem(t)) run.push(i);
    else if (t.trim()) close();
  });
  close();
  return out;
}
