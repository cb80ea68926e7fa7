// A note page's to-do list (OneNote, a notes app, a Markdown task list): items behind check boxes, ticked or not
// (☐ 讲话稿周五前交审 / ☑ 通知已发 / - [ ] 订会场 / - [x] 印材料), under a label of their own (待办： / 待办事项).
// They are the note keeper's tasks about the speech, worded like its text at times, never the speech's: a speech
// has no check boxes. A single box may be a form's blank, so only a run of them is a list.
const TODO_ITEM_RE = /^\s*(?:[☐☑☒✅✔⬜🔲]|[-*+]\s*\[[ xX✓]\])\s*\S/u;
/** The label over the list, alone on its line. */
const TODO_LABEL_RE =
  /^\s*(?:#{1,6}\s*)?[【\[]?(?:待办|待办事项|待办清单|任务清单|任务|to-?do(?:\s*list)?)[】\]]?\s*[：:]?\s*$/i;
/** An item longer than this is a paragraph, whatever stands before it. */
const MAX_ITEM = 80;
const MIN_ITEMS = 2;

const isItem = (t: string) => TODO_ITEM_RE.test(t) && t.trim().length <= MAX_ITEM;

/** The lines of the page's to-do lists: runs of two items and more (blank lines between them allowed) and the label
 *  right above a run. */
export function todoListLines(texts: string[]): Set<number> {
  const out = new Set<number>();
  let run: number[] = [];
  const close = () => {
    if (run.length >= MIN_ITEMS) {
      for (const k of run) out.add(k);
      let above = run[0]! - 1;
      while (above >= 0 && !texts[above]!.trim()) above--;
      if (above >= 0 && TODO_LABEL_RE.test(texts[above]!)) out.add(above);
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
