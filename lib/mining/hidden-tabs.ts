// A page's tabs (会议报道 | 领导讲话 | 图片集锦): every panel is in the saved source, the others hidden by an inline
// display:none until a click shows them. A hidden block is otherwise kept (a 公众号 hides its whole article until a
// script runs), so a block is left out only where a visible block of the same class stands beside it: that one is
// the tab the page opened on.
import { hiddenByAttributes } from "./hidden-elements";

const BLOCK_TAG_RE = /<(?:div|section|article|ul|ol|li|dl|table)\b([^>]*)>/gi;
const attrOf = (attrs: string, name: string) =>
  new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i")
    .exec(attrs)
    ?.slice(1)
    .find((v) => v != null);

const classesOf = (cls: string | null | undefined) => (cls ?? "").split(/\s+/).filter(Boolean);

/** The class names that mark a page's tab panels: held by hidden blocks and by a shown one alike. */
export function tabPanelClasses(html: string): Set<string> {
  const hidden = new Set<string>();
  const shown = new Set<string>();
  for (const [, attrs] of html.matchAll(BLOCK_TAG_RE)) {
    const classes = classesOf(attrOf(attrs!, "class"));
    const hides = hiddenByAttributes((name) =>
      name === "hidden" ? (/\bhidden\b/i.test(attrs!) ? "" : null) : attrOf(attrs!, name),
    );
    for (const c of classes) (hides ? hidden : shown).add(c);
  }
  return new Set([...hidden].filter((c) => shown.has(c)));
}

/** A hidden block that is one of the page's other tabs. */
export function isOtherTab(attr: (name: string) => string | undefined, tabs: ReadonlySet<string>): boolean {
  if (!tabs.size || !hiddenByAttributes(attr)) return false;
  return classesOf(attr("class")).some((c) => tabs.has(c));
}
