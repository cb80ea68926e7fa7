// Views of a page's lines that many page-level passes read: each line with its whitespace dropped, and the whole page
// as one text. Every pass used to squeeze every line again (some ninety passes over the same lines), and a pass that
// only fires where the page holds some word tested every line for it; the views are computed once per page instead,
// kept beside the page's `texts` array (a WeakMap: gone with the array), and recomputed where a line has changed since
// (wrapped titles are joined into `texts` in place), so a view always equals what the pass would have computed itself.

type Views = { raw: string[]; squeezed: string[]; text: string | null };
const VIEWS = new WeakMap<readonly string[], Views>();

/** `t` without its whitespace. */
export const squeeze = (t: string): string => t.replace(/\s+/g, "");

/** The views of `texts`, brought up to date with its lines: a changed line's squeezed copy is redone, and the page's
 *  text dropped to be joined again. */
function viewsOf(texts: readonly string[]): Views {
  let views = VIEWS.get(texts);
  if (!views) {
    views = { raw: [], squeezed: [], text: null };
    VIEWS.set(texts, views);
  }
  const { raw, squeezed } = views;
  if (raw.length !== texts.length) views.text = null;
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i]!;
    if (raw[i] !== t) {
      raw[i] = t;
      squeezed[i] = squeeze(t);
      views.text = null;
    }
  }
  raw.length = squeezed.length = texts.length;
  return views;
}

/** Every line of `texts` without its whitespace (index for index); read only, and redone in place when a line of
 *  `texts` changes: read it at once, and keep a copy to hold it across other passes. */
export const squeezedLines = (texts: readonly string[]): readonly string[] => viewsOf(texts).squeezed;

/** The page's lines joined by "\n": a word (with no "\n" in it) is in some line exactly when it is in this text, so
 *  one search here tells a pass whether any line can hold what it looks for. */
export function pageText(texts: readonly string[]): string {
  const views = viewsOf(texts);
  return (views.text ??= texts.join("\n"));
}

/** The lines right under line `label` (blank lines skipped) that `item` matches, up to the first that it does not:
 *  a label's list (会议要求： / 一、…。, 课后思考题 / 1. …？). */
export function itemsUnder(texts: readonly string[], label: number, item: RegExp): number[] {
  const items: number[] = [];
  for (let k = label + 1; k < texts.length; k++) {
    const t = texts[k]!.trim();
    if (!t) continue;
    if (!item.test(t)) break;
    items.push(k);
  }
  return items;
}
