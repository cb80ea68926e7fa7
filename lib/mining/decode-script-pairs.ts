// A page shown in two scripts at once (a converter's 双语对照 mode, a bilingual notice): a line in Traditional
// characters right above or below the same line in Simplified. Converted to Simplified, the two read alike, and the
// speech would say each sentence twice; the Traditional original is the one set aside.
import { hanCharCount } from "./speech-material";
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

/** A converter's bilingual mode pairs every line; a speech in Traditional may quote one line of a Simplified slide
 *  below its own (安全第一，預防為主！ / 安全第一，预防为主！). Only a page with this many pairs is in two scripts. */
const MIN_PAIRS = 3;

/** The converted lines without each Traditional original that stands next to its Simplified rendering (blank lines
 *  between them allowed): two lines that differed as written, read alike once converted, and of which only the one
 *  changed by conversion, on a page where several such pairs alternate. A speech that says a line twice wrote it
 *  the same way twice, and both copies stay. */
export function withoutScriptOriginals(
  written: SourceLine[],
  converted: SourceLine[],
): { lines: SourceLine[]; removed: Removed[] } {
  const original = new Set<number>();
  const filled = converted.flatMap((l, i) => (l.text.trim() ? [i] : []));
  for (let k = 0; k + 1 < filled.length; k++) {
    const [i, j] = [filled[k]!, filled[k + 1]!];
    if (original.has(i)) continue;
    const [a, b] = [written[i]!.text, written[j]!.text];
    const [ca, cb] = [converted[i]!.text, converted[j]!.text];
    if (a === b || hanCharCount(ca) < MIN_HAN || comparable(ca) !== comparable(cb)) continue;
    const aChanged = a !== ca;
    const bChanged = b !== cb;
    if (aChanged !== bChanged) original.add(aChanged ? i : j);
  }
  if (original.size < MIN_PAIRS) return { lines: converted, removed: [] };
  const removed = [...original].map((i) => ({
    text: written[i]!.text.trim(),
    reason: REASON_SCRIPT_ORIGINAL,
    lineNo: written[i]!.lineNo,
  }));
  return { lines: converted.filter((_, i) => !original.has(i)), removed };
}
