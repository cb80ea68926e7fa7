// The print view's style sheet, built from the layout constants and the chosen export options: A4 sheets on
// screen, and for window.print() an @page of A4 with the official margins whose margin boxes carry the page
// numbers (odd pages right, even pages left, or centred), while the app's header and the toolbar are hidden.
import { LINE_PT, PAGE_MM, SIZE_PT } from "./layout";
import { cssFontStack, titleIsBold, type ExportOptions } from "./options";
import {
  INDENT_PT,
  LETTER_SPACING_PT,
  PAGE_NUMBER_GAP_MM,
  PAGE_NUMBER_INSET_PT,
  TEXT_BLOCK_MM,
} from "./print-geometry";

export function printCss(options: Pick<ExportOptions, "fontSet" | "pageNumbers">): string {
  const font = (role: Parameters<typeof cssFontStack>[1]) => cssFontStack(options.fontSet, role);
  const margins = `${PAGE_MM.top}mm ${PAGE_MM.right}mm ${PAGE_MM.bottom}mm ${PAGE_MM.left}mm`;
  const numberBox = `content: "\\2014  " counter(page) " \\2014"; font-family: ${font("pageNumber")};
    font-size: ${SIZE_PT.pageNumber}pt; vertical-align: top; padding-top: ${PAGE_NUMBER_GAP_MM}mm;`;
  const pageNumbers =
    options.pageNumbers === "center"
      ? `@page { @bottom-center { ${numberBox} text-align: center; } }`
      : `@page :right { @bottom-right { ${numberBox} text-align: right; padding-right: ${PAGE_NUMBER_INSET_PT}pt; } }
@page :left { @bottom-left { ${numberBox} text-align: left; padding-left: ${PAGE_NUMBER_INSET_PT}pt; } }`;
  return `
.print-sheet { position: relative; box-sizing: border-box; width: ${PAGE_MM.width}mm; height: ${PAGE_MM.height}mm;
  margin: 0 auto 24px; padding: ${margins}; background: #fff; color: #000;
  box-shadow: 0 1px 6px rgb(0 0 0 / 0.25); }
.print-text, .print-measure { width: ${TEXT_BLOCK_MM.width}mm; }
.print-text { height: ${TEXT_BLOCK_MM.height}mm; overflow: hidden; }
.print-measure { position: absolute; left: -10000px; top: 0; visibility: hidden; }
.print-slice { overflow: hidden; }
.print-block { margin: 0; font-family: ${font("body")}; font-size: ${SIZE_PT.body}pt; font-weight: normal;
  line-height: ${LINE_PT}pt; letter-spacing: ${LETTER_SPACING_PT}pt; text-align: justify;
  text-indent: ${INDENT_PT}pt; line-break: strict; overflow-wrap: anywhere; color: #000; }
.print-block[data-kind="title"] { font-family: ${font("title")}; font-size: ${SIZE_PT.title}pt; letter-spacing: 0;
  text-align: center; text-indent: 0; text-wrap: balance; font-weight: ${titleIsBold(options.fontSet) ? "bold" : "normal"}; }
.print-block[data-kind="byline"], .print-block[data-kind="date"] { font-family: ${font("byline")}; text-align: center; text-indent: 0; }
.print-block[data-kind="salutation"] { text-align: left; text-indent: 0; }
.print-block[data-kind="mark"] { font-family: ${font("mark")}; text-align: left; text-indent: 0; }
.print-block[data-level="1"] { font-family: ${font("heading1")}; }
.print-block[data-level="2"] { font-family: ${font("heading2")}; }
.print-block[data-level="3"] { font-family: ${font("heading3")}; font-weight: bold; }
.print-page-number { position: absolute; margin: 0; top: ${PAGE_MM.top + TEXT_BLOCK_MM.height + PAGE_NUMBER_GAP_MM}mm;
  font-family: ${font("pageNumber")}; font-size: ${SIZE_PT.pageNumber}pt; line-height: 1; white-space: pre; }
.print-page-number[data-side="right"] { right: calc(${PAGE_MM.right}mm + ${PAGE_NUMBER_INSET_PT}pt); }
.print-page-number[data-side="left"] { left: calc(${PAGE_MM.left}mm + ${PAGE_NUMBER_INSET_PT}pt); }
.print-page-number[data-side="center"] { left: 0; right: 0; text-align: center; }
@page { size: A4; margin: ${margins}; }
${pageNumbers}
@media print {
  /* The app's chrome comes from the shared layout (header, padded main); only the sheets go on paper. */
  body > header, .print-toolbar, .print-page-number, .print-measure, .print-status { display: none !important; }
  body > main { max-width: none !important; margin: 0 !important; padding: 0 !important; }
  body, .print-root { background: #fff !important; margin: 0 !important; padding: 0 !important; }
  /* Each sheet is exactly one page area; its height comes from its 22 lines, never the full 225 mm, so that
     rounding cannot spill a blank page. */
  .print-sheet { width: auto; height: auto; margin: 0; padding: 0; box-shadow: none; break-after: page; }
  .print-sheet:last-child { break-after: auto; }
  .print-text { height: auto; }
}
`;
}
