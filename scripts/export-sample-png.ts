// Regenerates docs/export-page1.png, the README's picture of an exported speech: the export test's speech as a
// .docx, rendered by LibreOffice, page 1 as a PNG (`npx tsx scripts/export-sample-png.ts`; needs the Debian
// packages libreoffice-writer-nogui, poppler-utils and fonts-noto-cjk).
import { writeFileSync } from "node:fs";
import { DEFAULT_EXPORT_OPTIONS } from "../lib/export/options";
import { speechDocx } from "../lib/export/speech-docx";
import { DEFAULT_SETTINGS } from "../lib/speech-doc/types";
import { exportFixture } from "../tests/support/export-fixture";
import { docxToPdf, pdfPagePng } from "../tests/support/render-pdf";

const bytes = await speechDocx({
  doc: exportFixture(6, 2),
  numbering: DEFAULT_SETTINGS.numbering,
  date: "2024-03-01",
  options: DEFAULT_EXPORT_OPTIONS,
  highlightPlaceholders: false,
});
writeFileSync("docs/export-page1.png", pdfPagePng(docxToPdf(bytes), 1, 80));
console.log("已写入 docs/export-page1.png");
