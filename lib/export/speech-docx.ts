// A speech → .docx in the official layout (GB/T 9704-2012 as applied to speeches; ../shared/notes/gongwen-format.md):
// A4, margins 37/35/28/26 mm, a 22 × 28 grid, fonts and sizes per element, heading numbers written as text from the
// editor's own numbering function, and page numbers — N — on the outer side of odd and even pages (or centred).
import {
  AlignmentType,
  Document,
  DocumentGridType,
  Footer,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type ISectionOptions,
} from "docx";
import { nodeText } from "../speech-doc/doc-text";
import { headingNumbers, type NumberingStyles } from "../speech-doc/numbering";
import { speechPlaceholders } from "../speech-doc/placeholders";
import { NODE, type SpeechDoc } from "../speech-doc/types";
import { dateLine, draftMark, NODE_EXPORT, style } from "./docx-paragraphs";
import { runProps, type HighlightSpan } from "./docx-runs";
import { documentStyles, documentTheme } from "./docx-styles";
import { LINE_TWIPS, PAGE_NUMBER_INSET_TWIPS, PAGE_TWIPS, SIZE_PT } from "./layout";
import { chineseDay } from "./file-name";
import { withFullWidthPunctuation } from "./full-width-punctuation";
import type { ExportOptions } from "./options";

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

const HAS_DATE = /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/;

const chineseDate = (day: string) => `（${chineseDay(day)}）`;

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

/** The body of the file: draft mark, front matter, numbered headings and paragraphs. */
function speechParagraphs(input: SpeechExportInput): Paragraph[] {
  const { options } = input;
  const doc = withFullWidthPunctuation(input.doc);
  const headingIdx = doc.content.flatMap((n, i) => (n.type === NODE.heading ? [i] : []));
  const numbers = headingNumbers(
    headingIdx.map((i) =>
      doc.content[i]!.type === NODE.heading ? (doc.content[i] as { attrs: { level: 1 | 2 | 3 } }).attrs.level : 1,
    ),
    input.numbering,
  );
  const numberAt = new Map(headingIdx.map((idx, k) => [idx, numbers[k]!]));
  const highlights = new Map<number, HighlightSpan[]>();
  if (input.highlightPlaceholders)
    for (const p of speechPlaceholders(doc)) highlights.set(p.nodeIndex, [...(highlights.get(p.nodeIndex) ?? []), p]);

  const bylineNode = doc.content.find((n) => n.type === NODE.byline);
  const bylineText = bylineNode ? nodeText(bylineNode).trim() : "";
  const withByline = options.speakerLine;
  const date = withByline && input.date && !HAS_DATE.test(bylineText) ? chineseDate(input.date) : null;
  // One blank line after the front matter: on the last of title, speaker line and date line that is printed.
  const lastFront = date ? "date" : withByline && bylineText ? NODE.byline : NODE.title;

  const out: Paragraph[] = [];
  if (options.draftMark) out.push(draftMark(options.draftMark, options));
  doc.content.forEach((node, i) => {
    if (node.type === NODE.byline && !withByline) return;
    const text = nodeText(node)
      .replace(/\s*\n\s*/g, " ")
      .trim();
    if (!text) return; // an empty heading keeps its number on screen but prints nothing, as in plain text
    const ctx = {
      number: numberAt.get(i) ?? "",
      highlights: highlights.get(i) ?? [],
      options,
      spaceAfter: lastFront === node.type,
    };
    out.push(NODE_EXPORT[node.type](node)(text, ctx));
    // The date goes under the speaker line, or under the title when there is no speaker.
    if (date && node.type === (bylineText ? NODE.byline : NODE.title)) out.push(dateLine(date, options, true));
  });
  return out;
}

export function speechDocument(input: SpeechExportInput): Document {
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
    children: speechParagraphs(input),
  };
  const title = nodeText(input.doc.content.find((n) => n.type === NODE.title) ?? {}).trim();
  return new Document({
    title,
    creator: "讲稿工坊",
    styles: documentStyles(options),
    theme: documentTheme(options),
    evenAndOddHeaderAndFooters: outer,
    sections: [section],
  });
}

/** The .docx file's bytes. */
export async function speechDocx(input: SpeechExportInput): Promise<Buffer> {
  return Packer.toBuffer(speechDocument(input));
}
