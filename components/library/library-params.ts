// The library's state lives in the URL (shareable, survives reload and the back button). These helpers turn the
// page's search parameters into the search API's and describe the active filters as removable chips.

import { LENGTH_RANGES, LONG_FROM, SHORT_BELOW, type LengthFacet } from "@/lib/search/length-buckets";

export type LengthBucket = LengthFacet;

export const LENGTH_LABELS: Record<LengthBucket, string> = {
  short: `短（${SHORT_BELOW} 字以内）`,
  medium: `中（${SHORT_BELOW}–${LONG_FROM - 1} 字）`,
  long: `长（${LONG_FROM} 字以上）`,
};

export const SORT_LABELS = {
  relevance: "相关度",
  most_used: "使用最多",
  recently_used: "最近使用",
  newest: "最新加入",
} as const;
export type SortKey = keyof typeof SORT_LABELS;

export const PAGE_SIZE = 20;
/** The search API's highest page (lib/search/search-request.ts). */
export const MAX_PAGE = 10_000;

const isSortKey = (v: string): v is SortKey => Object.hasOwn(SORT_LABELS, v);

/** The URL's page as a number the API accepts (a hand-edited ?page=abc or ?page=0 is page 1). */
export function pageOf(page: URLSearchParams): number {
  const n = Number(page.get("page") ?? 1);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, MAX_PAGE) : 1;
}

/** The URL's sort, or relevance when it names none the library knows (a hand-edited ?sort=bogus). */
export function sortOf(page: URLSearchParams): SortKey {
  const v = page.get("sort");
  return v && isSortKey(v) ? v : "relevance";
}

/**
 * The category a URL's ?category= names: by key, as the library writes it, or by id (a link from before; the page
 * rewrites those to the key).
 */
export function categoryByRef<C extends { id: string; key: string }>(categories: C[], ref: string): C | undefined {
  return categories.find((c) => c.key === ref) ?? categories.find((c) => c.id === ref);
}

/** The library showing one category. */
export function categoryHref(key: string): string {
  return `/library?${new URLSearchParams({ category: key })}`;
}

/** Parameters passed through to /api/blocks/search unchanged (the API takes a category's key or id). */
const PASS_THROUGH = [
  "q",
  "category",
  "kind",
  "tag",
  "document",
  "speech",
  "genre",
  "placeholders",
  "used",
  "meeting",
  "since",
  "curated",
  "favourite",
];

export function apiSearchParams(page: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams();
  for (const key of PASS_THROUGH) for (const v of page.getAll(key)) if (v) out.append(key, v);
  const length = page.get("length") as LengthBucket | null;
  if (length && Object.hasOwn(LENGTH_RANGES, length)) {
    const r = LENGTH_RANGES[length];
    if (r.minChars !== undefined) out.set("minChars", String(r.minChars));
    if (r.maxChars !== undefined) out.set("maxChars", String(r.maxChars));
  }
  // One speaker box serves both "用过" and "没用过" (speakerUse=not), the second being how a clerk avoids repeats.
  const speaker = page.get("speaker");
  if (speaker) out.set(page.get("speakerUse") === "not" ? "notSpeaker" : "speaker", speaker);
  // Sort and page as the library understands them, so a hand-edited URL still gives results, not an error.
  const sort = sortOf(page);
  if (sort !== "relevance") out.set("sort", sort);
  const n = pageOf(page);
  if (n > 1) out.set("page", String(n));
  out.set("pageSize", String(PAGE_SIZE));
  return out;
}

/** A copy of the parameters with `key` set (or removed when value is null); any change but paging resets the page. */
export function withParam(current: URLSearchParams, key: string, value: string | null): URLSearchParams {
  const next = new URLSearchParams(current);
  if (value === null || value === "") next.delete(key);
  else next.set(key, value);
  if (key !== "page") next.delete("page");
  return next;
}

export function toggleListParam(current: URLSearchParams, key: string, value: string): URLSearchParams {
  const next = new URLSearchParams(current);
  const values = next.getAll(key);
  next.delete(key);
  for (const v of values) if (v !== value) next.append(key, v);
  if (!values.includes(value)) next.append(key, value);
  next.delete("page");
  return next;
}

/** Choices for "only uses since": whole years, so that server and browser render the same options. */
export function sinceOptions(today = new Date()): { value: string; label: string }[] {
  const year = today.getFullYear();
  return [
    { value: `${year}-01-01`, label: "今年以来" },
    { value: `${year - 1}-01-01`, label: "去年以来" },
  ];
}
