// Text of one speech node → docx runs. Every run names its East Asian font; runs of printable ASCII (digits,
// Latin, ASCII punctuation) take Times New Roman in the Latin slots, and every other run (CJK, and the quotes,
// dashes and ellipses “ ” — … that Word would otherwise set in the Latin font) names the Chinese font in all four
// slots, so no reader falls back to Calibri or 等线 for any character.
import { TextRun, type IRunOptions } from "docx";
import { CHAR_SPACE_TWIPS, SIZE_PT } from "./layout";
import { LATIN_FONT } from "./options";

export type RunStyle = { font: string; sizePt: number; bold?: boolean };

/** A span of the node's text (UTF-16 offsets) to highlight: an unfilled placeholder the clerk chose to keep. */
export type HighlightSpan = { start: number; end: number };

const ASCII_RUN = /[\x20-\x7e]+|[^\x20-\x7e]+/g;
/** What XML 1.0 cannot hold (controls but tab and line breaks, half of a surrogate pair, U+FFFE and U+FFFF): a
 *  DOCX with one of them is unreadable, so a text stored before the input refused them loses them here. */
const NOT_XML =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const isAscii = (s: string) => s.charCodeAt(0) <= 0x7e;

/** The run properties of one script segment in a style. */
export function runProps(style: RunStyle, ascii: boolean): IRunOptions {
  const latin = ascii ? LATIN_FONT : style.font;
  return {
    font: { ascii: latin, hAnsi: latin, cs: latin, eastAsia: style.font, hint: "eastAsia" },
    size: style.sizePt * 2,
    sizeComplexScript: style.sizePt * 2,
    bold: style.bold ?? false,
    boldComplexScript: style.bold ?? false,
    color: "000000",
    // 28 characters a line (the grid of type `lines` fixes only the line pitch); titles and page numbers keep theirs.
    ...(style.sizePt === SIZE_PT.body ? { characterSpacing: CHAR_SPACE_TWIPS } : {}),
    language: { value: "en-US", eastAsia: "zh-CN" },
  };
}

/** Cuts `text` at the highlight boundaries and the line breaks: [piece, highlighted, starts a line][]. */
function highlightPieces(
  text: string,
  highlights: readonly HighlightSpan[],
  breaks: readonly number[],
): [string, boolean, boolean][] {
  const cuts = new Set([0, text.length, ...breaks]);
  for (const h of highlights) {
    cuts.add(Math.max(0, Math.min(text.length, h.start)));
    cuts.add(Math.max(0, Math.min(text.length, h.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: [string, boolean, boolean][] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i]!, points[i + 1]!];
    if (from === to) continue;
    pieces.push([text.slice(from, to), highlights.some((h) => h.start <= from && to <= h.end), breaks.includes(from)]);
  }
  return pieces;
}

/** `text` cut where it passes between printable ASCII and everything else, each piece with its run properties. */
export function scriptSegments(text: string, style: RunStyle): { text: string; props: IRunOptions }[] {
  return (text.replace(NOT_XML, "").match(ASCII_RUN) ?? []).map((segment) => ({
    text: segment,
    props: runProps(style, isAscii(segment)),
  }));
}

/** Runs for a node's text in one style, split by script and by highlighted spans; `breaks`: offsets where a new
 *  line starts (a long title's wrap). */
export function textRuns(
  text: string,
  style: RunStyle,
  highlights: readonly HighlightSpan[] = [],
  breaks: readonly number[] = [],
): TextRun[] {
  return highlightPieces(text, highlights, breaks).flatMap(([piece, highlighted, newLine]) =>
    scriptSegments(piece, style).map(
      (s, k) =>
        new TextRun({
          text: s.text,
          ...s.props,
          ...(highlighted ? { highlight: "yellow" as const } : {}),
          ...(newLine && k === 0 ? { break: 1 } : {}),
        }),
    ),
  );
}
