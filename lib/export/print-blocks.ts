// The speech as it is printed: one block per printed line-group, in order, with heading numbers written out (from
// headingNumbers, as in the editor), the options applied (the draft mark first, the speaker and date lines only
// when chosen), full-width punctuation beside Chinese, and one blank line after the front matter. The one model
// behind the DOCX export and the print view, so the file and the printed page say the same thing.
import { nodeText } from "../speech-doc/doc-text";
import { headingNumbers, type NumberingStyles } from "../speech-doc/numbering";
import { NODE, type HeadingLevel, type SpeechDoc } from "../speech-doc/types";
import { chineseDay, namesADay } from "../speech-doc/written-date";
import { withFullWidthPunctuation } from "./full-width-punctuation";
import type { ExportOptions } from "./options";

type FromNode = { nodeIndex: number; text: string };
export type PrintBlock =
  | ({ kind: "title" | "byline" | "salutation" | "paragraph" } & FromNode)
  | ({ kind: "heading"; level: HeadingLevel; number: string } & FromNode)
  | { kind: "mark" | "date"; text: string }
  | { kind: "blank" };

/** A line break inside a node (with the spaces around it) prints as one space. */
export const collapseLineBreaks = (text: string) => text.replace(/\s*\n\s*/g, " ");

/**
 * `day` ("2024-03-01") is printed as （2024年3月1日） under the speaker line (or the title, when there is no
 * speaker), unless the speaker line already names a date or the options leave the speaker line out.
 */
export function printBlocks(
  source: SpeechDoc,
  settings: { numbering: NumberingStyles },
  options: Pick<ExportOptions, "speakerLine" | "draftMark">,
  day: string | null = null,
): PrintBlock[] {
  const doc = withFullWidthPunctuation(source);
  const levels: HeadingLevel[] = [];
  for (const node of doc.content) if (node.type === NODE.heading) levels.push(node.attrs.level);
  const numbers = headingNumbers(levels, settings.numbering);
  let h = 0;

  const text = (i: number) => collapseLineBreaks(nodeText(doc.content[i]!)).trim();
  const bylineAt = doc.content.findIndex((n) => n.type === NODE.byline);
  const byline = options.speakerLine && bylineAt >= 0 ? text(bylineAt) : "";
  const date = options.speakerLine && day && !namesADay(byline) ? `（${chineseDay(day)}）` : null;

  const blocks: PrintBlock[] = options.draftMark ? [{ kind: "mark", text: options.draftMark }] : [];
  let frontDone = false;
  const endFront = () => {
    if (frontDone) return;
    frontDone = true;
    if (blocks.some((b) => b.kind === "title" || b.kind === "byline" || b.kind === "date"))
      blocks.push({ kind: "blank" });
  };
  doc.content.forEach((node, nodeIndex) => {
    // A heading takes its number even when empty, so the numbers of the rest match the editor's.
    const number = node.type === NODE.heading ? numbers[h++]! : "";
    const t = text(nodeIndex);
    if (node.type !== NODE.title && node.type !== NODE.byline) endFront();
    if (t) {
      if (node.type === NODE.heading)
        blocks.push({ kind: "heading", level: node.attrs.level, number, text: t, nodeIndex });
      else if (node.type === NODE.title) blocks.push({ kind: "title", text: t, nodeIndex });
      else if (node.type === NODE.byline) {
        if (options.speakerLine) blocks.push({ kind: "byline", text: t, nodeIndex });
      } else if (node.type === NODE.salutation) blocks.push({ kind: "salutation", text: t, nodeIndex });
      else blocks.push({ kind: "paragraph", text: t, nodeIndex });
    }
    // The date goes under the speaker line, or under the title when there is no speaker.
    if (date && node.type === (byline ? NODE.byline : NODE.title)) blocks.push({ kind: "date", text: date });
  });
  endFront();
  return blocks;
}
