// Blocks are plain text (never HTML): what a person types or pastes is reduced to characters and line breaks.

// C0 and C1 controls other than tab and line feed, zero-width and byte-order marks, bidi overrides, and the
// noncharacters U+FFFE / U+FFFF (no DOCX may hold them).
const INVISIBLE =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200d\u2060\ufeff\u202a-\u202e\u2066-\u2069\ufffe\uffff]/g;

/** Normalises line breaks to \n, drops control and invisible characters, trims trailing spaces of lines and the ends. */
export function cleanBlockText(text: string): string {
  return text
    .replace(/\r\n?|[\u2028\u2029]/g, "\n")
    .replace(INVISIBLE, "")
    .replace(/[ \t\u3000]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** A tag: one line, no controls, inner runs of spaces collapsed. */
export function cleanTag(tag: string): string {
  return tag.replace(INVISIBLE, "").replace(/\s+/g, " ").trim();
}

/** Length as a person counts it: Unicode code points (汉字 and emoji count one each). */
export const textLength = (text: string) => [...text].length;
