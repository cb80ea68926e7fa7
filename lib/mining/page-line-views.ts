// Views of a page's lines that many page-level passes read: each line with its whitespace dropped. Every pass used to
// squeeze every line again (some ninety passes over the same lines); the views are computed once per page instead,
// kept beside the page's `texts` array (a WeakMap: gone with the array), and each line's view is recomputed where the
// line itself has changed since (wrapped titles are joined into `texts` in place), so a view always equals what the
// pass would have computed itself.

type Views = { raw: string[]; squeezed: string[] };
const VIEWS = new WeakMap<readonly string[], Views>();

/** `t` without its whitespace. */
export const squeeze = (t: string): string => t.replace(/\s+/g, "");

/** Every line of `texts` without its whitespace (index for index); read only. */
export function squeezedLines(texts: readonly string[]): readonly string[] {
  let views = VIEWS.get(texts);
  if (!views) {
    views = { raw: [], squeezed: [] };
    VIEWS.set(texts, views);
  }
  const { raw, squeezed } = views;
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i]!;
    if (raw[i] !== t) {
      raw[i] = t;
      squeezed[i] = squeeze(t);
    }
  }
  raw.length = squeezed.length = texts.length;
  return squeezed;
}
