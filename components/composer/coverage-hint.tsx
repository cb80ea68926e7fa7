"use client";
// Beside the outline: the usual parts this speech lacks compared with corpus speeches of the same meeting type
// (缺少 责任落实：语料中 90% 的同类讲话有这一部分), each opening the library panel on that category. Read from the
// server for the text as saved, again after each save.
import { memo, useEffect, useState } from "react";
import { api } from "@/components/ui/api-client";
import { MIN_COMPARABLE, sharePercent } from "@/lib/outline-templates/coverage";
import type { CoverageHint as Coverage } from "@/lib/outline-templates/types";

export const CoverageHint = memo(function CoverageHint({
  speechId,
  savedAt,
  onOpenCategory,
}: {
  speechId: string;
  /** When the speech was last saved: the hint is read again after each save. */
  savedAt: number | null;
  onOpenCategory: (key: string) => void;
}) {
  const [coverage, setCoverage] = useState<Coverage | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    api<{ coverage: Coverage }>(`/api/speeches/${encodeURIComponent(speechId)}/coverage`)
      .then((r) => {
        if (!current) return;
        setCoverage(r.coverage);
        setError(null);
      })
      .catch((err: Error) => current && setError(err.message));
    return () => {
      current = false;
    };
  }, [speechId, savedAt]);

  if (error) return <p className="text-xs text-stone-500">结构提示暂不可用：{error}</p>;
  if (!coverage) return null;
  const kind = coverage.wholeCorpus ? "讲话" : "同类讲话";
  return (
    <section
      aria-label="结构提示"
      className="space-y-1 border-t border-stone-200 pt-3 text-sm"
      data-testid="coverage-hint"
    >
      <h3 className="font-medium text-stone-700">结构提示</h3>
      <p className="text-xs text-stone-500">
        {coverage.comparedWith === 0
          ? "语料中还没有讲话，无法比较。"
          : coverage.wholeCorpus
            ? `${coverage.meetingType ? `语料中${coverage.meetingType}的讲话` : "会议类型不明，同类讲话"}不足 ${MIN_COMPARABLE} 篇，按全部 ${coverage.comparedWith} 篇语料讲话比较。`
            : `按语料中 ${coverage.comparedWith} 篇${coverage.meetingType}讲话比较。`}
      </p>
      {coverage.comparedWith > 0 && coverage.missing.length === 0 ? (
        <p className="text-xs text-stone-600">常见的部分都有了。</p>
      ) : null}
      <ul className="space-y-1">
        {coverage.missing.map((m) => (
          <li key={m.categoryId}>
            <button
              type="button"
              onClick={() => onOpenCategory(m.key)}
              title={`在素材栏打开“${m.name}”类素材`}
              className="w-full rounded bg-amber-50 px-2 py-1 text-left text-xs text-amber-900 hover:bg-amber-100"
            >
              缺少 {m.name}：语料中 {sharePercent(m.share)} 的{kind}有这一部分
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
});
