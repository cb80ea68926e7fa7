import type { Metadata } from "next";
import { Suspense } from "react";
import { LibraryBrowser } from "@/components/library/library-browser";
import { EmptyState, PageTitle } from "@/components/ui/empty-state";
import { can } from "@/lib/auth/roles";
import { libraryPageData } from "@/lib/library/library-page-data";
import { requireUser } from "../../_lib/current-user";

export const metadata: Metadata = { title: "素材库" };

export default async function LibraryPage() {
  const user = await requireUser();
  const { categories, meetings, blockCount } = await libraryPageData();
  return (
    <>
      <PageTitle title="素材库" description="从往年讲话稿中挖掘出的段落素材，可检索、筛选并插入新讲话稿。" />
      {blockCount === 0 ? (
        <EmptyState
          title="素材库还是空的"
          action={can(user.role, "import") ? { href: "/corpus", label: "去导入语料" } : undefined}
        >
          导入往年的讲话稿（.txt 或 .docx）后，系统会把它们拆分为可复用的段落素材，并按类别整理在这里。
        </EmptyState>
      ) : (
        <Suspense>
          <LibraryBrowser categories={categories} meetings={meetings} canEdit={can(user.role, "edit")} />
        </Suspense>
      )}
    </>
  );
}
