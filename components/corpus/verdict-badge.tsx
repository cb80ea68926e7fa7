import type { FileVerdict, VerdictLevel } from "@/lib/imports/file-verdict";

const LEVEL_STYLE: Record<VerdictLevel, string> = {
  好: "bg-green-50 text-green-800 border-green-200",
  需要检查: "bg-amber-50 text-amber-800 border-amber-200",
  失败: "bg-red-50 text-red-800 border-red-200",
};

/** A file's quality verdict (好 / 需要检查 / 失败) and, below it, each reason in a line, then the notes in grey. */
export function VerdictBadge({ verdict, reviewed }: { verdict: FileVerdict; reviewed?: boolean }) {
  return (
    <div data-testid="file-verdict">
      <span
        className={`inline-block rounded border px-2 py-0.5 text-xs font-medium ${LEVEL_STYLE[verdict.level]}`}
        data-testid="verdict-level"
      >
        {verdict.level}
        {reviewed ? "（已人工检查）" : ""}
      </span>
      {verdict.reasons.length && verdict.level !== "失败" ? (
        <ul className="mt-1 list-disc pl-5 text-xs text-stone-700" data-testid="verdict-reasons">
          {verdict.reasons.map((r) => (
            <li key={r.code}>{r.message}</li>
          ))}
        </ul>
      ) : null}
      {verdict.notes?.length && verdict.level !== "失败" ? (
        <ul className="mt-1 list-disc pl-5 text-xs text-stone-500" data-testid="verdict-notes">
          {verdict.notes.map((r) => (
            <li key={r.code}>{r.message}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
