import type { ImportTotals } from "@/lib/corpus/import-files";

function Stat({ label, value, tone }: { label: string; value: number; tone?: "warn" | "error" }) {
  const colour = tone === "error" && value ? "text-red-700" : tone === "warn" && value ? "text-amber-700" : "";
  return (
    <div className="rounded-lg border border-stone-200 bg-white px-4 py-3">
      <p className="text-xs text-stone-500">{label}</p>
      <p className={`text-2xl font-semibold ${colour}`} data-testid={`stat-${label}`}>
        {value}
      </p>
    </div>
  );
}

/** The import's outcome in one sentence: how many files went in, wait for review, failed, repeated or were dropped. */
export function importOutcome(t: ImportTotals): string {
  const parts = [
    `${t.imported} 个已导入${t.importedToCheck ? `（其中 ${t.importedToCheck} 个需要检查）` : ""}`,
    t.review ? `${t.review} 个需要检查（尚未入库）` : "",
    t.failed ? `${t.failed} 个失败` : "",
    t.duplicates ? `${t.duplicates} 个重复，已跳过` : "",
    t.discarded ? `${t.discarded} 个检查后放弃` : "",
  ].filter(Boolean);
  return `${t.files} 个文件：${parts.join("，")}。`;
}

export function ImportHeadline({ totals: t }: { totals: ImportTotals }) {
  return (
    <div className="space-y-3">
      <p
        className={`rounded-md px-3 py-2 text-sm ${t.failed || t.review ? "bg-amber-50 text-amber-900" : "bg-green-50 text-green-900"}`}
        data-testid="import-outcome"
      >
        {importOutcome(t)}
      </p>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-4 lg:grid-cols-5">
        <Stat label="导入文件" value={t.imported} />
        <Stat label="需要检查" value={t.review} tone="warn" />
        <Stat label="失败" value={t.failed} tone="error" />
        <Stat label="讲话" value={t.speeches} />
        <Stat label="段落" value={t.blocks} />
        <Stat label="新增素材" value={t.newBlocks} />
        <Stat label="合并重复" value={t.exactRepeats} />
        <Stat label="近似归组" value={t.nearDuplicates} />
        <Stat label="清除杂质" value={t.removed} />
        <Stat label="还原缩写" value={t.restored} />
      </div>
    </div>
  );
}
