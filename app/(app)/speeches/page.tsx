import type { Metadata } from "next";
import { EmptyState, PageTitle } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "讲话稿" };

export default function SpeechesPage() {
  return (
    <>
      <PageTitle title="讲话稿" description="正在起草和已定稿的领导讲话稿。" />
      <EmptyState title="还没有讲话稿">
        组稿功能即将上线：届时可在这里新建讲话稿，从素材库插入段落、自动编号、填写占位符并导出公文格式的 Word 文档。
      </EmptyState>
    </>
  );
}
