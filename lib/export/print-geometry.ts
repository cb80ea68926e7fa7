// The print view's page in CSS units, derived from layout.ts (the numbers the DOCX export writes), so screen,
// paper and the exported file share one geometry.
import { CHARS_PER_LINE, LINE_PT, PAGE_MM, SIZE_PT } from "./layout";

const PT_PER_MM = 72 / 25.4;

/** The text block (版心): 156 × 225 mm. */
export const TEXT_BLOCK_MM = {
  width: PAGE_MM.width - PAGE_MM.left - PAGE_MM.right,
  height: PAGE_MM.height - PAGE_MM.top - PAGE_MM.bottom,
} as const;

/**
 * Letter-spacing that sets CHARS_PER_LINE body characters (16 pt) across the text block: 156 mm / 28 − 16 pt
 * ≈ −0.207 pt, taken down to the next hundredth so that rounding never pushes the 28th character onto the next line.
 */
export const LETTER_SPACING_PT =
  Math.floor(((TEXT_BLOCK_MM.width * PT_PER_MM) / CHARS_PER_LINE - SIZE_PT.body) * 100) / 100;

/** The first-line indent: two characters as they are set on the grid (not 2em of the bare glyph). */
export const INDENT_PT = 2 * (SIZE_PT.body + LETTER_SPACING_PT);

/** GB/T 9704: the page number's dash line sits 7 mm below the text block, one character (四号) in from its edge. */
export const PAGE_NUMBER_GAP_MM = 7;
export const PAGE_NUMBER_INSET_PT = SIZE_PT.pageNumber;

/** One line of the grid in CSS pixels (96 px per inch), for measuring laid-out paragraphs. */
export const LINE_PX = (LINE_PT * 96) / 72;

/** "— 3 —": half-width digits between em dashes, a space each side. */
export const pageNumberText = (n: number) => `\u2014 ${n} \u2014`;
