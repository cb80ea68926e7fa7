// One docx paragraph per printed block (print-blocks.ts), in the official layout (../shared/notes/gongwen-format.md).
// A typed map with an entry per block kind: a new kind without an export fails the typecheck.
import { AlignmentType, LineRuleType, Paragraph, type IParagraphOptions } from "docx";
import { textRuns, type HighlightSpan, type RunStyle } from "./docx-runs";
import { FIRST_LINE_INDENT_TWIPS, LINE_TWIPS, SIZE_PT } from "./layout";
import { FONT_NAMES, titleIsBold, type ExportOptions, type FontRole } from "./options";
import type { PrintBlock } from "./print-blocks";
import { titleBreaks } from "./title-lines";

/**
 * Paragraph style ids: named styles in Word's list, so a clerk can still restyle all headings at once. Headings use
 * Word's own 标题 1–3 (restyled to the layout in docx-styles.ts): Word's and WPS's navigation pane then shows the
 * outline, and a reader such as the import's (docx-lines) knows them for headings.
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

/**
 * How one printed block is laid out: its named style, paragraph properties, run style and the text it prints
 * (a heading's number written before its text, `textOffset` characters that node-text spans shift by).
 */
export type BlockLayout = {
  styleId: string;
  props: Omit<IParagraphOptions, "children" | "style" | "spacing">;
  run: RunStyle;
  text: string;
  textOffset: number;
  /** Offsets in `text` where a new line starts (a long title's wrap, title-lines.ts). */
  breaks?: number[];
};

const HEADING_ROLE = { 1: "heading1", 2: "heading2", 3: "heading3" } as const;

type Layouts = {
  [K in PrintBlock["kind"]]: (block: PrintBlock & { kind: K }, options: ExportOptions) => BlockLayout;
};

const laid = (styleId: string, props: BlockLayout["props"], text: string, run: RunStyle): BlockLayout => ({
  styleId,
  props,
  run,
  text,
  textOffset: 0,
});

export const BLOCK_LAYOUT: Layouts = {
  mark: (b, o) => laid(STYLE_IDS.mark, { alignment: AlignmentType.LEFT }, b.text, style("mark", o)),
  title: (b, o) => ({
    ...laid(STYLE_IDS.title, CENTER, b.text, style("title", o, SIZE_PT.title, titleIsBold(o.fontSet))),
    breaks: titleBreaks(b.text),
  }),
  byline: (b, o) => laid(STYLE_IDS.byline, CENTER, b.text, style("byline", o)),
  date: (b, o) => laid(STYLE_IDS.byline, CENTER, b.text, style("byline", o)),
  // The blank line after the front matter: an empty paragraph on the grid, as a clerk would leave it in Word.
  blank: (_b, o) => laid(STYLE_IDS.body, FLUSH, "", style("body", o)),
  salutation: (b, o) => laid(STYLE_IDS.salutation, FLUSH, b.text, style("body", o)),
  heading: (b, o) => {
    const role = HEADING_ROLE[b.level];
    return {
      ...laid(STYLE_IDS[role], BODY, b.number + b.text, style(role, o, SIZE_PT.body, b.level === 3)),
      textOffset: b.number.length,
    };
  },
  paragraph: (b, o) => laid(STYLE_IDS.body, BODY, b.text, style("body", o)),
};

export function blockLayout(block: PrintBlock, options: ExportOptions): BlockLayout {
  return (BLOCK_LAYOUT[block.kind] as (b: PrintBlock, o: ExportOptions) => BlockLayout)(block, options);
}

/** A block's paragraph holding the given runs; `run` marks the paragraph mark itself (as inserted or deleted). */
export function layoutParagraph(
  layout: BlockLayout,
  children: IParagraphOptions["children"],
  run?: IParagraphOptions["run"],
): Paragraph {
  return new Paragraph({
    style: layout.styleId,
    widowControl: false,
    spacing: LINE,
    ...layout.props,
    ...(run ? { run } : {}),
    children,
  });
}

/** The spans to highlight in a block's text (unfilled placeholders), and the options. */
export type BlockContext = { options: ExportOptions; highlights: HighlightSpan[] };

export function blockParagraph(block: PrintBlock, ctx: BlockContext): Paragraph {
  const layout = blockLayout(block, ctx.options);
  const shifted = ctx.highlights.map((h) => ({ start: h.start + layout.textOffset, end: h.end + layout.textOffset }));
  return layoutParagraph(layout, textRuns(layout.text, layout.run, shifted, layout.breaks));
}
