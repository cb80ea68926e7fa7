"use client";
// One tab per category with how many blocks it would show for the current query and other filters.
import type { CategoryOption, Facets } from "./types";

export function CategoryTabs({
  categories,
  counts,
  selected,
  onSelect,
}: {
  categories: CategoryOption[];
  counts: Facets["category"] | undefined;
  selected: string | null;
  onSelect: (id: string | null) => void;
}) {
  const all = counts ? Object.values(counts).reduce((a, b) => a + b, 0) : undefined;
  const tabs = [
    { id: null, label: "全部", count: all },
    ...categories.map((c) => ({ id: c.id, label: c.name, count: counts?.[c.id] ?? (counts ? 0 : undefined) })),
  ];
  if (counts?.none) tabs.push({ id: "none", label: "未分类", count: counts.none });
  return (
    <div role="tablist" aria-label="素材类别" className="flex flex-wrap gap-1 border-b border-stone-200 pb-2">
      {tabs.map((t) => {
        const active = selected === t.id;
        return (
          <button
            key={t.id ?? "all"}
            type="button"
            role="tab"
            aria-selected={active}
            onClick={() => onSelect(t.id)}
            className={`rounded-md px-3 py-1.5 text-sm ${
              active ? "bg-brand-600 text-white" : "text-stone-700 hover:bg-stone-200"
            } ${t.count === 0 && !active ? "text-stone-400" : ""}`}
          >
            {t.label}
            {t.count !== undefined ? (
              <span className={`ml-1 text-xs ${active ? "text-brand-100" : "text-stone-500"}`}>{t.count}</span>
            ) : null}
          </button>
        );
      })}
    </div>
  );
}
