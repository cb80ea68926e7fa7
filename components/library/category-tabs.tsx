"use client";
// One tab per category with how many blocks it would show for the current query and other filters. A tab's value
// is what the URL carries: the category's key (?category=隐患排查), or "none" for blocks without a category.
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
  onSelect: (key: string | null) => void;
}) {
  const all = counts ? Object.values(counts).reduce((a, b) => a + b, 0) : undefined;
  const tabs = [
    { value: null, label: "全部", count: all },
    ...categories.map((c) => ({ value: c.key, label: c.name, count: counts?.[c.id] ?? (counts ? 0 : undefined) })),
  ];
  if (counts?.none) tabs.push({ value: "none", label: "未分类", count: counts.none });
  return (
    <div role="tablist" aria-label="素材类别" className="flex flex-wrap gap-1 border-b border-stone-200 pb-2">
      {tabs.map((t) => {
        const active = selected === t.value;
        return (
          <button
            key={t.value ?? "all"}
            type="button"
            role="tab"
            aria-selected={active}
            onClick={() => onSelect(t.value)}
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
