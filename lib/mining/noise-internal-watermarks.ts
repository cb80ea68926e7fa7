// An office system's per-reader watermark (中岳能源内部资料 严禁外传 孙晓雯 08731), printed as a band on lines of its own
// again and again, and once in a while copied into a sentence where the band crossed it. The band's own lines are the
// page rules' (noise-office-records.ts); the same words inside a line of text are cut there.
import { cut, type Ctx } from "./noise-fragments";
import { escapeRegExp } from "./escape-regexp";
import { INTERNAL_MARK, isInternalMark } from "./noise-office-records";

/** A band this often on lines of its own is the page's; its words inside a sentence are the band again. */
const MIN_BANDS = 2;
const MIN_BAND_CHARS = 8;
/** A reader's name and staff number in a band, apart from its other words (… 孙晓雯 08731): what the system stamps
 *  for whoever opened the copy. */
const READER_STAMP_RE = /(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,4}\s*\d{3,8}(?!\d)/;

/** The page's watermark bands (whole lines that carry a classification word and recur), as one pattern whose
 *  characters may be parted by spaces; null when there are none. */
export function internalBands(lines: { text: string }[]): RegExp | null {
  const counts = new Map<string, number>();
  const stamps = new Map<string, string>();
  for (const l of lines) {
    const t = l.text.replace(/\s+/g, "");
    if (t.length < MIN_BAND_CHARS || !isInternalMark(l.text.trim())) continue;
    counts.set(t, (counts.get(t) ?? 0) + 1);
    const stamp = READER_STAMP_RE.exec(l.text)?.[0];
    if (stamp) stamps.set(t, stamp.replace(/\s+/g, ""));
  }
  const bands = [...counts].filter(([, n]) => n >= MIN_BANDS).map(([t]) => t);
  if (!bands.length) return null;
  const spaced = (t: string) => [...t].map(escapeRegExp).join("\\s*");
  // The reader's stamp alone (【孙晓雯 08731】), in the square brackets a system sets into a sentence: the band again.
  // Round brackets are the writer's own (表现突出的（孙晓雯 08731）等同志): a speech may name the reader so.
  const bracketed = bands.flatMap((t) => {
    const stamp = stamps.get(t);
    return stamp ? [`[【\\[]\\s*${spaced(stamp)}\\s*[】\\]]`] : [];
  });
  return new RegExp([...bands.sort((a, b) => b.length - a.length).map(spaced), ...new Set(bracketed)].join("|"), "g");
}

/** Cuts a band's words from inside a line of text (a line that is the band alone is left to the page rules). */
export function cutInternalBands(text: string, bands: RegExp, lineNo: number, ctx: Ctx): string {
  return cut(text, bands, INTERNAL_MARK, lineNo, ctx, (m) => m.trim() === text.trim());
}
