// Page footers (第1页共10页, — 2 —) cut out of the middle of a line by the noise stage: the line's two halves are
// one sentence again, and the report says where that happened.
import type { InferredSplit, Removed, SourceLine } from "./types";

export const REASON_INLINE_FOOTER = "删除夹在句中的页脚";

/** One entry per kept line that had a page footer cut out of it (a footer alone on its line is a plain removal). */
export function inlineFooterCuts(removed: Removed[], kept: SourceLine[]): InferredSplit[] {
  const keptLines = new Set(kept.filter((l) => l.text.trim()).map((l) => l.lineNo));
  const lineNos = new Set<number>();
  for (const r of removed)
    if (r.reason === "页码" && r.lineNo !== undefined && keptLines.has(r.lineNo)) lineNos.add(r.lineNo);
  return [...lineNos].map((lineNo) => ({ lineNo, reason: REASON_INLINE_FOOTER }));
}
