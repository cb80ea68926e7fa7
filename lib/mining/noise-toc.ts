// A table of contents above the speech (目录 / 提纲, then the numbered headings it lists, often cut short by the
// page's width): the heading line and its entries are noise; the speech repeats the headings where they belong.
import { endsSentence, isSalutation, parseEnumerator } from "./outline-patterns";

const TOC_HEAD_RE = /^(?:目\s*录|提\s*纲)(?:\s*[/／、]\s*(?:目\s*录|提\s*纲))?\s*[：:]?\s*[…．.。]*$/;
/** How far into the file a table of contents can start (page chrome may come first). */
const TOC_WINDOW = 40;

/** Marks the table of contents with `reason`; an entry is a short numbered line or a cut marker, and the table ends
 *  at the first line that is not one (a salutation, a title, prose). */
export function markTableOfContents(texts: string[], verdict: (string | null)[]): void {
  const limit = Math.min(texts.length, TOC_WINDOW);
  for (let i = 0; i < limit; i++) {
    if (!TOC_HEAD_RE.test(texts[i]!.trim())) continue;
    const entries: number[] = [];
    let j = i + 1;
    for (; j < texts.length; j++) {
      const t = texts[j]!.trim();
      if (!t) continue;
      const entry = (t.length <= 60 && !!parseEnumerator(t) && !endsSentence(t)) || /^[…．.。]{2,}$/.test(t);
      if (!entry || isSalutation(t)) break;
      entries.push(j);
    }
    if (!entries.length) return;
    verdict[i] ??= "目录（提纲）";
    for (const k of entries) verdict[k] ??= "目录（提纲）";
    return;
  }
}
