// What the stages that drop a whole unit of a page (a cover note, a poster's aside, a teaser) share: the unit's size
// and text, and its report as removed.
import type { ParsedSpeech, Removed } from "./types";

/** Reports a whole unit as removed: its title (the title's own line is not kept by the parser: the first block's
 *  line stands for it), then each block. */
export function reportRemoved(s: ParsedSpeech, reason: string, removed: Removed[]): void {
  const lineNo = s.blocks[0]?.lineNo ?? 0;
  if (s.title) removed.push({ text: s.title, reason, lineNo });
  // The lines read as its speaker, date and salutation go with it (写在前面 under a blog's headline reads as a speaker).
  for (const line of [s.speaker, s.date, s.salutation]) if (line) removed.push({ text: line, reason, lineNo });
  for (const b of s.blocks) removed.push({ text: b.text, reason, lineNo: b.lineNo });
}

/** The characters of a speech's blocks. */
export const size = (s: ParsedSpeech) => s.blocks.reduce((n, b) => n + b.text.length, 0);

export function speechText(s: ParsedSpeech): string {
  return s.blocks.map((b) => b.text).join("\n");
}
