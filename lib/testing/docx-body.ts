// A .docx's document part written for the mining tests: paragraphs, tables and breaks as Word writes them, read into
// lines as an upload's would be.
import { strToU8 } from "fflate";
import { DOCX_PARTS, readDocxLines } from "../mining/docx-lines";
import type { Removed, SourceLine } from "../mining/types";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

export const wParagraph = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
export const wRow = (...cells: string[]) =>
  `<w:tr>${cells.map((c) => `<w:tc>${wParagraph(c)}</w:tc>`).join("")}</w:tr>`;
export const wTable = (...rows: string[]) => `<w:tbl>${rows.join("")}</w:tbl>`;
export const wSectionBreak = `<w:p><w:pPr><w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:pPr></w:p>`;
export const wPageBreak = `<w:p><w:r><w:br w:type="page"/></w:r></w:p>`;

/** The lines of a document whose body holds these elements; `removed` collects what the reader leaves out. */
export function docxBodyLines(body: string[], removed?: Removed[]): SourceLine[] {
  const xml = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${body.join("")}</w:body></w:document>`;
  return readDocxLines(new Map([[DOCX_PARTS.document, strToU8(xml)]]), removed);
}
