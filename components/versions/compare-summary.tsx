// The comparison's summary line: N 处修改, characters added and removed, sections added, removed and moved.
import type { CompareSummary } from "@/lib/speech-doc/compare/types";

export function compareSummaryText(s: CompareSummary): string {
  if (!s.changes) return "两个版本的文字相同。";
  const parts = [`${s.changes} 处修改`, `增加 ${s.insertedChars} 字`, `删除 ${s.deletedChars} 字`];
  if (s.sectionsAdded) parts.push(`新增 ${s.sectionsAdded} 节`);
  if (s.sectionsRemoved) parts.push(`删去 ${s.sectionsRemoved} 节`);
  if (s.sectionsMoved) parts.push(`移动 ${s.sectionsMoved} 节`);
  if (s.moves > s.sectionsMoved) parts.push(`移动段落 ${s.moves - s.sectionsMoved} 处`);
  return parts.join("，") + "。";
}

export function CompareSummaryLine({ summary }: { summary: CompareSummary }) {
  return (
    <p data-testid="compare-summary" role="status" className="rounded-md bg-stone-100 px-3 py-2 text-sm">
      {compareSummaryText(summary)}
    </p>
  );
}
