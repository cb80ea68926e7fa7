import type { Metadata } from "next";
import { EmptyState, PageTitle } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "素材库" };

export default function LibraryPage() {
  return (
    <>
      <PageTitle title="素材库" description="从往年讲话稿中挖掘出的段落素材，可检索、筛选并插入新讲话稿。" />
      <EmptyState title="素材库还是空的" action={{ href: "/corpus", label: "去导入语料" }}>
        导入往年的讲话稿（.txt 或 .docx）后，系统会把它们拆分为可复用的段落素材，并按类别整理在这里。
      </EmptyState>
    </>
  );
}
