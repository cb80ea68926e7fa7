"use client";
// The result list: ↑ ↓ move the selection, Enter opens the block, C copies its text. The list is one focusable
// listbox (aria-activedescendant), so screen readers announce the selected block as it moves.
import Link from "next/link";
import { forwardRef, useEffect, useRef } from "react";
import { HighlightedText } from "./highlighted-text";
import type { CategoryOption, SearchHit } from "./types";

type Props = {
  hits: SearchHit[];
  terms: string[];
  categories: CategoryOption[];
  active: number;
  onActiveChange: (i: number) => void;
  onOpen: (hit: SearchHit) => void;
  onCopy: (hit: SearchHit) => void;
  onLeaveTop: () => void;
};

export const ResultList = forwardRef<HTMLUListElement, Props>(function ResultList(
  { hits, terms, categories, active, onActiveChange, onOpen, onCopy, onLeaveTop },
  ref,
) {
  const itemRefs = useRef<(HTMLLIElement | null)[]>([]);
  useEffect(() => {
    itemRefs.current[active]?.scrollIntoView({ block: "nearest" });
  }, [active]);
  const categoryName = (id: string | null) => categories.find((c) => c.id === id)?.name ?? "未分类";

  function onKeyDown(e: React.KeyboardEvent) {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const hit = hits[active];
    if (e.key === "ArrowDown") {
      e.preventDefault();
      onActiveChange(Math.min(hits.length - 1, active + 1));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      if (active <= 0) onLeaveTop();
      else onActiveChange(active - 1);
    } else if (e.key === "Enter" && hit) {
      e.preventDefault();
      onOpen(hit);
    } else if ((e.key === "c" || e.key === "C") && hit) {
      e.preventDefault();
      onCopy(hit);
    }
  }

  return (
    <ul
      ref={ref}
      role="listbox"
      aria-label="检索结果"
      tabIndex={0}
      aria-activedescendant={hits[active] ? `hit-${hits[active].id}` : undefined}
      onKeyDown={onKeyDown}
      data-testid="result-list"
      className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600"
    >
      {hits.map((hit, i) => (
        <li
          key={hit.id}
          id={`hit-${hit.id}`}
          ref={(el) => {
            itemRefs.current[i] = el;
          }}
          role="option"
          aria-selected={i === active}
          onMouseEnter={() => onActiveChange(i)}
          data-testid="result-item"
          className={`px-4 py-3 ${i === active ? "bg-brand-50" : ""}`}
        >
          <div className="mb-1 flex flex-wrap items-center gap-2 text-xs text-stone-500">
            <span className="rounded bg-stone-100 px-1.5 py-0.5 text-stone-700">{categoryName(hit.categoryId)}</span>
            {hit.kind === "HEADING" ? <span className="rounded bg-sky-50 px-1.5 py-0.5 text-sky-800">标题</span> : null}
            {hit.curated ? <span className="rounded bg-amber-100 px-1.5 py-0.5 text-amber-900">精选</span> : null}
            {hit.hidden ? (
              <span
                className="rounded bg-stone-200 px-1.5 py-0.5 text-stone-700"
                title="已从检索结果中隐藏，仍保留在收藏中"
              >
                已隐藏
              </span>
            ) : null}
            {hit.hasPlaceholders ? (
              <span className="rounded bg-violet-50 px-1.5 py-0.5 text-violet-800">含占位符</span>
            ) : null}
            <span>{hit.useCount ? `用过 ${hit.useCount} 次` : "未用过"}</span>
            <span>{hit.charCount} 字</span>
            {hit.tags.slice(0, 4).map((t) => (
              <span key={t} className="text-stone-400">
                #{t}
              </span>
            ))}
          </div>
          <Link
            href={`/library/blocks/${hit.id}`}
            tabIndex={-1}
            className={`block leading-7 hover:text-brand-700 ${hit.kind === "HEADING" ? "font-semibold" : ""}`}
          >
            <HighlightedText text={hit.text} terms={terms} />
          </Link>
          {hit.sourceTitle ? <p className="mt-1 truncate text-xs text-stone-400">来源：{hit.sourceTitle}</p> : null}
        </li>
      ))}
    </ul>
  );
});
