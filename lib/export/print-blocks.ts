// The speech as the print view lays it out: one block per printed paragraph, in order, with heading numbers
// written out (from headingNumbers, as in the editor and the DOCX) and the options applied (the draft mark first,
// the speaker line only when chosen). Empty nodes print nothing, as in the plain-text copy.
import { nodeText } from "../speech-doc/doc-text";
import { headingNumbers } from "../speech-doc/numbering";
import { NODE, type HeadingLevel, type SpeechDoc, type SpeechSettings } from "../speech-doc/types";
import type { ExportOptions } from "./options";

export type PrintBlock =
  | { kind: "mark" | "title" | "byline" | "salutation" | "paragraph"; text: string }
  | { kind: "heading"; level: HeadingLevel; number: string; text: string };

export function printBlocks(
  doc: SpeechDoc,
  settings: Pick<SpeechSettings, "numbering">,
  options: Pick<ExportOptions, "speakerLine" | "draftMark">,
): PrintBlock[] {
  const levels: HeadingLevel[] = [];
  for (const node of doc.content) if (node.type === NODE.heading) levels.push(node.attrs.level);
  const numbers = headingNumbers(levels, settings.numbering);
  let h = 0;

  const blocks: PrintBlock[] = options.draftMark ? [{ kind: "mark", text: options.draftMark }] : [];
  for (const node of doc.content) {
    // A heading takes its number even when empty, so the numbers of the rest match the editor's.
    const number = node.type === NODE.heading ? numbers[h++]! : "";
    const text = nodeText(node)
      .replace(/\s*\n\s*/g, " ")
      .trim();
    if (!text) continue;
    switch (node.type) {
      case NODE.title:
        blocks.push({ kind: "title", text });
        break;
      case NODE.byline:
        if (options.speakerLine) blocks.push({ kind: "byline", text });
        break;
      case NODE.salutation:
        blocks.push({ kind: "salutation", text });
        break;
      case NODE.heading:
        blocks.push({ kind: "heading", level: node.attrs.level, number, text });
        break;
      default:
        blocks.push({ kind: "paragraph", text });
    }
  }
  return blocks;
}
