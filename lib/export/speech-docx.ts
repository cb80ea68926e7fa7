// A speech → .docx in the official layout (GB/T 9704-2012 as applied to speeches; ../shared/notes/gongwen-format.md):
// A4, margins 37/35/28/26 mm, a 22 × 28 grid, fonts and sizes per element, heading numbers written as text from the
// editor's own numbering function (through print-blocks.ts, which the print view shares), and page numbers — N —
// on the outer side of odd and even pages (or centred).
import {
  AlignmentType,
  Document,
  DocumentGridType,
  Footer,
  PageNumber,
  Paragraph,
  TextRun,
  type ISectionOptions,
} from "docx";
import { nodeText } from "../speech-doc/doc-text";
import type { NumberingStyles } from "../speech-doc/numbering";
import { speechPlaceholders } from "../speech-doc/placeholders";
import { NODE, type SpeechDoc } from "../speech-doc/types";
import { blockParagraph, style } from "./docx-paragraphs";
import { packDocx } from "./docx-pack";
import { runProps, type HighlightSpan } from "./docx-runs";
import { documentStyles, documentTheme } from "./docx-styles";
import { withFullWidthPunctuation } from "./full-width-punctuation";
import { LINE_TWIPS, PAGE_NUMBER_INSET_TWIPS, PAGE_TWIPS, SIZE_PT } from "./layout";
import type { ExportOptions } from "./options";
import { collapseLineBreaks, printBlocks, type PrintBlock } from "./print-blocks";

export type SpeechExportInput = {
  doc: SpeechDoc;
  numbering: NumberingStyles;
  /** The speech's day, "2024-03-01": printed as （2024年3月1日） under the speaker unless the line has a date. */
  date: string | null;
  options: ExportOptions;
  /** Mark unfilled placeholders (××) in yellow: the clerk chose to export before filling them. */
  highlightPlaceholders: boolean;
};

/** Bottom of the page to the page-number line: its top sits 7 mm under the text block (35 mm margin). */
const FOOTER_TWIPS = 1304;

function pageNumberFooter(options: ExportOptions, side: "odd" | "even" | "center"): Footer {
  const run = runProps(style("pageNumber", options, SIZE_PT.pageNumber), false);
  const placement =
    side === "center"
      ? { alignment: AlignmentType.CENTER }
      : side === "odd"
        ? { alignment: AlignmentType.RIGHT, indent: { right: PAGE_NUMBER_INSET_TWIPS } }
        : { alignment: AlignmentType.LEFT, indent: { left: PAGE_NUMBER_INSET_TWIPS } };
  return new Footer({
    children: [
      new Paragraph({ ...placement, children: [new TextRun({ ...run, children: ["— ", PageNumber.CURRENT, " —"] })] }),
    ],
  });
}

/**
 * Where a node-text offset lands in the printed block, whose text print-blocks.ts collapsed and trimmed. A
 * placeholder starts on a visible character, so the prefix before it collapses exactly as inside the whole text.
 */
const printedOffset = (raw: string, at: number) => collapseLineBreaks(raw.slice(0, at)).trimStart().length;

/** Unfilled placeholders per node, as spans of the printed block's text. */
function placeholderSpans(doc: SpeechDoc, blocks: PrintBlock[]): Map<number, HighlightSpan[]> {
  const fixed = withFullWidthPunctuation(doc);
  const byNode = new Map<number, { start: number; end: number; text: string }[]>();
  for (const p of speechPlaceholders(fixed)) byNode.set(p.nodeIndex, [...(byNode.get(p.nodeIndex) ?? []), p]);
  const out = new Map<number, HighlightSpan[]>();
  for (const block of blocks) {
    if (!("nodeIndex" in block)) continue;
    const found = byNode.get(block.nodeIndex);
    if (!found) continue;
    const raw = nodeText(fixed.content[block.nodeIndex]!);
    const spans = found.map((p) => {
      const start = printedOffset(raw, p.start);
      return { start, end: start + p.text.length, text: p.text };
    });
    out.set(
      block.nodeIndex,
      spans.filter((h) => block.text.slice(h.start, h.end) === h.text),
    );
  }
  return out;
}

/** The body of the file: the printed blocks (draft mark, front matter, numbered headings, paragraphs). */
function speechParagraphs(input: SpeechExportInput): Paragraph[] {
  const blocks = printBlocks(input.doc, { numbering: input.numbering }, input.options, input.date);
  const highlights = input.highlightPlaceholders
    ? placeholderSpans(input.doc, blocks)
    : new Map<number, HighlightSpan[]>();
  return blocks.map((block) =>
    blockParagraph(block, {
      options: input.options,
      highlights: ("nodeIndex" in block ? highlights.get(block.nodeIndex) : undefined) ?? [],
    }),
  );
}

/**
 * The official-layout document around the given paragraphs: page, margins, grid, footers with page numbers, the
 * layout's styles and theme. `trackRevisions` opens the file in Word's and WPS's revision mode (修订).
 */
export function officialDocument(input: {
  title: string;
  options: ExportOptions;
  children: Paragraph[];
  trackRevisions?: boolean;
}): Document {
  const { options } = input;
  const outer = options.pageNumbers === "outer";
  const section: ISectionOptions = {
    properties: {
      page: {
        size: { width: PAGE_TWIPS.width, height: PAGE_TWIPS.height },
        margin: {
          top: PAGE_TWIPS.top,
          bottom: PAGE_TWIPS.bottom,
          left: PAGE_TWIPS.left,
          right: PAGE_TWIPS.right,
          header: 851,
          footer: FOOTER_TWIPS,
        },
      },
      // A grid of lines only: LibreOffice sets 20 characters a line for Word's linesAndChars grid at the same pitch,
      // so the 28 characters come from the runs' character spacing instead, which every reader honours.
      grid: { type: DocumentGridType.LINES, linePitch: LINE_TWIPS },
    },
    footers: outer
      ? { default: pageNumberFooter(options, "odd"), even: pageNumberFooter(options, "even") }
      : { default: pageNumberFooter(options, "center") },
    children: input.children,
  };
  return new Document({
    title: input.title,
    creator: "讲稿工坊",
    styles: documentStyles(options),
    theme: documentTheme(options),
    evenAndOddHeaderAndFooters: outer,
    ...(input.trackRevisions ? { features: { trackRevisions: true } } : {}),
    sections: [section],
  });
}

/** The speech's title as the file's document property. */
export const docTitle = (doc: SpeechDoc) => nodeText(doc.content.find((n) => n.type === NODE.title) ?? {}).trim();

export function speechDocument(input: SpeechExportInput): Document {
  return officialDocument({ title: docTitle(input.doc), options: input.options, children: speechParagraphs(input) });
}

/** The .docx file's bytes. */
export async function speechDocx(input: SpeechExportInput): Promise<Buffer> {
  return packDocx(speechDocument(input));
}
