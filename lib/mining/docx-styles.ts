// Paragraph styles of a .docx (word/styles.xml): which are headings, and which carry list numbering. Word stores
// its built-in heading styles under English names (heading 1) whatever the interface language; WPS and others
// may store the Chinese name (标题 1). A custom style based on a heading style is a heading too.
import { readWordXml } from "./docx-xml";

export type NumberingRef = { numId: string; ilvl: number };

type StyleEntry = { name?: string; basedOn?: string; numbering?: Partial<NumberingRef> };

export type ParagraphStyles = {
  /** 1–6 for a heading style, else undefined. */
  headingLevel: (styleId: string | undefined) => number | undefined;
  /** The list numbering a style gives its paragraphs (numId "0" means none), following basedOn. */
  numbering: (styleId: string | undefined) => Partial<NumberingRef> | undefined;
};

const HEADING_NAME = /^(?:heading|标题)\s*([1-6])$/i;
/** basedOn chains are short; the cap only stops a cycle in a damaged file. */
const MAX_CHAIN = 12;

export function readParagraphStyles(xml: Uint8Array | undefined): ParagraphStyles {
  const styles = new Map<string, StyleEntry>();
  if (xml) {
    let current: StyleEntry | null = null;
    readWordXml(xml, {
      open: (el) => {
        if (el.name === "style") {
          const id = el.attr("styleId");
          current = el.attr("type") === "paragraph" && id ? {} : null;
          if (current && id) styles.set(id, current);
          return;
        }
        if (!current) return;
        if (el.name === "name") current.name = el.attr("val");
        else if (el.name === "basedOn") current.basedOn = el.attr("val");
        else if (el.name === "numId") (current.numbering ??= {}).numId = el.attr("val");
        else if (el.name === "ilvl") (current.numbering ??= {}).ilvl = Number(el.attr("val") ?? 0);
      },
      close: (name) => {
        if (name === "style") current = null;
      },
    });
  }

  const chain = (styleId: string | undefined): StyleEntry[] => {
    const out: StyleEntry[] = [];
    for (let id = styleId; id && out.length < MAX_CHAIN;) {
      const s = styles.get(id);
      if (!s) break;
      out.push(s);
      id = s.basedOn;
    }
    return out;
  };

  return {
    headingLevel: (styleId) => {
      for (const s of chain(styleId)) {
        const m = s.name?.trim().match(HEADING_NAME);
        if (m) return Number(m[1]);
      }
      return undefined;
    },
    numbering: (styleId) => chain(styleId).find((s) => s.numbering?.numId !== undefined)?.numbering,
  };
}
