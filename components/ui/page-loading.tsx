// What a page shows while its data is still being read: the page's heading when it is known in advance, and a quiet
// placeholder for the content, so that a navigation paints at once. Used by loading.tsx files and Suspense fallbacks.
// A loading.tsx sends its placeholder before the page runs, so a page below one that redirects or calls notFound()
// answers 200 and redirects in the browser: such pages use a Suspense inside the page instead.
import { PageTitle } from "./empty-state";

export function PageLoading({ title }: { title?: string }) {
  return (
    <div aria-busy="true" data-testid="page-loading">
      {title ? <PageTitle title={title} /> : null}
      <ContentLoading />
    </div>
  );
}

export function ContentLoading() {
  return (
    <div aria-busy="true">
      <p role="status" className="mb-4 text-sm text-stone-500">
        正在载入…
      </p>
      <div className="space-y-3" aria-hidden="true">
        {[0, 1, 2].map((i) => (
          <div key={i} className="h-16 animate-pulse rounded-xl border border-stone-200 bg-white" />
        ))}
      </div>
    </div>
  );
}
