// The exported speech as a reader renders it: LibreOffice turns a multi-page export into a PDF, and the PDF's
// lines show 22 lines on every full page, — N — on the outer side of each page, and all the Chinese text.
import { beforeAll, describe, expect, it } from "vitest";
import { LINE_PT, PAGE_MM } from "@/lib/export/layout";
import { DEFAULT_EXPORT_OPTIONS } from "@/lib/export/options";
import { speechDocx } from "@/lib/export/speech-docx";
import { speechPlainText } from "@/lib/speech-doc/plain-text";
import { DEFAULT_SETTINGS } from "@/lib/speech-doc/types";
import { exportFixture } from "../support/export-fixture";
import {
  docxToPdf,
  missingRenderTools,
  pdfFonts,
  pdfPages,
  RENDER_TOOLS_MESSAGE,
  type PdfPage,
} from "../support/render-pdf";

const PT_PER_MM = 72 / 25.4;
const TOP_PT = PAGE_MM.top * PT_PER_MM;
const PAGE_NUMBER = /^—\s*(\d+)\s*—$/;

const body = (page: PdfPage) => page.lines.filter((l) => !PAGE_NUMBER.test(l.text.trim()));
/** The grid row (0–21) a line's glyphs sit in. */
const row = (line: { yMin: number }) => Math.floor((line.yMin - TOP_PT) / LINE_PT);

describe("DOCX export rendered by LibreOffice", () => {
  const doc = exportFixture(6, 2);
  let pages: PdfPage[] = [];
  let pdf = "";

  beforeAll(async () => {
    const missing = missingRenderTools();
    if (missing.length) throw new Error(`${RENDER_TOOLS_MESSAGE}（缺少 ${missing.join("、")}）`);
    const bytes = await speechDocx({
      doc,
      numbering: DEFAULT_SETTINGS.numbering,
      date: "2024-03-01",
      options: DEFAULT_EXPORT_OPTIONS,
      highlightPlaceholders: false,
    });
    pdf = docxToPdf(bytes);
    pages = pdfPages(pdf);
  }, 120_000);

  it("fills every page but the last with 22 lines of 28.95 pt", () => {
    expect(pages.length).toBeGreaterThanOrEqual(4);
    pages.slice(0, -1).forEach((page, i) => {
      const lines = body(page);
      const rows = lines.map(row);
      expect(Math.max(...rows), `page ${i + 1}`).toBe(21);
      expect(Math.min(...rows), `page ${i + 1}`).toBe(0);
      // No two lines share a row (nothing overprinted). On the first page the 22 pt title takes one row, as in
      // Word and the print view (off the grid: LibreOffice gave it two), and the blank line after the front matter
      // one, so 21 rows hold text.
      expect(new Set(rows).size, `page ${i + 1}`).toBe(lines.length);
      if (i === 0) expect(lines.length).toBe(21);
      if (i > 0) {
        // After the first page every row holds one line of the body.
        expect(lines, `page ${i + 1}`).toHaveLength(22);
        expect(new Set(rows).size).toBe(22);
      }
    });
  });

  it("sets 28 characters on a full line of the body", () => {
    // Lines of Chinese only (digits and Latin are narrower): none holds more than 28 characters, nor hangs a
    // closing mark past the margin (LibreOffice would not draw it), and full ones hold 28.
    const cjk = pages.slice(1, -1).flatMap((p) => body(p).filter((l) => !/[\x20-\x7e]/.test(l.text)));
    const lengths = cjk.map((l) => [...l.text].length);
    expect(Math.max(...lengths)).toBe(28);
    expect(lengths.filter((n) => n === 28).length).toBeGreaterThan(10);
  });

  it("numbers pages — N — on the right of odd pages and the left of even pages", () => {
    pages.forEach((page, i) => {
      const numbers = page.lines.filter((l) => PAGE_NUMBER.test(l.text.trim()));
      expect(numbers, `page ${i + 1}`).toHaveLength(1);
      const n = numbers[0]!;
      expect(Number(PAGE_NUMBER.exec(n.text.trim())![1])).toBe(i + 1);
      expect(n.yMin).toBeGreaterThan(page.height - PAGE_MM.bottom * PT_PER_MM);
      if ((i + 1) % 2 === 1) expect(n.xMin, `page ${i + 1}`).toBeGreaterThan(page.width * 0.6);
      else expect(n.xMax, `page ${i + 1}`).toBeLessThan(page.width * 0.4);
    });
  });

  it("shows all of the speech's Chinese text, in a CJK font", () => {
    const rendered = pages
      .flatMap((p) => body(p).map((l) => l.text))
      .join("")
      .replace(/\s/g, "");
    const expected = speechPlainText(doc).replace(/\s/g, "");
    // The date line is added by the export: （2024年3月1日）.
    expect(rendered.replace("（2024年3月1日）", "")).toBe(expected);
    // Text extraction recovers characters even from missing glyphs: the fonts must be there and embedded.
    const fonts = pdfFonts(pdf);
    expect(fonts.some((f) => /CJK|Song|Hei|Kai|Fang|Ming/i.test(f.name))).toBe(true);
    for (const f of fonts) expect(f.embedded, f.name).toBe(true);
  });
});
