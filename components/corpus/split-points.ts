// Where the clerk may split a paragraph held for review: after each sentence end (。！？；and their ASCII forms)
// and at a run of spaces (paragraphs a page joined with spaces). Offsets index the block's text, as the split
// route expects.
const SENTENCE_END = /[。！？；!?;]["”’」』）)]*/g;

export type TextPiece = {
  text: string;
  /** offset where a split may be made after this piece, or null (the end) */ cutAfter: number | null;
};

export function splitPieces(text: string): TextPiece[] {
  const cuts = new Set<number>();
  for (const m of text.matchAll(SENTENCE_END)) cuts.add(m.index + m[0].length);
  for (const m of text.matchAll(/\s+/g)) if (m.index > 0) cuts.add(m.index);
  const inside = [...cuts].filter((c) => c > 0 && c < text.length && text.slice(c).trim()).sort((a, b) => a - b);
  const pieces: TextPiece[] = [];
  let from = 0;
  for (const c of inside) {
    pieces.push({ text: text.slice(from, c), cutAfter: c });
    from = c;
  }
  pieces.push({ text: text.slice(from), cutAfter: null });
  return pieces;
}
