"use client";
// The library beside the editor: the same search API, query language and facets as /library. The category tab
// follows the section the cursor is in until the clerk picks one; ↑ ↓ select a result, Enter inserts it at the
// cursor, the 插入 button does the same, and a result can be dragged into the text.
import { memo, useEffect, useMemo, useRef, useState } from "react";
import { CategoryTabs } from "@/components/library/category-tabs";
import { HighlightedText } from "@/components/library/highlighted-text";
import type { CategoryOption, SearchHit, SearchResponse } from "@/components/library/types";
import type { ReuseWarning } from "@/lib/speeches/types";
import { BLOCK_DRAG_TYPE, type TransferBlock } from "./extensions/block-transfer";
import { describeWarning } from "./reuse-text";

const TYPING_DELAY_MS = 250;

export type PanelFilters = { curated: boolean; placeholders: boolean; hideReused: boolean; headings: boolean };

export const toTransfer = (h: SearchHit): TransferBlock => ({
  id: h.id,
  version: h.version,
  text: h.text,
  kind: h.kind,
  level: h.level,
});

type Props = {
  categories: CategoryOption[];
  /** The category of the section the cursor is in (null: none recognised). */
  sectionCategory: string | null;
  speaker: string | null;
  /** The library's "not used by this speaker since" date for hiding recent repeats (YYYY-MM-DD). */
  reuseSince: string;
  warnings: ReadonlyMap<string, ReuseWarning[]>;
  onHits: (ids: string[]) => void;
  onInsert: (block: TransferBlock) => void;
  readOnly: boolean;
  searchRef: React.RefObject<HTMLInputElement | null>;
  /** A request to show a category now (the coverage hint's link), by key; each new object is a new request. */
  openCategory?: { key: string } | null;
};

export const BlockPanel = memo(function BlockPanel(props: Props) {
  const { categories, sectionCategory, speaker, reuseSince, warnings, onHits, onInsert, readOnly, searchRef } = props;
  const { openCategory } = props;
  const [draft, setDraft] = useState("");
  const [q, setQ] = useState("");
  const [picked, setPicked] = useState<{ id: string | null; forSection: string | null } | null>(null);
  const [filters, setFilters] = useState<PanelFilters>({
    curated: false,
    placeholders: false,
    hideReused: false,
    headings: false,
  });
  const [data, setData] = useState<SearchResponse | null>(null);
  // The request the shown results answer; anything else (or words still being typed) means "searching".
  const [answeredFor, setAnsweredFor] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLUListElement>(null);

  // Browsing (no words typed), the tab follows the section the cursor is in; a search looks in every category.
  // A tab the clerk picked holds while the cursor stays in that section; moving on lets the section decide again.
  // The tabs name categories by key; the section's category comes as an id.
  const sectionKey = categories.find((c) => c.id === sectionCategory)?.key ?? sectionCategory;
  const automatic = q ? null : sectionKey;
  const category = picked && picked.forSection === automatic ? picked.id : automatic;

  // Opened on a category from outside: browse it (no words), as if the clerk had picked its tab here. Adjusted
  // while rendering (not in an effect), once per request.
  const [openedFor, setOpenedFor] = useState<{ key: string } | null>(null);
  if (openCategory && openCategory !== openedFor) {
    setOpenedFor(openCategory);
    setDraft("");
    setQ("");
    setPicked({ id: openCategory.key, forSection: sectionKey });
  }

  useEffect(() => {
    const t = setTimeout(() => setQ(draft.trim()), TYPING_DELAY_MS);
    return () => clearTimeout(t);
  }, [draft]);

  const paramsKey = useMemo(() => {
    const params = new URLSearchParams({ pageSize: "20" });
    if (q) params.set("q", q);
    if (category) params.set("category", category);
    if (filters.curated) params.set("curated", "1");
    if (filters.placeholders) params.set("placeholders", "1");
    if (filters.headings) params.set("kind", "HEADING");
    if (filters.hideReused && speaker) {
      params.set("notSpeaker", speaker);
      params.set("since", reuseSince);
    }
    return params.toString();
  }, [q, category, filters, speaker, reuseSince]);

  useEffect(() => {
    const controller = new AbortController();
    fetch(`/api/blocks/search?${paramsKey}`, { signal: controller.signal, credentials: "same-origin" })
      .then(async (res) => {
        const body = await res.json().catch(() => null);
        if (!res.ok) throw new Error(body?.error?.message ?? `检索失败（${res.status}），请稍后重试。`);
        setData(body as SearchResponse);
        setAnsweredFor(paramsKey);
        setError(null);
        setActive(0);
        onHits((body as SearchResponse).hits.map((h) => h.id));
      })
      .catch((err: Error) => {
        if (err.name !== "AbortError") setError(err.message || "无法连接服务器，请检查网络后重试。");
      });
    return () => controller.abort();
  }, [paramsKey, onHits]);

  const hits = data?.hits.length ? data.hits : (data?.nearMatches ?? []);
  const busy = draft.trim() !== q || paramsKey !== answeredFor;

  function onListKey(e: React.KeyboardEvent) {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      setActive((a) => Math.min(hits.length - 1, a + 1));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      if (active === 0) searchRef.current?.focus();
      else setActive((a) => a - 1);
    } else if (e.key === "Enter" && hits[active] && !readOnly) {
      e.preventDefault();
      onInsert(toTransfer(hits[active]));
    }
  }

  useEffect(() => {
    listRef.current?.querySelector(`[data-index="${active}"]`)?.scrollIntoView({ block: "nearest" });
  }, [active]);

  const toggle = (key: keyof PanelFilters) => setFilters((f) => ({ ...f, [key]: !f[key] }));

  return (
    <section aria-label="素材" className="flex min-h-0 flex-1 flex-col gap-2">
      <input
        ref={searchRef}
        type="search"
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown" && hits.length) {
            e.preventDefault();
            listRef.current?.focus();
          }
        }}
        placeholder="检索素材：词语、“短语”、-排除词"
        aria-label="检索素材"
        className="w-full rounded-md border border-stone-300 px-3 py-2 text-sm"
      />
      <CategoryTabs
        categories={categories}
        counts={data?.facets.category}
        selected={category}
        onSelect={(id) => setPicked({ id, forSection: automatic })}
      />
      <div className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-stone-600">
        <FilterToggle
          label={`已精选 ${data?.facets.curated ?? ""}`}
          on={filters.curated}
          onClick={() => toggle("curated")}
        />
        <FilterToggle
          label={`含占位符 ${data?.facets.placeholders ?? ""}`}
          on={filters.placeholders}
          onClick={() => toggle("placeholders")}
        />
        <FilterToggle label="只看标题" on={filters.headings} onClick={() => toggle("headings")} />
        {speaker ? (
          <FilterToggle
            label={`隐藏${speaker}近期讲过的`}
            on={filters.hideReused}
            onClick={() => toggle("hideReused")}
          />
        ) : null}
      </div>
      {error ? (
        <p role="alert" className="text-sm text-brand-700">
          {error}
        </p>
      ) : null}
      {data && !data.hits.length ? (
        <p className="text-sm text-stone-500">
          {data.nearMatches.length ? "没有完全匹配的素材，以下是相近的：" : "没有找到素材。"}
        </p>
      ) : null}
      <ul
        ref={listRef}
        tabIndex={0}
        role="listbox"
        aria-label="素材检索结果"
        aria-activedescendant={hits[active] ? `panel-hit-${hits[active].id}` : undefined}
        aria-busy={busy}
        onKeyDown={onListKey}
        className="min-h-0 flex-1 space-y-2 overflow-y-auto pr-1 [contain:content]"
      >
        {hits.map((hit, i) => (
          <PanelHit
            key={hit.id}
            hit={hit}
            index={i}
            active={i === active}
            terms={data?.terms ?? []}
            categoryName={categories.find((c) => c.id === hit.categoryId)?.name ?? "未分类"}
            warnings={warnings.get(hit.id)}
            readOnly={readOnly}
            onSelect={() => setActive(i)}
            onInsert={() => onInsert(toTransfer(hit))}
          />
        ))}
      </ul>
    </section>
  );
});

function FilterToggle({ label, on, onClick }: { label: string; on: boolean; onClick: () => void }) {
  return (
    <label className="inline-flex cursor-pointer items-center gap-1">
      <input type="checkbox" checked={on} onChange={onClick} />
      {label}
    </label>
  );
}

function PanelHit(p: {
  hit: SearchHit;
  index: number;
  active: boolean;
  terms: string[];
  categoryName: string;
  warnings: ReuseWarning[] | undefined;
  readOnly: boolean;
  onSelect: () => void;
  onInsert: () => void;
}) {
  const { hit } = p;
  return (
    <li
      id={`panel-hit-${hit.id}`}
      data-index={p.index}
      data-block-id={hit.id}
      role="option"
      aria-selected={p.active}
      draggable={!p.readOnly}
      onDragStart={(e) => {
        e.dataTransfer.setData(BLOCK_DRAG_TYPE, JSON.stringify(toTransfer(hit)));
        e.dataTransfer.setData("text/plain", hit.text);
        e.dataTransfer.effectAllowed = "copy";
      }}
      onClick={p.onSelect}
      className={`rounded-md border p-2 text-sm ${p.active ? "border-brand-600 bg-brand-50" : "border-stone-200 bg-white"} ${p.readOnly ? "" : "cursor-grab"}`}
    >
      <p className={`line-clamp-4 font-fangsong leading-6 ${hit.kind === "HEADING" ? "font-semibold" : ""}`}>
        <HighlightedText text={hit.text} terms={p.terms} />
      </p>
      <div className="mt-1 flex flex-wrap items-center gap-2 text-xs text-stone-500">
        <span>{hit.kind === "HEADING" ? `标题 · ${p.categoryName}` : p.categoryName}</span>
        <span>{hit.charCount} 字</span>
        {hit.useCount ? <span>用过 {hit.useCount} 次</span> : null}
        {hit.sourceTitle ? (
          <span className="truncate" title={hit.sourceTitle}>
            {hit.sourceTitle}
          </span>
        ) : null}
        <span className="ml-auto flex gap-1">
          <a className="underline" href={`/library/blocks/${hit.id}`} target="_blank" rel="noreferrer">
            详情
          </a>
          {p.readOnly ? null : (
            <button
              type="button"
              onClick={p.onInsert}
              className="rounded bg-brand-600 px-2 py-0.5 text-white hover:bg-brand-700"
            >
              插入
            </button>
          )}
        </span>
      </div>
      {p.warnings?.length ? (
        <p role="note" className="mt-1 rounded bg-amber-50 px-2 py-1 text-xs text-amber-900">
          {describeWarning(p.warnings[0])}
        </p>
      ) : null}
    </li>
  );
}
