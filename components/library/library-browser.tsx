"use client";
// The 素材库 page: search box, category tabs, facets, sorted and paged results. State lives in the URL; results
// come from /api/blocks/search, the newest request winning when the user types faster than the server answers.
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { copyText } from "@/components/ui/copy-text";
import { Button, ErrorText } from "@/components/ui/form-controls";
import { useStatusToast } from "@/components/ui/status-toast";
import { ActiveFilters } from "./active-filters";
import { CategoryTabs } from "./category-tabs";
import { FacetPanel } from "./facet-panel";
import {
  apiSearchParams,
  categoryByRef,
  pageOf,
  PAGE_SIZE,
  SORT_LABELS,
  sortOf,
  withParam,
  type SortKey,
} from "./library-params";
import { NewBlockDialog } from "./new-block-dialog";
import { NoResults } from "./no-results";
import { Pagination } from "./pagination";
import { ResultList } from "./result-list";
import type { CategoryOption, MeetingOption, SearchHit, SearchResponse } from "./types";
import { MAX_QUERY_CHARS } from "@/lib/search/limits";

const TYPING_DELAY_MS = 250;

export function LibraryBrowser({
  categories,
  meetings,
  canEdit,
}: {
  categories: CategoryOption[];
  meetings: MeetingOption[];
  canEdit: boolean;
}) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const paramString = params.toString();
  const [data, setData] = useState<SearchResponse | null>(null);
  // Which parameters the shown results (or error) belong to; anything else means a request is under way.
  const [answeredFor, setAnsweredFor] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const [draft, setDraft] = useState(params.get("q") ?? "");
  const [creating, setCreating] = useState(false);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const { show, toast } = useStatusToast();

  const navigate = useCallback(
    (next: URLSearchParams) => {
      const qs = next.toString();
      router.replace(qs ? `${pathname}?${qs}` : pathname, { scroll: false });
    },
    [router, pathname],
  );

  // Keep the box in step with the URL (back button, chips), without fighting the user's typing.
  const urlQuery = params.get("q") ?? "";
  const [syncedQuery, setSyncedQuery] = useState(urlQuery);
  if (syncedQuery !== urlQuery) {
    setSyncedQuery(urlQuery);
    setDraft(urlQuery);
  }

  useEffect(() => {
    const controller = new AbortController();
    fetch(`/api/blocks/search?${apiSearchParams(new URLSearchParams(paramString))}`, {
      signal: controller.signal,
      credentials: "same-origin",
    })
      .then(async (res) => {
        const body = await res.json().catch(() => null);
        if (!res.ok) throw new Error(body?.error?.message ?? `检索失败（${res.status}），请稍后重试。`);
        setData(body as SearchResponse);
        setError(null);
        setActive(0);
        setAnsweredFor(paramString);
      })
      .catch((err: Error) => {
        if (err.name === "AbortError") return;
        setError(err.message || "无法连接服务器，请检查网络后重试。");
        setAnsweredFor(paramString);
      });
    return () => controller.abort();
  }, [paramString]);

  // Search as the user types, once they pause.
  useEffect(() => {
    if (draft === urlQuery) return;
    const t = setTimeout(() => navigate(withParam(params, "q", draft.trim() || null)), TYPING_DELAY_MS);
    return () => clearTimeout(t);
  }, [draft, urlQuery, params, navigate]);

  // "/" focuses the search box from anywhere on the page, as on most search sites.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement;
      if (e.key === "/" && !/^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName) && !t.isContentEditable) {
        e.preventDefault();
        searchRef.current?.focus();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const open = (hit: SearchHit) => router.push(`/library/blocks/${hit.id}`);
  const copy = async (hit: SearchHit) =>
    show((await copyText(hit.text)) ? "已复制素材文本" : "复制失败，请手动选择文本复制");

  const loading = answeredFor !== paramString;
  const page = pageOf(params);
  const total = data?.facets.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const sort = sortOf(params);
  const categoryRef = params.get("category");
  const selectedCategory = categoryRef ? (categoryByRef(categories, categoryRef)?.key ?? categoryRef) : null;
  // A page past the last (an old link, ?page=999): the last page that has results.
  const pastTheEnd = !loading && !!data && total > 0 && page > pages;
  useEffect(() => {
    if (pastTheEnd) navigate(withParam(params, "page", pages > 1 ? String(pages) : null));
  }, [pastTheEnd, pages, params, navigate]);

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <form
          role="search"
          // A row of its own on a phone (sort and 新建素材 wrap below it); beside them from sm up.
          className="min-w-0 flex-1 basis-full sm:basis-0"
          onSubmit={(e) => {
            e.preventDefault();
            navigate(withParam(params, "q", draft.trim() || null));
          }}
        >
          <input
            ref={searchRef}
            type="search"
            aria-label="检索素材"
            placeholder='检索素材：多个词用空格分隔，"加引号" 精确匹配，-词 排除（按 / 聚焦）'
            value={draft}
            maxLength={MAX_QUERY_CHARS}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "ArrowDown" && data?.hits.length) {
                e.preventDefault();
                setActive(0);
                listRef.current?.focus();
              }
            }}
            className="w-full rounded-lg border border-stone-300 bg-white px-4 py-2.5 text-base shadow-sm focus:border-brand-600 focus:outline-none focus:ring-1 focus:ring-brand-600"
          />
        </form>
        <label className="flex items-center gap-2 text-sm text-stone-600">
          排序
          <select
            aria-label="排序"
            value={sort}
            onChange={(e) =>
              navigate(withParam(params, "sort", e.target.value === "relevance" ? null : e.target.value))
            }
            className="rounded-md border border-stone-300 bg-white px-2 py-2 text-sm"
          >
            {(Object.keys(SORT_LABELS) as SortKey[]).map((k) => (
              <option key={k} value={k}>
                {SORT_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        {canEdit ? <Button onClick={() => setCreating(true)}>新建素材</Button> : null}
      </div>

      <CategoryTabs
        categories={categories}
        counts={data?.facets.category}
        selected={selectedCategory}
        onSelect={(key) => navigate(withParam(params, "category", key))}
      />

      <div className="grid gap-6 md:grid-cols-[220px_1fr]">
        <aside aria-label="筛选">
          {/* On a phone the filters fold away behind one button, so the results start near the top. */}
          <button
            type="button"
            aria-expanded={filtersOpen}
            aria-controls="library-facets"
            onClick={() => setFiltersOpen((o) => !o)}
            className="w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-left text-sm md:hidden"
          >
            {filtersOpen ? "收起筛选" : "筛选"}
          </button>
          <div id="library-facets" className={filtersOpen ? "mt-3" : "hidden md:block"}>
            <FacetPanel
              params={params}
              facets={data?.facets}
              meetings={meetings}
              onChange={navigate}
              canFavourite={canEdit}
            />
          </div>
        </aside>
        <section aria-label="检索结果" aria-busy={loading}>
          <div className="mb-2 flex flex-wrap items-center justify-between gap-2 text-sm text-stone-600">
            <p data-testid="result-count">
              {data ? `共 ${total.toLocaleString("zh-CN")} 条素材` : error ? "检索未完成" : "正在检索…"}
            </p>
            <p className="hidden text-xs text-stone-400 lg:block">↑ ↓ 选择 · Enter 打开 · C 复制</p>
          </div>
          <ActiveFilters
            params={params}
            categories={categories}
            meetings={meetings}
            sourceNames={data?.sourceNames}
            onChange={navigate}
          />
          <ErrorText>{error}</ErrorText>
          {data && !data.hits.length ? <NoResults near={data.nearMatches} terms={data.terms} /> : null}
          {data?.hits.length ? (
            <div className={loading ? "opacity-60 transition-opacity" : ""}>
              <ResultList
                ref={listRef}
                hits={data.hits}
                terms={data.terms}
                categories={categories}
                active={active}
                onActiveChange={setActive}
                onOpen={open}
                onCopy={copy}
                onLeaveTop={() => searchRef.current?.focus()}
              />
            </div>
          ) : null}
          <Pagination
            page={page}
            pages={pages}
            onPage={(p) => navigate(withParam(params, "page", p > 1 ? String(p) : null))}
          />
        </section>
      </div>
      {creating ? <NewBlockDialog categories={categories} onClose={() => setCreating(false)} /> : null}
      {toast}
    </div>
  );
}
