// Packs an exported document into .docx bytes, taking the title's style off the line grid. A 22 pt title line on
// the 28.95 pt grid fits its exact line spacing, and Word lays it out so; LibreOffice and WPS, which snap each line
// to the grid whatever its spacing, give every title line two grid lines (a two-line title then stands two lines
// apart, and the page holds a line less than the print view counts). Paragraph-level w:snapToGrid is what turns
// that off, and the docx library writes it only for runs, so it is added to the title style's XML here.
import { Packer, type Document } from "docx";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { STYLE_IDS } from "./docx-paragraphs";

const STYLES_PART = "word/styles.xml";
export const TITLE_OFF_GRID = '<w:snapToGrid w:val="0"/>';

/** The styles part with the title style's paragraph properties not snapping to the grid (before w:spacing, as
 *  CT_PPr orders them). Unchanged when the style or its properties are missing. */
export function titleStyleOffGrid(stylesXml: string): string {
  const start = stylesXml.indexOf(`w:styleId="${STYLE_IDS.title}"`);
  if (start < 0) return stylesXml;
  const end = stylesXml.indexOf("</w:style>", start);
  const props = stylesXml.indexOf("<w:pPr>", start);
  if (props < 0 || props > end || stylesXml.slice(start, end).includes("<w:snapToGrid")) return stylesXml;
  const spacing = stylesXml.indexOf("<w:spacing", props);
  const at = spacing >= 0 && spacing < end ? spacing : props + "<w:pPr>".length;
  return stylesXml.slice(0, at) + TITLE_OFF_GRID + stylesXml.slice(at);
}

/** The .docx file's bytes. */
export async function packDocx(doc: Document): Promise<Buffer> {
  const parts = unzipSync(new Uint8Array(await Packer.toBuffer(doc)));
  const styles = parts[STYLES_PART];
  if (styles) parts[STYLES_PART] = strToU8(titleStyleOffGrid(strFromU8(styles)));
  return Buffer.from(zipSync(parts, { level: 6 }));
}
