"use client";
// 语料中的常见结构 in 新建讲话稿: the shapes most corpus speeches follow (形势分析 — 隐患排查 — 责任落实), with how many
// follow each and the headings of the most typical one as a preview.
import { useEffect, useState } from "react";
import { api } from "@/components/ui/api-client";
import { ErrorText } from "@/components/ui/form-controls";
import type { MinedOutlineTemplates } from "@/lib/outline-templates/types";
import { ChosenTemplate } from "./template-preview";

export function MinedTemplatePicker({ value, onChange }: { value: string | null; onChange: (key: string) => void }) {
  const [data, setData] = useState<MinedOutlineTemplates | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    api<MinedOutlineTemplates>("/api/outline-templates/mined")
      .then((r) => current && setData(r))
      .catch((err: Error) => current && setError(err.message));
    return () => {
      current = false;
    };
  }, []);

  const chosen = data?.templates.find((t) => t.shapeKey === value);
  return (
    <div className="grid gap-3 rounded-lg border border-stone-200 bg-stone-50 p-3 sm:grid-cols-[240px_1fr]">
      <div className="space-y-1">
        <ErrorText>{error}</ErrorText>
        {!data ? (
          error ? null : (
            <p className="text-sm text-stone-500">正在分析语料…</p>
          )
        ) : data.templates.length === 0 ? (
          <p className="text-sm text-stone-500" data-testid="mined-templates-empty">
            {data.corpusSpeeches
              ? `语料中的 ${data.corpusSpeeches} 篇讲话还没有两篇以上采用同一结构。`
              : "语料中还没有讲话，请先导入语料。"}
          </p>
        ) : (
          <ul role="radiogroup" aria-label="语料中的常见结构" className="max-h-56 space-y-1 overflow-y-auto">
            {data.templates.map((t) => (
              <li key={t.shapeKey}>
                <label className="flex cursor-pointer items-start gap-2 text-sm">
                  <input
                    type="radio"
                    name="mined-template"
                    className="mt-1"
                    checked={value === t.shapeKey}
                    onChange={() => onChange(t.shapeKey)}
                  />
                  <span>
                    <span className="block font-medium">{t.shape.join(" — ")}</span>
                    <span className="block text-xs text-stone-500">{t.speechCount} 篇语料讲话采用这一结构</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        )}
      </div>
      {chosen ? (
        <div className="space-y-1">
          <p className="text-xs text-stone-500">最典型的一篇：{chosen.representative.title ?? "（无标题）"}</p>
          <ChosenTemplate headings={chosen.headings} />
        </div>
      ) : null}
    </div>
  );
}
