// A 速记稿 printed as turns: the speaker's name alone with its colon (周建平：) over each stretch of his words, and
// between two of his stretches another person's turn on one line (王海涛（总务处主任）：统计了，…), answering him. The
// labels are the record's, and the other person's words are not the speech. The label must name the speaker his
// speaker line names.
import { isPostedSpeakerLine, isSalutation } from "./outline-patterns";
import { keptFrom } from "./noise-page-cards";

/** 周建平： alone: a name and its colon (不是 同志们： or another greeting). */
const TURN_LABEL_RE = /^([\u4e00-\u9fff]{2,4})[：:]$/;
/** 王海涛（总务处主任）：…: another person's turn, his name and post before his words (a label without a post,
 *  教务处：负责实验室危化品管理…, is the speaker's own list of who does what). */
const OTHER_TURN_RE = /^([\u4e00-\u9fff]{2,4})[（(][^（）()]{1,12}[）)][：:]\s*\S/;
/** A label the record prints more than once: a speaker's, not a greeting or a heading. */
const MIN_LABELS = 2;
const LABEL = "速记稿的发言人标记";
const OTHER = "速记稿（其他人的插话）";

export function markTurnLabels(texts: string[], verdict: (string | null)[]): void {
  const byName = new Map<string, number[]>();
  texts.forEach((raw, i) => {
    const t = raw.trim();
    const name = TURN_LABEL_RE.exec(t)?.[1];
    if (!name || isSalutation(t) || /[们位]$/.test(name)) return;
    byName.set(name, [...(byName.get(name) ?? []), i]);
  });
  for (const [name, labels] of byName) {
    // …and the speech's speaker line names him (校长　周建平): a label of the page's own (正文：) names no one.
    const named = texts.some((t, k) => !labels.includes(k) && t.includes(name) && isPostedSpeakerLine(t.trim()));
    if (labels.length < MIN_LABELS || !named) continue;
    for (const at of labels) {
      verdict[at] ??= LABEL;
      // The line over a later label: another person's turn, when it is one.
      if (at === labels[0]) continue;
      const before = keptFrom(texts, verdict, at, -1);
      const other = before >= 0 ? OTHER_TURN_RE.exec(texts[before]!.trim())?.[1] : undefined;
      if (other && other !== name) verdict[before] ??= OTHER;
    }
  }
}
