"use client";
// 我的模板 in 新建讲话稿: the outline templates the clerk saved from speeches (an administrator also sees the
// others'), each deletable by its author or an administrator after a second click, with a preview.
import { useEffect, useState } from "react";
import { api } from "@/components/ui/api-client";
import { ErrorText } from "@/components/ui/form-controls";
import { formatDayOf } from "@/components/ui/format-date";
import type { SavedOutlineTemplate } from "@/lib/outline-templates/types";
import { ChosenTemplate } from "./template-preview";

export function SavedTemplatePicker({
  value,
  onChange,
}: {
  value: string | null;
  onChange: (id: string | null) => void;
}) {
  const [templates, setTemplates] = useState<SavedOutlineTemplate[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    api<{ templates: SavedOutlineTemplate[] }>("/api/outline-templates")
      .then((r) => current && setTemplates(r.templates))
      .catch((err: Error) => current && setError(err.message));
    return () => {
      current = false;
    };
  }, []);

  async function remove(id: string) {
    try {
      await api(`/api/outline-templates/${encodeURIComponent(id)}`, { method: "DELETE" });
      setTemplates((list) => list?.filter((t) => t.id !== id) ?? null);
      if (value === id) onChange(null);
      setConfirming(null);
      setError(null);
    } catch (err) {
      setError((err as Error).message);
    }
  }

  const chosen = templates?.find((t) => t.id === value);
  return (
    <div className="grid gap-3 rounded-lg border border-stone-200 bg-stone-50 p-3 sm:grid-cols-[220px_1fr]">
      <div className="space-y-1">
        <ErrorText>{error}</ErrorText>
        {!templates ? (
          error ? null : (
            <p className="text-sm text-stone-500">正在加载…</p>
          )
        ) : templates.length === 0 ? (
          <p className="text-sm text-stone-500" data-testid="saved-templates-empty">
            还没有保存的模板。在组稿页面的提纲下点“存为提纲模板”，就能把一篇讲话稿的提纲存到这里。
          </p>
        ) : (
          <ul role="radiogroup" aria-label="我的模板" className="max-h-56 space-y-1 overflow-y-auto">
            {templates.map((t) => (
              <li key={t.id} className="flex items-start gap-2 text-sm">
                <label className="flex min-w-0 flex-1 cursor-pointer items-start gap-2">
                  <input
                    type="radio"
                    name="saved-template"
                    className="mt-1"
                    checked={value === t.id}
                    onChange={() => onChange(t.id)}
                  />
                  <span className="min-w-0">
                    <span className="block font-medium">{t.name}</span>
                    <span className="block text-xs text-stone-500">
                      {t.headings.length} 个标题 · {formatDayOf(t.createdAt)}
                      {t.mine ? "" : ` · ${t.createdBy?.displayName ?? "已删除的用户"}保存`}
                    </span>
                  </span>
                </label>
                {t.canDelete ? (
                  confirming === t.id ? (
                    <span className="flex shrink-0 gap-1 text-xs">
                      <button type="button" className="text-brand-700 underline" onClick={() => void remove(t.id)}>
                        确认删除
                      </button>
                      <button type="button" className="underline" onClick={() => setConfirming(null)}>
                        取消
                      </button>
                    </span>
                  ) : (
                    <button
                      type="button"
                      aria-label={`删除模板“${t.name}”`}
                      className="shrink-0 text-xs text-stone-500 underline"
                      onClick={() => setConfirming(t.id)}
                    >
                      删除
                    </button>
                  )
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </div>
      {chosen ? (
        <div className="space-y-1">
          <ChosenTemplate headings={chosen.headings} />
        </div>
      ) : null}
    </div>
  );
}
