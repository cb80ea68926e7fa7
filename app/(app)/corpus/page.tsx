import type { Metadata } from "next";
import { EmptyState, PageTitle } from "@/components/ui/empty-state";
import { listSourceDocuments } from "@/lib/corpus/import-raw-documents";

export const metadata: Metadata = { title: "语料" };

const STATUS_LABELS = { RAW: "待挖掘", MINED: "已挖掘", FAILED: "失败" } as const;

export default async function CorpusPage() {
  const documents = await listSourceDocuments();
  return (
    <>
      <PageTitle title="语料" description="已导入的往年讲话稿原文。同一文件重复导入时按内容识别，不会重复入库。" />
      {documents.length === 0 ? (
        <EmptyState title="还没有导入任何语料">导入往年的讲话稿后，它们会出现在这里。</EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-xl border border-stone-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="bg-stone-100 text-stone-600">
              <tr>
                <th className="px-4 py-2 font-medium">文件名</th>
                <th className="px-4 py-2 font-medium">编码</th>
                <th className="px-4 py-2 font-medium">大小</th>
                <th className="px-4 py-2 font-medium">状态</th>
                <th className="px-4 py-2 font-medium">讲话 / 段落</th>
                <th className="px-4 py-2 font-medium">导入时间</th>
              </tr>
            </thead>
            <tbody>
              {documents.map((d) => (
                <tr key={d.id} className="border-t border-stone-100">
                  <td className="px-4 py-2 font-medium">{d.fileName}</td>
                  <td className="px-4 py-2 text-stone-600">{d.encoding}</td>
                  <td className="px-4 py-2 text-stone-600">{(d.sizeBytes / 1024).toFixed(1)} KB</td>
                  <td className="px-4 py-2">{STATUS_LABELS[d.status]}</td>
                  <td className="px-4 py-2 text-stone-600">
                    {d._count.speeches} / {d._count.blocks}
                  </td>
                  <td className="px-4 py-2 text-stone-600">
                    {d.importedAt.toLocaleString("zh-CN", { timeZone: "Asia/Shanghai" })}
                    {d.importedBy ? ` · ${d.importedBy.displayName}` : " · 系统"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
