// The speech as plain text: "copy as text" now, the compare view, and later the export's text. Headings get their
// computed numbers written out (一、提高认识), since the numbers exist only as widgets in the editor.
// One line per node with a single newline between them and no blank lines or indentation: clerks paste this into
// WeChat, the OA system or Word, which add their own paragraph spacing and first-line indent, and blank lines
// there would have to be deleted by hand.
import { nodeText } from "./doc-text";
import { headingNumbers } from "./numbering";
import { DEFAULT_SETTINGS, NODE, type HeadingNode, type SpeechDoc, type SpeechSettings } from "./types";

/** The numbers of the doc's headings, in document order of content indices. */
function numbersByIndex(doc: SpeechDoc, styles: SpeechSettings["numbering"]): Map<number, string> {
  const indices: number[] = [];
  doc.content.forEach((node, i) => {
    if (node.type === NODE.heading) indices.push(i);
  });
  const numbers = headingNumbers(
    indices.map((i) => (doc.content[i] as HeadingNode).attrs.level),
    styles,
  );
  return new Map(indices.map((index, k) => [index, numbers[k]!]));
}

/**
 * Title, speaker line, salutation, numbered headings and paragraphs, one per line in document order. Empty nodes
 * are left out (an empty heading still takes its number, as on screen, but prints nothing); text is trimmed.
 */
export function speechPlainText(
  doc: SpeechDoc,
  settings: Pick<SpeechSettings, "numbering"> = DEFAULT_SETTINGS,
): string {
  const numbers = numbersByIndex(doc, settings.numbering ?? DEFAULT_SETTINGS.numbering);
  const lines: string[] = [];
  doc.content.forEach((node, i) => {
    const text = nodeText(node)
      .replace(/\s*\n\s*/g, " ")
      .trim();
    if (!text) return;
    lines.push(node.type === NODE.heading ? numbers.get(i)! + text : text);
  });
  return lines.join("\n");
}
