import { removeNoise } from "../mining/noise";
import { normaliseText } from "../mining/normalise";
import type { Removed, SourceLine } from "../mining/types";

/** A page's text as the miner reads it: normalised, then one numbered line per line. */
export function pageLines(text: string): SourceLine[] {
  return normaliseText(text)
    .split("\n")
    .map((line, i) => ({ text: line, lineNo: i + 1 }));
}

/** What the noise pass keeps of a page (its non-blank lines, trimmed) and what it removes. */
export function removeNoiseFromPage(page: string | string[]): { kept: string[]; removed: Removed[] } {
  const result = removeNoise(pageLines(Array.isArray(page) ? page.join("\n") : page));
  return { kept: result.lines.map((l) => l.text.trim()).filter(Boolean), removed: result.removed };
}

/** Only the kept lines: for tests about what must survive. */
export const keptLines = (page: string | string[]): string[] => removeNoiseFromPage(page).kept;

/** Why the noise pass removed one line of a page, or undefined when it kept it. */
export function removalReason(removed: Removed[], line: string): string | undefined {
  return removed.find((r) => r.text === normaliseText(line).trim())?.reason;
}
