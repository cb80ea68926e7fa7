// One docx paragraph per kind of speech node, in the official layout (../shared/notes/gongwen-format.md). A typed
// map with an entry per node type: a new node type without an export fails the typecheck.
import { AlignmentType, LineRuleType, Paragraph, type IParagraphOptions } from "docx";
import type { SpeechNode } from "../speech-doc/types";
import { textRuns, type HighlightSpan, type RunStyle } from "./docx-runs";
import { FIRST_LINE_INDENT_TWIPS, LINE_TWIPS, SIZE_PT } from "./layout";
import { FONT_NAMES, titleIsBold, type ExportOptions, type FontRole } from "./options";

/** What a node needs besides itself: its heading number, the blanks to highlight, the options. */
export type NodeContext = { number: string; highlights: HighlightSpan[]; options: ExportOptions; spaceAfter: boolean };

/** Paragraph style ids: named styles in Word's list, so a clerk can still restyle all headings at once. */
export const STYLE_IDS = {
  title: "SpeechTitle",
  byline: "SpeechByline",
  salutation: "SpeechSalutation",
  body: "SpeechBody",
  heading1: "SpeechHeading1",
  heading2: "SpeechHeading2",
  heading3: "SpeechHeading3",
  mark: "SpeechDraftMark",
} as const;

// Exact 28.95 pt lines, nothing before or after, and widow control off: with it on, a page ends a line early
// whenever a paragraph's last line would stand alone, and full pages hold 21 lines instead of 22.
const LINE = { line: LINE_TWIPS, lineRule: LineRuleType.EXACT, before: 0, after: 0 } as const;
const INDENTED = { firstLine: FIRST_LINE_INDENT_TWIPS, firstLineChars: 200 } as const;

export function style(role: FontRole, options: ExportOptions, sizePt: number = SIZE_PT.body, bold = false): RunStyle {
  return { font: FONT_NAMES[options.fontSet][role], sizePt, bold };
}

function paragraph(
  styleId: string,
  props: Omit<IParagraphOptions, "children" | "style" | "spacing">,
  text: string,
  run: RunStyle,
  ctx: Pick<NodeContext, "highlights" | "spaceAfter">,
  shift = 0,
): Paragraph {
  const highlights = ctx.highlights.map((h) => ({ start: h.start + shift, end: h.end + shift }));
  return new Paragraph({
    style: styleId,
    widowControl: false,
    spacing: { ...LINE, after: ctx.spaceAfter ? LINE_TWIPS : 0 },
    ...props,
    children: textRuns(text, run, highlights),
  });
}

type NodeExport = (text: string, ctx: NodeContext) => Paragraph;

const HEADING_ROLE = { 1: "heading1", 2: "heading2", 3: "heading3" } as const;

export const NODE_EXPORT: Record<SpeechNode["type"], (node: SpeechNode) => NodeExport> = {
  speechTitle: () => (text, ctx) =>
    paragraph(
      STYLE_IDS.title,
      { alignment: AlignmentType.CENTER },
      text,
      style("title", ctx.options, SIZE_PT.title, titleIsBold(ctx.options.fontSet)),
      ctx,
    ),
  speakerLine: () => (text, ctx) =>
    paragraph(STYLE_IDS.byline, { alignment: AlignmentType.CENTER }, text, style("byline", ctx.options), ctx),
  salutation: () => (text, ctx) =>
    paragraph(STYLE_IDS.salutation, { alignment: AlignmentType.JUSTIFIED }, text, style("body", ctx.options), ctx),
  heading: (node) => (text, ctx) => {
    const level = node.type === "heading" ? node.attrs.level : 1;
    const role = HEADING_ROLE[level];
    return paragraph(
      STYLE_IDS[role],
      { alignment: AlignmentType.JUSTIFIED, indent: INDENTED },
      ctx.number + text,
      style(role, ctx.options, SIZE_PT.body, level === 3),
      ctx,
      ctx.number.length,
    );
  },
  paragraph: () => (text, ctx) =>
    paragraph(
      STYLE_IDS.body,
      { alignment: AlignmentType.JUSTIFIED, indent: INDENTED },
      text,
      style("body", ctx.options),
      ctx,
    ),
};

/** The centred date line under the speaker, e.g. （2024年3月1日）. */
export function dateLine(text: string, options: ExportOptions, spaceAfter: boolean): Paragraph {
  return paragraph(STYLE_IDS.byline, { alignment: AlignmentType.CENTER }, text, style("byline", options), {
    highlights: [],
    spaceAfter,
  });
}

/** 征求意见稿 / 送审稿 at the top left of the first page, where GB/T 9704 puts 密级 and 紧急程度. */
export function draftMark(text: string, options: ExportOptions): Paragraph {
  return paragraph(STYLE_IDS.mark, { alignment: AlignmentType.LEFT }, text, style("mark", options), {
    highlights: [],
    spaceAfter: false,
  });
}
