// An office system's per-reader watermark (中岳能源内部资料 严禁外传 孙晓雯 08731), printed as a band on lines of its own
// again and again, and once in a while copied into a sentence where the band crossed it. The band's own lines are the
// page rules' (noise-office-records.ts); the same words inside a line of text are cut there.
import { cut, type Ctx } from "./noise-fragments";
import { escapeRegExp } from "./escape-regexp";
import { INTERNAL_MARK, isInternalMark } from "./noise-office-records";

/** A band this often on lines of its own is the page's; its words inside a sentence are the band again. */
const MIN_BANDS = 2;
const MIN_BAND_CHARS = 8;

/** The page's watermark bands (whole lines that carry a classification word and recur), as one pattern whose
 *  characters may be parted by spaces; null when there are none. */
export function internalBands(lines: { text: string }[]): RegExp | null {
  const counts = new Map<string, number>();
  for (const l of lines) {
    const t = l.text.replace(/\s+/g, "");
    if (t.length >= MIN_BAND_CHARS && isInternalMark(l.text.trim())) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  const bands = [...counts].filter(([, n]) => n >= MIN_BANDS).map(([t]) => t);
  if (!bands.length) return null;
  const spaced = (t: string) => [...t].map(escapeRegExp).join("\\s*");
  return new RegExp(
    bands
      .sort((a, b) => b.length - a.length)
      .map(spaced)
      .join("|"),
    "g",
  );
}

/** Cuts a band's words from inside a line of text (a line that is the band alone is left to the page rules). */
export function cutInternalBands(text: string, bands: RegExp, lineNo: number, ctx: Ctx): string {
  return cut(text, bands, INTERNAL_MARK, lineNo, ctx, (m) => m.trim() === text.trim());
}
