// Reading an exported .docx in tests: unzip it, parse its parts, and resolve what a paragraph or run actually
// gets (its own properties over its style's over the document defaults), as Word does.
import { DOMParser } from "@xmldom/xmldom";
import { strFromU8, unzipSync } from "fflate";

export const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

export type DocxParts = Record<string, string>;
type El = Element;

export function unzipDocx(bytes: Uint8Array): DocxParts {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

export function parseXml(xml: string): Document {
  return new DOMParser().parseFromString(xml, "text/xml") as unknown as Document;
}

/** Elements named w:<name> under `root`, in document order. */
export function all(root: Document | El, name: string): El[] {
  return Array.from(root.getElementsByTagNameNS(W_NS, name) as unknown as ArrayLike<El>);
}

/** The first direct child w:<name> of `el`, or null. */
export function child(el: El | null | undefined, name: string): El | null {
  if (!el) return null;
  for (let n = el.firstChild; n; n = n.nextSibling)
    if (n.nodeType === 1 && (n as El).localName === name && (n as El).namespaceURI === W_NS) return n as El;
  return null;
}

export const attr = (el: El | null | undefined, name: string): string | null =>
  el ? el.getAttributeNS(W_NS, name) || el.getAttribute(`w:${name}`) || null : null;

/** The text of a paragraph or run. */
export const textOf = (el: El): string =>
  all(el, "t")
    .map((t) => t.textContent ?? "")
    .join("");

export type ParagraphFormat = {
  styleId: string | null;
  jc: string | null;
  firstLine: string | null;
  left: string | null;
  line: string | null;
  lineRule: string | null;
  before: string | null;
  after: string | null;
};

export type RunFormat = {
  eastAsia: string | null;
  ascii: string | null;
  hAnsi: string | null;
  size: string | null;
  bold: boolean;
  color: string | null;
};

/** The styles part, indexed: a paragraph style's pPr/rPr and the document defaults. */
export function stylesIndex(stylesXml: string) {
  const doc = parseXml(stylesXml);
  const byId = new Map(all(doc, "style").map((s) => [attr(s, "styleId")!, s]));
  const defaults = all(doc, "docDefaults")[0]!;
  return {
    byId,
    defaultP: child(child(defaults, "pPrDefault"), "pPr"),
    defaultR: child(child(defaults, "rPrDefault"), "rPr"),
  };
}
type Styles = ReturnType<typeof stylesIndex>;

/** Properties of `pPr`-like elements, nearest first: the first that sets a value wins. */
function pick(chain: (El | null)[], el: string, name: string): string | null {
  for (const props of chain) {
    const v = attr(child(props, el), name);
    if (v !== null) return v;
  }
  return null;
}

export function paragraphFormat(p: El, styles: Styles): ParagraphFormat {
  const pPr = child(p, "pPr");
  const styleId = attr(child(pPr, "pStyle"), "val");
  const style = styleId ? styles.byId.get(styleId) : undefined;
  const chain = [pPr, child(style, "pPr"), styles.defaultP];
  return {
    styleId,
    jc: pick(chain, "jc", "val"),
    firstLine: pick(chain, "ind", "firstLine"),
    left: pick(chain, "ind", "left") ?? pick(chain, "ind", "start"),
    line: pick(chain, "spacing", "line"),
    lineRule: pick(chain, "spacing", "lineRule"),
    before: pick(chain, "spacing", "before"),
    after: pick(chain, "spacing", "after"),
  };
}

const on = (v: string | null) => v !== null && v !== "false" && v !== "0";

export function runFormat(r: El, p: El, styles: Styles): RunFormat {
  const styleId = attr(child(child(p, "pPr"), "pStyle"), "val");
  const style = styleId ? styles.byId.get(styleId) : undefined;
  const chain = [child(r, "rPr"), child(style, "rPr"), styles.defaultR];
  const b = chain.map((rPr) => child(rPr, "b")).find((x) => x !== null) ?? null;
  return {
    eastAsia: pick(chain, "rFonts", "eastAsia"),
    ascii: pick(chain, "rFonts", "ascii"),
    hAnsi: pick(chain, "rFonts", "hAnsi"),
    size: pick(chain, "sz", "val"),
    bold: b !== null && (attr(b, "val") === null || on(attr(b, "val"))),
    color: pick(chain, "color", "val"),
  };
}
