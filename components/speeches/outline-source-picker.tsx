"use client";
// Picks the speech a new one starts from: a corpus speech (its outline) or an earlier speech (its outline, or a
// copy of it). Searches /api/speeches/outline-sources as the user types; the newest request wins.
import { useEffect, useState } from "react";
import { api } from "@/components/ui/api-client";
import { ErrorText } from "@/components/ui/form-controls";
import { formatDay, formatDayOf } from "@/components/ui/format-date";
import type { OutlineSources } from "@/lib/speeches/types";
import { MAX_OUTLINE_SOURCE_QUERY } from "@/lib/speeches/limits";

const TYPING_DELAY_MS = 250;

export type PickedSource = { id: string; title: string };

export function OutlineSourcePicker({
  kind,
  needsOutline,
  value,
  onChange,
}: {
  /** corpus: speeches mined from the corpus; speech: speeches written here. */
  kind: "corpus" | "speech";
  /** Only an outline is taken: a speech without headings cannot be chosen. */
  needsOutline: boolean;
  value: PickedSource | null;
  onChange: (v: PickedSource | null) => void;
}) {
  const [query, setQuery] = useState("");
  const [data, setData] = useState<{ for: string; sources: OutlineSources } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    const q = query.trim();
    const t = setTimeout(
      () => {
        api<OutlineSources>(`/api/speeches/outline-sources${q ? `?q=${encodeURIComponent(q)}` : ""}`)
          .then((sources) => {
            if (!current) return;
            setData({ for: q, sources });
            setError(null);
          })
          .catch((err: Error) => current && setError(err.message));
      },
      q ? TYPING_DELAY_MS : 0,
    );
    return () => {
      current = false;
      clearTimeout(t);
    };
  }, [query]);

  const items =
    kind === "corpus"
      ? (data?.sources.corpus ?? []).map((c) => ({
          id: c.id,
          title: c.title ?? c.fileName,
          detail: [c.speaker, c.date ? formatDay(c.date) : null, c.title ? c.fileName : null]
            .filter(Boolean)
            .join(" · "),
          headingCount: c.headingCount,
        }))
      : (data?.sources.speeches ?? []).map((s) => ({
          id: s.id,
          title: s.title,
          detail: [s.speaker, s.meetingTitle, `修改于 ${formatDayOf(s.updatedAt)}`].filter(Boolean).join(" · "),
          headingCount: s.headingCount,
        }));
  const label = kind === "corpus" ? "搜索语料中的讲话" : "搜索以前的讲话稿";

  return (
    <div className="space-y-2 rounded-lg border border-stone-200 bg-stone-50 p-3">
      <input
        type="search"
        aria-label={label}
        placeholder={kind === "corpus" ? `${label}（标题或文件名）` : `${label}（标题）`}
        value={query}
        maxLength={MAX_OUTLINE_SOURCE_QUERY}
        onChange={(e) => setQuery(e.target.value)}
        className="w-full rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm focus:border-brand-600 focus:outline-none"
      />
      <ErrorText>{error}</ErrorText>
      {!data ? (
        <p className="text-sm text-stone-500">正在加载…</p>
      ) : items.length === 0 ? (
        <p className="text-sm text-stone-500" data-testid="outline-source-empty">
          {data.for
            ? "没有找到匹配的讲话。"
            : kind === "corpus"
              ? "语料中还没有讲话，请先导入语料。"
              : "还没有其他讲话稿。"}
        </p>
      ) : (
        <ul
          role="radiogroup"
          aria-label={kind === "corpus" ? "语料中的讲话" : "以前的讲话稿"}
          className="max-h-48 space-y-1 overflow-y-auto"
        >
          {items.map((item) => {
            const disabled = needsOutline && item.headingCount === 0;
            return (
              <li key={item.id}>
                <label
                  className={`flex cursor-pointer items-start gap-2 rounded-md px-2 py-1.5 text-sm ${
                    value?.id === item.id ? "bg-brand-50 ring-1 ring-brand-600" : "hover:bg-white"
                  } ${disabled ? "cursor-not-allowed opacity-50" : ""}`}
                >
                  <input
                    type="radio"
                    name={`outline-source-${kind}`}
                    className="mt-1"
                    checked={value?.id === item.id}
                    disabled={disabled}
                    onChange={() => onChange({ id: item.id, title: item.title })}
                  />
                  <span className="min-w-0">
                    <span className="block font-medium text-stone-800">{item.title}</span>
                    <span className="block text-xs text-stone-500">
                      {item.detail ? `${item.detail} · ` : ""}
                      {item.headingCount ? `${item.headingCount} 个标题` : "没有标题"}
                    </span>
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
