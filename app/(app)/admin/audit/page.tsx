import type { Metadata } from "next";
import { AdminTabs } from "@/components/admin/admin-tabs";
import { AuditFilters, AuditTable, type AuditFilterValues } from "@/components/admin/audit-log-view";
import { ErrorText } from "@/components/ui/form-controls";
import { Forbidden, PageTitle } from "@/components/ui/empty-state";
import { UrlPagination } from "@/components/speeches/url-pagination";
import { auditQuery, searchAudit } from "@/lib/audit/search-audit";
import { userCan } from "../../../_lib/current-user";

export const metadata: Metadata = { title: "审计日志" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  const { allowed } = await userCan("admin");
  if (!allowed) return <Forbidden what="审计日志" />;
  const raw = await searchParams;
  const values: AuditFilterValues & { page?: string } = {
    action: first(raw.action),
    username: first(raw.username),
    from: first(raw.from),
    to: first(raw.to),
    page: first(raw.page),
  };
  const parsed = auditQuery.safeParse(values);
  const result = await searchAudit(parsed.success ? parsed.data : { page: 1 });
  return (
    <>
      <PageTitle title="审计日志" description="登录、失败与锁定、用户管理、导入导出和素材修改的记录，最新的在前。" />
      <AdminTabs current="/admin/audit" />
      <AuditFilters values={values} />
      {parsed.success ? null : (
        <div className="mb-4">
          <ErrorText>{`筛选条件无效：${parsed.error.issues[0]?.message ?? "请检查后重试。"}已显示全部记录。`}</ErrorText>
        </div>
      )}
      <p className="mb-2 text-sm text-stone-600" data-testid="audit-total">
        共 {result.total} 条{result.pageCount > 1 ? `，第 ${result.page} / ${result.pageCount} 页` : ""}
      </p>
      <AuditTable entries={result.entries} />
      <UrlPagination
        path="/admin/audit"
        page={result.page}
        pages={result.pageCount}
        params={parsed.success ? { ...values, page: undefined } : {}}
      />
    </>
  );
}
