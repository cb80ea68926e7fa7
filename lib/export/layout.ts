// The page of GB/T 9704-2012 as applied to speeches (../shared/notes/gongwen-format.md): one set of numbers for
// the DOCX export (twips, half-points) and the print view (mm, pt), so the two cannot drift apart.

/** A4 portrait and margins, in millimetres. */
export const PAGE_MM = { width: 210, height: 297, top: 37, bottom: 35, left: 28, right: 26 } as const;

/** The same in twips (1/1440 inch), written literally: docx's own converter rounds down. */
export const PAGE_TWIPS = { width: 11906, height: 16838, top: 2098, bottom: 1984, left: 1587, right: 1474 } as const;

export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;

/** Exact line pitch: 579 twips = 28.95 pt, the largest that keeps 22 lines in the 225 mm text block. */
export const LINE_TWIPS = 579;
export const LINE_PT = LINE_TWIPS / 20;

/** Font sizes in points: 二号 22 (title), 三号 16 (body and headings), 四号 14 (page numbers). */
export const SIZE_PT = { title: 22, body: 16, pageNumber: 14 } as const;

/** Two characters of 三号 as a first-line indent, in twips (16 pt × 2 × 20). */
export const FIRST_LINE_INDENT_TWIPS = 640;

/** Page numbers sit one character (of 四号, 14 pt) in from the edge of the text block. */
export const PAGE_NUMBER_INSET_TWIPS = 280;

/**
 * Character spacing that sets 28 characters of 16 pt in the 156 mm line: 8845 twips / 28 = 315.9 twips per
 * character against 320 for the bare glyph. −5 twips is the least that fits (−4 leaves 27), but a line filled to
 * within a fraction of a character makes LibreOffice hang the next closing mark (。，) past the margin and not draw
 * it at all; −6 (−0.3 pt) keeps 28 characters (29 would need −15) with room for that mark to compress instead.
 */
export const CHAR_SPACE_TWIPS =
  Math.floor((PAGE_TWIPS.width - PAGE_TWIPS.left - PAGE_TWIPS.right) / CHARS_PER_LINE - 320) - 1;
