// The spaces inside a line that may be paragraph breaks or PDF wraps (spaced-paragraphs.ts).

const GAP_RE = /[ \u3000\u00a0]+/g;
/** Punctuation that cannot open a paragraph: a space before it is not a paragraph break (it may be a wrap). */
const CLOSING_START = /^[，。、；：！？）》”’」』】,.;:!?)%…]/;

export type Gap = { at: number; end: number; beforePunct: boolean };

const isGapCode = (c: number) => c === 0x20 || c === 0x3000 || c === 0xa0;
/** A space after the line's first character (else it has no gap; most lines of a page have none). */
export function spacedAfterStart(text: string): boolean {
  let i = 0;
  while (i < text.length && isGapCode(text.charCodeAt(i))) i++;
  for (; i < text.length; i++) if (isGapCode(text.charCodeAt(i))) return true;
  return false;
}

/** The spaces that may be breaks (not leading or trailing, not between two latin letters/digits). */
export function gapsOf(text: string): Gap[] {
  const gaps: Gap[] = [];
  const first = text.search(/[^ \u3000\u00a0]/);
  if (first < 0) return gaps;
  GAP_RE.lastIndex = first;
  for (let m = GAP_RE.exec(text); m; m = GAP_RE.exec(text)) {
    const end = m.index + m[0].length;
    if (end >= text.length) break;
    const before = text[m.index - 1]!;
    const after = text[end]!;
    if (/[A-Za-z0-9]/.test(before) && /[A-Za-z0-9]/.test(after)) continue;
    gaps.push({ at: m.index, end, beforePunct: CLOSING_START.test(after) });
  }
  return gaps;
}
