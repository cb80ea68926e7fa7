// The speech as plain text for WeChat or the OA system: the printed model (print-blocks.ts) line by line, numbers
// written out and no styling, like the composer's 复制为纯文本. No blank lines: the pasted-into system adds its own
// paragraph spacing, and blank lines there would have to be deleted by hand.
import type { NumberingStyles } from "../speech-doc/numbering";
import type { SpeechDoc } from "../speech-doc/types";
import type { ExportOptions } from "./options";
import { printBlocks } from "./print-blocks";

export function speechExportText(
  doc: SpeechDoc,
  numbering: NumberingStyles,
  day: string | null,
  options: Pick<ExportOptions, "speakerLine" | "draftMark">,
): string {
  return printBlocks(doc, { numbering }, options, day)
    .flatMap((b) => (b.kind === "blank" ? [] : b.kind === "heading" ? [b.number + b.text] : [b.text]))
    .join("\n");
}
