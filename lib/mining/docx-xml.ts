// Reads a WordprocessingML part with a strict XML parser (saxes), by namespace rather than prefix: Word writes
// `w:`, but the prefix is the author's choice, and "Strict" Open XML uses another namespace for the same
// elements. A DOCTYPE's entities are never expanded (saxes does not process DTDs), so an entity bomb is an error.
import { SaxesParser } from "saxes";
import { AppError } from "../errors";

const WORD_NAMESPACES = new Set([
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  "http://purl.oclc.org/ooxml/wordprocessingml/main",
]);
const MARKUP_COMPATIBILITY = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/** An element: its local name when it is a Word element, null for any other; `attr` reads Word attributes. */
export type WordElement = { readonly name: string | null; attr(local: string): string | undefined };

export type WordXmlHandlers = {
  open: (el: WordElement) => void;
  close: (name: string | null) => void;
  /** Character data inside Word's text elements (w:t); other text is markup whitespace. */
  text?: (text: string) => void;
};

const damaged = () =>
  new AppError("invalid_input", "该 .docx 文件无法读取（内容已损坏）。请在 Word 中重新保存后再上传。");

type Scope = Map<string, string>;

/** The namespace scope an element opens: its parent's, plus any xmlns declarations it carries. */
function scopeOf(parent: Scope, attributes: Record<string, string>): Scope {
  let scope = parent;
  for (const key in attributes) {
    // A test of the first character (x) first: most attributes are no declaration, and it spares two compares.
    if (key.charCodeAt(0) !== 0x78 || (key !== "xmlns" && !key.startsWith("xmlns:"))) continue;
    if (scope === parent) scope = new Map(parent);
    scope.set(key === "xmlns" ? "" : key.slice(6), attributes[key]!);
  }
  return scope;
}

/** The namespace and local name of a qualified name (an unprefixed element is in the default namespace). */
function resolve(scope: Scope, qname: string): { uri: string; local: string } {
  const colon = qname.indexOf(":");
  return colon < 0
    ? { uri: scope.get("") ?? "", local: qname }
    : { uri: scope.get(qname.slice(0, colon)) ?? "", local: qname.slice(colon + 1) };
}

/** Each scope's qualified names, resolved to a Word element's local name (null for another namespace's) once: a
 *  part repeats a few dozen names thousands of times. One table a parse, weak: some writers declare a namespace on
 *  every run, and each such scope's names must go when its element closes. */
type WordNames = WeakMap<Scope, Map<string, string | null>>;

function wordName(names: WordNames, scope: Scope, qname: string): string | null {
  let known = names.get(scope);
  if (!known) names.set(scope, (known = new Map()));
  let name = known.get(qname);
  if (name === undefined) {
    const { uri, local } = resolve(scope, qname);
    known.set(qname, (name = WORD_NAMESPACES.has(uri) ? local : null));
  }
  return name;
}

/** An element's Word name and attributes. A class rather than an object with its own `attr` closure: a parse
 *  makes one per element, and under the tsx loader every closure is also given its name (a property defined on it),
 *  which took a tenth of mining a .docx. */
class Element implements WordElement {
  constructor(
    readonly name: string | null,
    private readonly scope: Scope,
    private readonly attributes: Record<string, string>,
  ) {}

  attr(wanted: string): string | undefined {
    const { attributes, scope } = this;
    for (const key in attributes) {
      const colon = key.indexOf(":");
      // (key.slice(colon + 1) === wanted, without the slice)
      if (key.length - colon - 1 !== wanted.length || !key.endsWith(wanted)) continue;
      // An unprefixed attribute belongs to its element; a prefixed one must be Word's.
      if (colon < 0 || WORD_NAMESPACES.has(scope.get(key.slice(0, colon)) ?? "")) return attributes[key];
    }
    return undefined;
  }
}

/** Parts are UTF-8 in practice; the XML standard also allows UTF-16, announced by its byte-order mark. */
const UTF8 = new TextDecoder("utf-8", { fatal: true });
function decodePart(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le", { fatal: true }).decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be", { fatal: true }).decode(bytes);
  return UTF8.decode(bytes);
}

/**
 * Streams a part's elements to the handlers. The fallback half of mc:AlternateContent repeats its choice (a text
 * box is written twice, once for old readers), so it is skipped with everything inside it.
 */
export function readWordXml(bytes: Uint8Array, handlers: WordXmlHandlers): void {
  // saxes's own namespace processing is a fifth of the parse; prefixes are resolved here, only where declared.
  const parser = new SaxesParser({ xmlns: false });
  const scopes: Scope[] = [new Map()];
  const names: WordNames = new WeakMap();
  let skipping = 0;
  let inText = 0;
  parser.on("opentag", (tag) => {
    const scope = scopeOf(scopes[scopes.length - 1]!, tag.attributes);
    scopes.push(scope);
    if (skipping) {
      skipping++;
      return;
    }
    const el = new Element(wordName(names, scope, tag.name), scope, tag.attributes);
    if (el.name === null) {
      const { uri, local } = resolve(scope, tag.name);
      if (uri === MARKUP_COMPATIBILITY && local === "Fallback") {
        skipping++;
        return;
      }
    }
    if (el.name === "t") inText++;
    handlers.open(el);
  });
  parser.on("closetag", (tag) => {
    const scope = scopes.pop()!;
    if (skipping) {
      skipping--;
      return;
    }
    const name = wordName(names, scope, tag.name);
    if (name === "t") inText--;
    handlers.close(name);
  });
  parser.on("text", (text) => {
    if (inText && !skipping) handlers.text?.(text);
  });
  try {
    parser.write(decodePart(bytes)).close();
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw damaged();
  }
}
