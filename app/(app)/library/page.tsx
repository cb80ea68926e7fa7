import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Suspense } from "react";
import { LibraryBrowser } from "@/components/library/library-browser";
import { EmptyState, PageTitle } from "@/components/ui/empty-state";
import { ContentLoading } from "@/components/ui/page-loading";
import { can } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/sessions";
import { canonicalLibraryQuery, libraryPageData } from "@/lib/library/library-page-data";
import { requireUser } from "../../_lib/current-user";

export const metadata: Metadata = { title: "素材库" };

type SearchParams = Record<string, string | string[] | undefined>;

function toQuery(params: SearchParams): URLSearchParams {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params))
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) query.append(name, v);
  return query;
}

// The heading paints at once; the taxonomy and meetings the browser needs follow in a Suspense boundary (a loading.tsx
// would send its placeholder before the redirect below could still answer with a plain 307).
export default async function LibraryPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  // A link that names a category by id (from before the URL used keys) is rewritten to the key.
  const canonical = await canonicalLibraryQuery(toQuery(await searchParams));
  if (canonical !== null) redirect(`/library?${canonical}`);
  return (
    <>
      <PageTitle title="素材库" description="从往年讲话稿中挖掘出的段落素材，可检索、筛选并插入新讲话稿。" />
      <Suspense fallback={<ContentLoading />}>
        <Library user={user} />
      </Suspense>
    </>
  );
}

async function Library({ user }: { user: SessionUser }) {
  const { categories, meetings, blockCount } = await libraryPageData();
  return blockCount === 0 ? (
    <EmptyState
      title="素材库还是空的"
      action={can(user.role, "import") ? { href: "/corpus", label: "去导入语料" } : undefined}
    >
      导入往年的讲话稿（.txt 或 .docx）后，系统会把它们拆分为可复用的段落素材，并按类别整理在这里。
    </EmptyState>
  ) : (
    <LibraryBrowser categories={categories} meetings={meetings} canEdit={can(user.role, "edit")} />
  );
}
