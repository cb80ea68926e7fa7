// A web page saved as its HTML source (or copied from a browser's "view source"), or a site's RSS/Atom feed: read as
// the text a browser shows,
// a line per block element and per <br>, with the head, scripts and styles left out and entities decoded. The
// noise rules then judge its lines as for any page.
import { Parser } from "htmlparser2";
import { isHiddenElement } from "./hidden-elements";
import { isOtherTab, tabPanelClasses } from "./hidden-tabs";

/** Elements that end a paragraph of the shown text. */
const BLOCKS = new Set([
  "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure", "footer", "form",
  "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table",
  "td", "th", "tr", "ul",
  // a feed's elements (RSS, Atom)
  "channel", "item", "entry", "title", "description", "summary", "content", "author", "copyright",
]); // prettier-ignore
/** Elements whose content is never shown as text. */
const HIDDEN = new Set([
  "head", "script", "style", "noscript", "template", "svg", "iframe", "object", "select",
  // a feed's metadata
  "category", "guid", "pubdate", "lastbuilddate", "generator", "ttl", "language", "comments", "updated", "published",
]); // prettier-ignore
const SNIFF_CHARS = 200_000;
const MIN_TAGS = 20;
const MIN_BLOCK_TAGS = 3;

/** The text is an HTML document's source: a doctype or <html> at its start, or more markup tags than lines. */
export function looksLikeHtml(text: string): boolean {
  const start = text
    .slice(0, 4096)
    .replace(/^\uFEFF/, "")
    .trimStart();
  if (/^(?:<\?xml[^>]*>\s*)?(?:<!doctype\s+html|<html[\s>]|<rss[\s>]|<feed[\s>])/i.test(start)) return true;
  const sample = text.slice(0, SNIFF_CHARS);
  const tags = sample.match(/<\/?(?:p|div|span|br|a|li|td|tr|table|h[1-6]|font|strong)\b[^<>]{0,300}>/gi)?.length ?? 0;
  const lines = sample.split("\n").filter((l) => l.trim()).length;
  // Only inline tags (a search engine's cached copy, its keywords wrapped in <span>): text whose lines are its own.
  const blocks =
    sample.match(/<\/?(?:p|div|br|li|td|tr|table|h[1-6]|section|article|blockquote)\b[^<>]{0,300}>/gi)?.length ?? 0;
  return tags >= MIN_TAGS && tags >= lines && blocks >= MIN_BLOCK_TAGS;
}

/** Text that still holds paragraph markup (three tags or more). */
export const hasMarkup = (text: string) =>
  (text.slice(0, SNIFF_CHARS).match(/<\/?(?:p|div|br|span|strong|h[1-6])\b[^<>]{0,300}>/gi)?.length ?? 0) >= 3;

/** Markup left in a text (a web editor's &nbsp; and <p> saved as .txt), not a page's source: no document tags, and
 *  its paragraphs each on a line (a source fragment wraps a <p> over several). Its own line breaks are its lines. */
export function isMarkupResidue(text: string): boolean {
  const sample = text.slice(0, SNIFF_CHARS);
  if (/<(?:!doctype|html|head|body|rss|feed|\?xml)\b/i.test(sample)) return false;
  const opened = sample.split("\n").filter((l) => /<p[\s>]/i.test(l));
  return opened.filter((l) => !/<\/p>/i.test(l)).length * 10 <= opened.length;
}

/** A source line break between two Chinese characters of a page Word saved (it wraps its source mid-word:
 *  围⏎绕道路交通): the browser shows nothing there. Other pages keep the space (a <pre>-wrapped text's paragraphs, a
 *  run-in heading set off from its body), and so does a numbered heading's end in Word's (一、聚焦重点领域⏎要紧盯…). */
const CJK_SEGMENT_BREAK_RE = /(?<=[\u4e00-\u9fff，、；：“”（）])[ \t]*\r?\n[ \t]*(?=[\u4e00-\u9fff，、；：“”（）])/g;
/** A source line break after a sentence's end, before more text of the same element: the browser runs the sentences
 *  on, and a space there would read as paragraphs joined by spaces. */
const SENTENCE_END_BREAK_RE = /(?<=[。！？；][”’」』）)]?)[ \t]*\r?\n[ \t]*(?=[\u4e00-\u9fff“‘「『（(\d])/g;
const WORD_PAGE_RE = /<meta[^>]{0,80}Microsoft Word|class=["']?Mso|urn:schemas-microsoft-com:office:word/i;
const OPEN_HEADING_RE =
  /^\s*(?:[一二三四五六七八九十]{1,3}[、．]|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.．、]|第[一二三四五六七八九十]{1,3}[，、])[^。！？]{1,30}$/;

/** Word's source wraps dropped between Chinese characters, unless the line so far is a numbered heading's words. */
function joinWordWraps(line: string, text: string): string {
  return text.replace(CJK_SEGMENT_BREAK_RE, (gap, at: number) =>
    OPEN_HEADING_RE.test(line + text.slice(0, at)) ? gap : "",
  );
}

/** An advert's box, named so by the page's own markup (class="ad", <ins class="adsbygoogle">). */
const AD_CLASS_RE = /(?:^|\s)(?:ad|ads|adsbygoogle|advert|advertisement|ad[-_](?:box|banner|wrap|block|slot))(?:\s|$)/i;
/** A draft's tracked deletion and a reviewer's comment (<del>, pandoc's span.deletion and span.comment-start), in a
 *  page whose insertions are marked too: the text reads as the draft accepted, as a .docx's does. */
const DRAFT_MARK_RE = /(?:^|\s)(?:deletion|paragraph-deletion|comment-start)(?:\s|$)/;
const TRACKED_RE = /<ins[\s>]|class=["']?insertion\b/i;
/** LibreOffice's notes when it saves a document as a web page: the marks in the text (<a class="sdendnoteanc">) and
 *  the notes after it (<div id="sdendnote1">), the document's apparatus rather than the speech. */
const OFFICE_NOTE_CLASS_RE = /^sd(?:foot|end)noteanc$/;
const OFFICE_NOTE_ID_RE = /^sd(?:foot|end)note\d+$/;
const PLACED_LINE_RE = /position\s*:\s*absolute[^"]*\btop\s*:|\btop\s*:[^"]*position\s*:\s*absolute/i;

/** The shown text of an HTML source: one line per <br>, a blank line between blocks (and, with `ownLines`, one line
 *  per line break of the source, as in markup left in a text). */
export function htmlToText(html: string, ownLines = false): string {
  const word = WORD_PAGE_RE.test(html.slice(0, SNIFF_CHARS));
  const tabs = tabPanelClasses(html);
  // A draft with tracked changes (its insertions marked too); elsewhere <del> is a page's strike-through for effect.
  const tracked = TRACKED_RE.test(html);
  const out: string[] = [];
  let line = "";
  let hidden = 0;
  let pre = 0;
  // Per open element: whether it hides what it holds, and whether it keeps its text's line breaks (<pre>, or a
  // style's white-space: pre, pre-wrap, pre-line); closing tags are reported for every opened element.
  const hides: boolean[] = [];
  const keepsLines: boolean[] = [];
  // A document viewer's printed line (<div style="position:absolute;top:…">…</div>): a line, not a block, so that a
  // paragraph wrapped over many such lines is rejoined as a PDF's hard wraps are.
  const placedLines: boolean[] = [];
  // A source line break right after a <br> that cut a sentence at a comma repeats it: it opens no paragraph
  // (小餐饮、<br />⏎出租房屋…). After any other line, or a second <br>, it parts paragraphs as it did.
  let brCutSentence = false;
  const endLine = (blank: boolean) => {
    if (line.trim()) out.push(line.trim());
    line = "";
    if (blank && out.length && out[out.length - 1] !== "") out.push("");
  };
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const attr = (a: string) => attribs[a];
        const hiding =
          HIDDEN.has(name) ||
          isHiddenElement(name, attr, "page-source") ||
          isOtherTab(attr, tabs) ||
          AD_CLASS_RE.test(attr("class") ?? "") ||
          (tracked && (name === "del" || DRAFT_MARK_RE.test(attr("class") ?? ""))) ||
          OFFICE_NOTE_CLASS_RE.test(attr("class") ?? "") ||
          OFFICE_NOTE_ID_RE.test(attr("id") ?? "");
        hides.push(hiding);
        const keeps = name === "pre" || /white-space\s*:\s*pre/i.test(attr("style") ?? "");
        const placed = PLACED_LINE_RE.test(attr("style") ?? "");
        keepsLines.push(keeps);
        if (keeps) pre++;
        if (hiding) hidden++;
        else if (name === "br") {
          brCutSentence = /[，、；,;]$/.test(line.trim());
          endLine(false);
        } else if (BLOCKS.has(name)) endLine(!placed);
        placedLines.push(placed);
      },
      ontext(text) {
        if (hidden) return;
        if (!pre && !ownLines) {
          line += (word ? joinWordWraps(line, text) : text).replace(SENTENCE_END_BREAK_RE, "").replace(/\s+/g, " ");
          return;
        }
        // Preformatted text keeps its lines (a hard-wrapped copy is rejoined later).
        const parts = text.split(/\r\n?|\n/);
        parts.forEach((part, k) => {
          // A blank line inside <pre> is a paragraph break.
          if (k > 0) endLine(!line.trim() && !(k === 1 && brCutSentence));
          line += part;
        });
        if (text.trim()) brCutSentence = false;
      },
      onclosetag(name, isImplied) {
        if (keepsLines.pop()) pre = Math.max(0, pre - 1);
        const placed = placedLines.pop();
        if (hides.pop()) hidden = Math.max(0, hidden - 1);
        else if (BLOCKS.has(name) && !isImplied) endLine(!placed);
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  // A feed carries its articles' HTML inside CDATA sections: unwrapped, it is read as markup like the rest.
  parser.write(html.replace(/<!\[CDATA\[|\]\]>/g, ""));
  parser.end();
  endLine(false);
  return out.join("\n").trim();
}
