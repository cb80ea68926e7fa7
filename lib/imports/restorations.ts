// Restored abbreviations (zf → 政府) are not noise: the miner put a word back, it did not take text out. The miner
// reports them among its removals with a reason 「屏蔽缩写还原：zf→政府」 (lib/mining/noise-fragments.ts); the report
// lists them apart, each with the words around it in the file, so the clerk can check the restored word fits.
import type { Removed } from "../mining/types";

export type Restoration = {
  /** As written in the file, e.g. zf */
  original: string;
  /** The word put back, e.g. 政府 */
  restored: string;
  lineNo: number | null;
  /** The text around it in the file, the abbreviation itself between before and after */
  before: string;
  after: string;
};

const RESTORED_RE = /还原[：:]\s*(.+?)\s*(?:→|->)\s*(.+)$/;
const CONTEXT_CHARS = 20;

export const isRestoration = (r: Removed): boolean => RESTORED_RE.test(r.reason);

/** The restorations among a file's removals, with their context from the file's text (one line per lineNo). */
export function restorationsOf(removed: Removed[], rawText: string): Restoration[] {
  const lines = rawText.split("\n");
  // The same abbreviation several times on one line: each report takes the next occurrence.
  const searchFrom = new Map<string, number>();
  const out: Restoration[] = [];
  for (const r of removed) {
    const m = RESTORED_RE.exec(r.reason);
    if (!m) continue;
    const original = r.text || m[1]!;
    const restored = m[2]!;
    const line = r.lineNo !== undefined ? (lines[r.lineNo - 1] ?? "") : "";
    const key = `${r.lineNo}\u0000${original}`;
    const at = line.indexOf(original, searchFrom.get(key) ?? 0);
    if (at >= 0) searchFrom.set(key, at + original.length);
    out.push({
      original,
      restored,
      lineNo: r.lineNo ?? null,
      before: at >= 0 ? line.slice(Math.max(0, at - CONTEXT_CHARS), at).trimStart() : "",
      after: at >= 0 ? line.slice(at + original.length, at + original.length + CONTEXT_CHARS).trimEnd() : "",
    });
  }
  return out;
}
