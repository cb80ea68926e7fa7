// One docx paragraph per printed block (print-blocks.ts), in the official layout (../shared/notes/gongwen-format.md).
// A typed map with an entry per block kind: a new kind without an export fails the typecheck.
import { AlignmentType, LineRuleType, Paragraph, type IParagraphOptions } from "docx";
import { textRuns, type HighlightSpan, type RunStyle } from "./docx-runs";
import { FIRST_LINE_INDENT_TWIPS, LINE_TWIPS, SIZE_PT } from "./layout";
import { FONT_NAMES, titleIsBold, type ExportOptions, type FontRole } from "./options";
import type { PrintBlock } from "./print-blocks";

/**
 * Paragraph style ids: named styles in Word's list, so a clerk can still restyle all headings at once. Headings use
 * Word's own 标题 1–3 (restyled to the layout in docx-styles.ts): Word's and WPS's navigation pane then shows the
 * outline, and a reader such as the import's (mammoth) knows them for headings.
 */
export const STYLE_IDS = {
  title: "SpeechTitle",
  byline: "SpeechByline",
  salutation: "SpeechSalutation",
  body: "SpeechBody",
  heading1: "Heading1",
  heading2: "Heading2",
  heading3: "Heading3",
  mark: "SpeechDraftMark",
} as const;

// Exact 28.95 pt lines, nothing before or after, and widow control off: with it on, a page ends a line early
// whenever a paragraph's last line would stand alone, and full pages hold 21 lines instead of 22.
export const LINE = { line: LINE_TWIPS, lineRule: LineRuleType.EXACT, before: 0, after: 0 } as const;
export const INDENTED = { firstLine: FIRST_LINE_INDENT_TWIPS, firstLineChars: 200 } as const;
const CENTER = { alignment: AlignmentType.CENTER } as const;
const FLUSH = { alignment: AlignmentType.JUSTIFIED } as const;
const BODY = { alignment: AlignmentType.JUSTIFIED, indent: INDENTED } as const;

export function style(role: FontRole, options: ExportOptions, sizePt: number = SIZE_PT.body, bold = false): RunStyle {
  return { font: FONT_NAMES[options.fontSet][role], sizePt, bold };
}

function paragraph(
  styleId: string,
  props: Omit<IParagraphOptions, "children" | "style" | "spacing">,
  text: string,
  run: RunStyle,
  highlights: readonly HighlightSpan[] = [],
): Paragraph {
  return new Paragraph({
    style: styleId,
    widowControl: false,
    spacing: LINE,
    ...props,
    children: textRuns(text, run, highlights),
  });
}

/** The spans to highlight in a block's text (unfilled placeholders), and the options. */
export type BlockContext = { options: ExportOptions; highlights: HighlightSpan[] };

const HEADING_ROLE = { 1: "heading1", 2: "heading2", 3: "heading3" } as const;

type Exporters = {
  [K in PrintBlock["kind"]]: (block: PrintBlock & { kind: K }, ctx: BlockContext) => Paragraph;
};

export const BLOCK_EXPORT: Exporters = {
  mark: (b, { options }) =>
    paragraph(STYLE_IDS.mark, { alignment: AlignmentType.LEFT }, b.text, style("mark", options)),
  title: (b, { options, highlights }) =>
    paragraph(
      STYLE_IDS.title,
      CENTER,
      b.text,
      style("title", options, SIZE_PT.title, titleIsBold(options.fontSet)),
      highlights,
    ),
  byline: (b, { options, highlights }) =>
    paragraph(STYLE_IDS.byline, CENTER, b.text, style("byline", options), highlights),
  date: (b, { options }) => paragraph(STYLE_IDS.byline, CENTER, b.text, style("byline", options)),
  // The blank line after the front matter: an empty paragraph on the grid, as a clerk would leave it in Word.
  blank: (_b, { options }) => paragraph(STYLE_IDS.body, FLUSH, "", style("body", options)),
  salutation: (b, { options, highlights }) =>
    paragraph(STYLE_IDS.salutation, FLUSH, b.text, style("body", options), highlights),
  heading: (b, { options, highlights }) => {
    const role = HEADING_ROLE[b.level];
    const shifted = highlights.map((h) => ({ start: h.start + b.number.length, end: h.end + b.number.length }));
    return paragraph(
      STYLE_IDS[role],
      BODY,
      b.number + b.text,
      style(role, options, SIZE_PT.body, b.level === 3),
      shifted,
    );
  },
  paragraph: (b, { options, highlights }) =>
    paragraph(STYLE_IDS.body, BODY, b.text, style("body", options), highlights),
};

export function blockParagraph(block: PrintBlock, ctx: BlockContext): Paragraph {
  return (BLOCK_EXPORT[block.kind] as (b: PrintBlock, c: BlockContext) => Paragraph)(block, ctx);
}
