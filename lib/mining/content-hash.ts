// The hash by which the same speech is recognised whatever file it came in: UTF-8 or GB18030 text, a .docx, with
// other line breaks or a page's chrome around it. It is taken over what the miner kept, already normalised
// (full-width forms, Simplified script): each speech's title, speaker and date, then its paragraphs, with every
// space and line break removed, so that neither the encoding nor where the format broke the lines changes it,
// while the same text under another title (another meeting's speech) is another document.
import { createHash } from "node:crypto";
import type { MinedSpeech } from "./types";

/** null when the file kept no text (nothing to recognise it by). */
export function contentHash(speeches: MinedSpeech[]): string | null {
  if (!speeches.some((s) => s.blocks.length)) return null;
  const hash = createHash("sha256");
  for (const s of speeches) {
    // A separator no text holds (the unit separator), so that moving a word from title to text changes the hash.
    hash.update([s.title ?? "", s.speaker ?? "", s.date ?? ""].join("\u001f").replace(/\s+/g, "") + "\u001e", "utf8");
    hash.update(s.blocks.map((b) => b.text.replace(/\s+/g, "")).join("") + "\u001d", "utf8");
  }
  return hash.digest("hex");
}
