// What a page break leaves inside a kept line once its line ends were lost: a page number (第 2 页 共 9 页, 页码：4/5,
// （下转第3版）) and the document's running header glued to the sentence that carries on across the break
// (…扛在肩上，页码：4/5 / ××公司安全环保部　内部资料不能把…). The header's copies on lines of their own, which the
// running-header rule marked, say which words are the header; the sentence is kept whole.
import { escapeRegExp } from "./escape-regexp";
import { cut, PAGE_INLINE_RE, type Ctx } from "./noise-fragments";
import { PAGE_JUMP_RE } from "./noise-page-ends";
import { RUNNING_HEADER } from "./noise-page-furniture";

/** A header this short may be words a sentence opens or ends with too. */
const MIN_GLUED_HEADER = 6;
/** Removed copies of the header on lines of their own (one marked a running header) that make it the page's. */
const MIN_HEADER_COPIES = 2;

/** The marked running headers, at a line's start or end with text beside them (spaces between their characters
 *  allowed: the copies were compared without them), or null when the page has none. */
export function gluedHeaderPattern(texts: string[], verdict: (string | null)[]): RegExp | null {
  const squeeze = (t: string) => t.replace(/\s+/g, "");
  const marked = new Set(texts.filter((t, i) => verdict[i] === RUNNING_HEADER).map(squeeze));
  const copies = new Map<string, number>();
  texts.forEach((t, i) => {
    const key = squeeze(t);
    if (verdict[i] && marked.has(key) && key.length >= MIN_GLUED_HEADER) copies.set(key, (copies.get(key) ?? 0) + 1);
  });
  const headers = [...copies].filter(([, n]) => n >= MIN_HEADER_COPIES).map(([key]) => key);
  if (!headers.length) return null;
  const words = headers
    .sort((a, b) => b.length - a.length)
    .map((h) => [...h].map(escapeRegExp).join("\\s*"))
    .join("|");
  return new RegExp(`^\\s*(?:${words})\\s*(?=\\S)|(?<=\\S)\\s*(?:${words})\\s*$`, "g");
}

/** A cutter for the page's kept lines: page numbers inside them, and its running header glued to their text. */
export function pageResidueCutter(texts: string[], verdict: (string | null)[]) {
  const header = gluedHeaderPattern(texts, verdict);
  return (t: string, lineNo: number, ctx: Ctx): string => {
    const out = cut(cut(t, PAGE_INLINE_RE, "页码", lineNo, ctx), PAGE_JUMP_RE, "页码", lineNo, ctx);
    return header ? cut(out, header, RUNNING_HEADER, lineNo, ctx) : out;
  };
}
