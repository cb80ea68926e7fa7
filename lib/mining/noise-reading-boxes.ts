// A 政策解读 page's box printed beside the 原文 it explains: a head (【解读】一图读懂…), the points the box repeats
// from the text (● 关键数据：…), and the interpreter's credit (解读单位：…　解读人：…). A narrow copy lands the floated
// box between two of the speech's sections; every line of it is the site's, none the speaker's.

export const READING_BOX = "政策解读框";

/** 【解读】一图读懂… / 【政策解读】… / 【图解】…: the box's head, a label in brackets over a headline (no sentence). */
const HEAD_RE = /^[【\[](?:政策)?(?:解读|图解)[】\]](?=[^。！？；]{2,40}$)/;
/** 解读单位：…　解读人：… (or either alone): who wrote the 解读, a credit no speech opens a line with. */
const CREDIT_RE = /^(?:解读(?:单位|部门|机关|机构)|解读人|解读专家)\s*[：:][^。！？；]{2,60}$/;
/** How many lines a box holds between its head and its credit at most; a line of its longer than a point is text. */
const MAX_BOX_LINES = 8;
const MAX_POINT = 120;

/** Marks each credit line, and each box from its head to its credit (the lines between are its points). */
export function markReadingBoxes(texts: string[], verdict: (string | null)[]): void {
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i]!.trim();
    if (CREDIT_RE.test(t)) {
      verdict[i] ??= READING_BOX;
      continue;
    }
    if (!HEAD_RE.test(t)) continue;
    // The credit closes the box: without it the head may be a column's headline over text of its own.
    const inside: number[] = [];
    for (let j = i + 1; j < texts.length && inside.length <= MAX_BOX_LINES; j++) {
      const u = texts[j]!.trim();
      if (!u) continue;
      if (CREDIT_RE.test(u)) {
        for (const k of [i, ...inside, j]) verdict[k] ??= READING_BOX;
        i = j;
        break;
      }
      if (u.length > MAX_POINT || HEAD_RE.test(u)) break;
      inside.push(j);
    }
  }
}
