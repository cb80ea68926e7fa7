// The hash by which the same speech is recognised whatever file it came in: UTF-8 or GB18030 text, a .docx, with
// other line breaks or a page's chrome around it. It is taken over the kept paragraphs' text (already normalised:
// full-width forms, Simplified script) with every space and line break removed, so that neither the encoding nor
// where the format broke the lines changes it.
import { createHash } from "node:crypto";
import type { MinedSpeech } from "./types";

/** null when the file kept no text (nothing to recognise it by). */
export function contentHash(speeches: MinedSpeech[]): string | null {
  const text = speeches
    .flatMap((s) => s.blocks.map((b) => b.text))
    .join("")
    .replace(/\s+/g, "");
  return text ? createHash("sha256").update(text, "utf8").digest("hex") : null;
}
