// Reads clipboard HTML from Word, WPS or a web page into plain paragraphs (text, tag, bold, centred) with the
// browser's own parser. Nothing of the HTML itself survives: lib/speech-doc/paste.ts turns the paragraphs into
// headings and body text of the speech's schema. Hidden elements (a page's SEO words, Word's hidden text) are left
// out by the miner's test, so what a clerk did not see does not arrive in the speech.
import { isHiddenElement } from "@/lib/mining/hidden-elements";
import type { PastedParagraph } from "@/lib/speech-doc/paste";

const BLOCK_TAGS = new Set(["P", "DIV", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "BLOCKQUOTE", "TD", "TH", "PRE"]);
const SKIP_TAGS = new Set([
  "STYLE",
  "SCRIPT",
  "HEAD",
  "TITLE",
  "META",
  "LINK",
  "NOSCRIPT",
  "TEMPLATE",
  "IFRAME",
  "OBJECT",
  "SVG",
  "IMG",
  "BUTTON",
  "INPUT",
  "SELECT",
  "TEXTAREA",
]);
const MAX_PARAGRAPHS = 2_000;
/** What inside a table row starts a paragraph of its own. */
const ROW_BREAKING = "p,div,br,li,h1,h2,h3,h4,h5,h6,blockquote,pre,table";
/** Between the cells of a pasted row: a comma, which reads as a list in a speech and survives the paste's
 *  normalising (a space between Chinese characters does not). */
const CELL_GAP = "，";

const isHidden = (el: Element) => isHiddenElement(el.tagName, (name) => el.getAttribute(name), "clipboard");

/** The text of a table cell as shown: without what is hidden or never shown as text. */
function shownText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.nodeValue ?? "";
  if (node.nodeType !== Node.ELEMENT_NODE) return "";
  const el = node as Element;
  if (SKIP_TAGS.has(el.tagName.toUpperCase()) || isHidden(el)) return "";
  return [...el.childNodes].map(shownText).join("");
}

function isBold(el: Element): boolean {
  const style = (el.getAttribute("style") ?? "").toLowerCase();
  if (/font-weight\s*:\s*(bold|[6-9]00)/.test(style)) return true;
  const only = el.children.length === 1 && el.textContent?.trim() === el.children[0].textContent?.trim();
  return only && /^(B|STRONG)$/.test(el.children[0].tagName);
}

function isCentered(el: Element): boolean {
  const style = (el.getAttribute("style") ?? "").toLowerCase();
  return /text-align\s*:\s*center/.test(style) || el.getAttribute("align")?.toLowerCase() === "center";
}

export function paragraphsFromHtml(html: string): PastedParagraph[] {
  const doc = new DOMParser().parseFromString(html, "text/html");
  const out: PastedParagraph[] = [];
  let current: { parts: string[]; el: Element | null } = { parts: [], el: null };

  const flush = () => {
    const text = current.parts.join("");
    if (text.trim() && out.length < MAX_PARAGRAPHS) {
      const el = current.el;
      out.push({
        text,
        tag: el?.tagName.toLowerCase(),
        bold: el ? isBold(el) : false,
        centered: el ? isCentered(el) : false,
      });
    }
    current = { parts: [], el: null };
  };

  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      current.parts.push((node.nodeValue ?? "").replace(/[\r\n]+/g, " "));
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return; // comments, Word's conditional blocks
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag) || (tag.includes(":") && tag !== "O:P") || isHidden(el)) return;
    if (tag === "BR") {
      flush();
      return;
    }
    // A table's row of plain cells (单位 | 责任人 | 时限) is one line of the speech, its cells in a list; a layout table's
    // cells, which hold paragraphs of their own, are read as those paragraphs.
    if (tag === "TR" && !el.querySelector(ROW_BREAKING)) {
      flush();
      current.el = el;
      const cells = [...el.children].map((c) => shownText(c).replace(/\s+/g, " ").trim()).filter(Boolean);
      current.parts.push(cells.join(CELL_GAP));
      flush();
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) {
      flush();
      current.el = el;
    }
    el.childNodes.forEach(walk);
    if (block) flush();
  };
  walk(doc.body);
  flush();
  return out;
}
