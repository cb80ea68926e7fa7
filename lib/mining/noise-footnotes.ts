// Footnotes flattened to text (a Word file's notes, a PDF page's): a line opening with a note's mark, the same mark
// cited inside a sentence above it.

/** A note's mark: ① … ⑳, or a number in brackets ([1], ［2］, 〔3〕, as Word's footnotes are flattened to text). */
const NOTE_MARK = String.raw`[\u2460-\u2473]|[\[［〔]\d{1,2}[\]］〕]`;
const NOTE_START_RE = new RegExp(String.raw`^\s*(${NOTE_MARK})`);
const NOTE_MARK_RE = new RegExp(NOTE_MARK, "g");
const markKey = (m: string) => m.replace(/\D/g, "") || m;

/** Marks a line opening with a note's mark (① …, [1] …) when the same mark is cited inside a sentence above it: a
 *  footnote. */
export function markFootnotes(texts: string[], verdict: (string | null)[]): void {
  // Where each mark is first cited inside a line (not opening it): one pass, so a file of marks stays linear.
  const firstCited = new Map<string, number>();
  texts.forEach((t, i) => {
    const open = NOTE_START_RE.exec(t)?.[1];
    for (const m of t.matchAll(NOTE_MARK_RE)) {
      if (m[0] === open && !t.slice(0, m.index).trim()) continue;
      if (!firstCited.has(markKey(m[0]))) firstCited.set(markKey(m[0]), i);
    }
  });
  // A number in brackets also numbers a speech's points (〔1〕全面开展…): as a note it stands after the last prose.
  const lastProse = texts.findLastIndex((t, i) => !verdict[i] && t.trim().length >= 20 && !NOTE_START_RE.test(t));
  texts.forEach((t, i) => {
    const m = NOTE_START_RE.exec(t);
    if (!m || verdict[i] || (firstCited.get(markKey(m[1]!)) ?? Infinity) >= i) return;
    if (/\d/.test(m[1]!) && i < lastProse) return;
    verdict[i] = "脚注";
  });
}
