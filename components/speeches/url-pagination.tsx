// Paging for the server-rendered lists (讲话稿, 会议): links that keep the current filters, so a page can be
// bookmarked and the back button works.
import Link from "next/link";

export function pageHref(path: string, params: Record<string, string | undefined>, page: number): string {
  const next = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v && k !== "page") next.set(k, v);
  if (page > 1) next.set("page", String(page));
  const qs = next.toString();
  return qs ? `${path}?${qs}` : path;
}

const linkClass =
  "inline-flex items-center rounded-md border border-stone-300 bg-white px-4 py-2 text-sm font-medium text-stone-800 hover:bg-stone-100";
const disabledClass =
  "inline-flex items-center rounded-md border border-stone-200 bg-white px-4 py-2 text-sm font-medium text-stone-400";

export function UrlPagination({
  path,
  page,
  pages,
  params = {},
}: {
  path: string;
  page: number;
  pages: number;
  params?: Record<string, string | undefined>;
}) {
  if (pages <= 1) return null;
  return (
    <nav aria-label="分页" className="mt-4 flex items-center justify-center gap-3 text-sm">
      {page > 1 ? (
        <Link className={linkClass} href={pageHref(path, params, page - 1)}>
          上一页
        </Link>
      ) : (
        <span className={disabledClass} aria-disabled="true">
          上一页
        </span>
      )}
      <span>
        第 {page} / {pages} 页
      </span>
      {page < pages ? (
        <Link className={linkClass} href={pageHref(path, params, page + 1)}>
          下一页
        </Link>
      ) : (
        <span className={disabledClass} aria-disabled="true">
          下一页
        </span>
      )}
    </nav>
  );
}
