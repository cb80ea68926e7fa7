// A page shown in two scripts at once (a converter's 双语对照 mode, a bilingual notice): a line in Traditional
// characters right above or below the same line in Simplified. Converted to Simplified, the two read alike, and the
// speech would say each sentence twice; the Traditional original is the one set aside.
import type { Removed, SourceLine } from "./types";

export const REASON_SCRIPT_ORIGINAL = "繁体原文（双语对照）";

/** The line as read for the comparison: corner quotes as the Simplified text writes them, no spaces. */
const comparable = (t: string) =>
  t
    .replace(/[「『]/g, (q) => (q === "「" ? "“" : "‘"))
    .replace(/[」』]/g, (q) => (q === "」" ? "”" : "’"))
    .replace(/\s+/g, "");

/** A line this short (a bare word, a date) may well be said twice; a pair needs a phrase. */
const MIN_HAN = 4;
const hanCount = (t: string) => t.match(/\p{Script=Han}/gu)?.length ?? 0;

/** The converted lines without each Traditional original that stands next to its Simplified rendering: two adjacent
 *  lines that differed as written, read alike once converted, and of which only the one changed by conversion. A
 *  speech that says a line twice wrote it the same way twice, and both copies stay. */
export function withoutScriptOriginals(
  written: SourceLine[],
  converted: SourceLine[],
): { lines: SourceLine[]; removed: Removed[] } {
  const original = new Set<number>();
  for (let i = 0; i + 1 < converted.length; i++) {
    const [a, b] = [written[i]!.text, written[i + 1]!.text];
    const [ca, cb] = [converted[i]!.text, converted[i + 1]!.text];
    if (a === b || hanCount(ca) < MIN_HAN || comparable(ca) !== comparable(cb)) continue;
    const aChanged = a !== ca;
    const bChanged = b !== cb;
    if (aChanged !== bChanged) original.add(aChanged ? i : i + 1);
  }
  if (!original.size) return { lines: converted, removed: [] };
  const removed = [...original].map((i) => ({
    text: written[i]!.text.trim(),
    reason: REASON_SCRIPT_ORIGINAL,
    lineNo: written[i]!.lineNo,
  }));
  return { lines: converted.filter((_, i) => !original.has(i)), removed };
}
