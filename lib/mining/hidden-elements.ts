// Which HTML elements hold text a reader never sees, for the miner's HTML decoding (htmlparser2) and the composer's
// paste (the browser's DOMParser) alike: a scraper's watermark (<span style="display:none">某某网</span>), a page's
// hidden SEO words, Word's hidden text. The test reads the element's own attributes only; computed styles from
// style sheets are not known in either place.

/** Reads one attribute of an element: null or undefined when it is absent, "" when present without a value. */
export type AttributeOf = (name: string) => string | null | undefined;

/** Inline elements a watermark or hidden keywords sit in. */
const INLINE = new Set([
  "span",
  "font",
  "i",
  "b",
  "em",
  "strong",
  "small",
  "u",
  "s",
  "a",
  "label",
  "sup",
  "sub",
  "ins",
]);
const HIDDEN_STYLE_RE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** The element hides itself: the hidden attribute, or display:none / visibility:hidden in its style attribute.
 *  (aria-hidden is not hiding: such text is shown, only not read aloud.) */
export function hiddenByAttributes(attr: AttributeOf): boolean {
  return attr("hidden") != null || HIDDEN_STYLE_RE.test(attr("style") ?? "");
}

/**
 * Whether an element's text is left out as hidden. In a page's saved source only inline elements are: a 公众号 page
 * hides its whole article until a script shows it, a page its folded second half, so a hidden block is still text
 * the reader gets to see. What is copied to the clipboard is what was on the screen, so there any hidden element is.
 */
export function isHiddenElement(tag: string, attr: AttributeOf, from: "page-source" | "clipboard"): boolean {
  if (from === "page-source" && !INLINE.has(tag.toLowerCase())) return false;
  return hiddenByAttributes(attr);
}
