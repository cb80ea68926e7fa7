import type { Metadata } from "next";
import Link from "next/link";
import { CorpusUploader } from "@/components/corpus/corpus-uploader";
import { DocumentName } from "@/components/corpus/document-name";
import { EmptyState, PageTitle } from "@/components/ui/empty-state";
import { formatDateTime } from "@/components/ui/format-date";
import { can } from "@/lib/auth/roles";
import { listSourceDocuments } from "@/lib/corpus/list-documents";
import { listImports } from "@/lib/corpus/import-report";
import { DEFAULT_LIMITS } from "@/lib/mining/decode-document";
import { requireUser } from "../../_lib/current-user";
import { formatSize } from "@/components/ui/format-size";

export const metadata: Metadata = { title: "语料" };

const IMPORT_STATUS = { RUNNING: "进行中", DONE: "已完成", FAILED: "失败", UNDONE: "已撤销" } as const;

export default async function CorpusPage() {
  const user = await requireUser();
  const [documents, imports] = await Promise.all([listSourceDocuments(), listImports()]);
  return (
    <>
      <PageTitle
        title="语料"
        description="导入往年的讲话稿，系统自动清除网页杂质、拆分讲话、识别提纲层级并归类为素材。同一文件按内容识别，不会重复入库。"
      />
      {can(user.role, "import") ? (
        <div className="mb-8">
          <CorpusUploader maxFileMb={Math.round(DEFAULT_LIMITS.maxFileBytes / 1048576)} />
        </div>
      ) : null}

      <h2 className="mb-3 text-lg font-semibold">导入记录</h2>
      {imports.length === 0 ? (
        <EmptyState title="还没有导入记录" />
      ) : (
        <div className="mb-8 overflow-x-auto rounded-xl border border-stone-200 bg-white">
          <table className="w-full min-w-[44rem] text-left text-sm" aria-label="导入记录">
            <thead className="bg-stone-100 text-stone-600">
              <tr>
                <th className="px-4 py-2 font-medium">时间</th>
                <th className="px-4 py-2 font-medium">导入人</th>
                <th className="px-4 py-2 font-medium">文件</th>
                <th className="px-4 py-2 font-medium">讲话 / 段落</th>
                <th className="px-4 py-2 font-medium">状态</th>
                <th className="px-4 py-2 font-medium" />
              </tr>
            </thead>
            <tbody>
              {imports.map((i) => (
                <tr key={i.id} className="border-t border-stone-100">
                  <td className="px-4 py-2">{formatDateTime(i.createdAt)}</td>
                  <td className="px-4 py-2">{i.createdBy}</td>
                  <td className="px-4 py-2">
                    {i.totals.imported} 个导入{i.totals.duplicates ? `，${i.totals.duplicates} 个重复` : ""}
                    {i.totals.review ? `，${i.totals.review} 个需要检查` : ""}
                    {i.totals.failed ? `，${i.totals.failed} 个失败` : ""}
                  </td>
                  <td className="px-4 py-2">
                    {i.totals.speeches} / {i.totals.blocks}
                  </td>
                  <td className="px-4 py-2">{IMPORT_STATUS[i.status]}</td>
                  <td className="px-4 py-2">
                    <Link href={`/corpus/imports/${i.id}`} className="text-brand-700 underline">
                      查看报告
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h2 className="mb-3 text-lg font-semibold">语料文件</h2>
      {documents.length === 0 ? (
        <EmptyState title="还没有导入任何语料">导入往年的讲话稿后，它们会出现在这里。</EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-xl border border-stone-200 bg-white">
          <table className="w-full min-w-[44rem] text-left text-sm" aria-label="语料文件">
            <thead className="bg-stone-100 text-stone-600">
              <tr>
                <th className="px-4 py-2 font-medium">文件名</th>
                <th className="px-4 py-2 font-medium">编码</th>
                <th className="px-4 py-2 font-medium">大小</th>
                <th className="px-4 py-2 font-medium">讲话 / 段落</th>
                <th className="px-4 py-2 font-medium">导入</th>
              </tr>
            </thead>
            <tbody>
              {documents.map((d) => (
                <tr key={d.id} className="border-t border-stone-100">
                  <td className="px-4 py-2 font-medium">
                    <DocumentName name={d.name} />
                  </td>
                  <td className="px-4 py-2 text-stone-600">{d.encoding}</td>
                  <td className="px-4 py-2 text-stone-600">{formatSize(d.sizeBytes)}</td>
                  <td className="px-4 py-2 text-stone-600">
                    {d._count.speeches} / {d._count.sources}
                  </td>
                  <td className="px-4 py-2 text-stone-600">
                    {formatDateTime(d.importedAt)}
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
