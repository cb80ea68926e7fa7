// The audit log as a table with its filters (a plain GET form, so a filtered view can be bookmarked). Times in
// China time, actions and details in Chinese (lib/audit/audit-labels.ts).
import Link from "next/link";
import { Button, Select, TextInput } from "@/components/ui/form-controls";
import { formatDateTime } from "@/components/ui/format-date";
import {
  AUDIT_ACTION_LABELS,
  AUDIT_TARGET_LABELS,
  auditActionLabel,
  describeAuditDetails,
} from "@/lib/audit/audit-labels";
import type { AuditEntryView } from "@/lib/audit/search-audit";

export type AuditFilterValues = { action?: string; username?: string; from?: string; to?: string };

const TARGET_PATHS: Record<string, string> = {
  block: "/library/blocks/",
  speech: "/speeches/",
  meeting: "/meetings/",
  import: "/corpus/imports/",
};

const FAILURES = new Set([
  "auth.login_failed",
  "auth.login_locked",
  "auth.login_throttled",
  "user.change_password_failed",
  "user.case_clash",
]);

export function AuditFilters({ values }: { values: AuditFilterValues }) {
  return (
    <form method="get" action="/admin/audit" aria-label="筛选审计日志" className="mb-4 flex flex-wrap items-end gap-3">
      <div className="text-sm">
        <label htmlFor="audit-action" className="mb-1 block font-medium text-stone-700">
          操作
        </label>
        <Select id="audit-action" name="action" defaultValue={values.action ?? ""} className="w-52">
          <option value="">全部操作</option>
          {Object.entries(AUDIT_ACTION_LABELS).map(([action, label]) => (
            <option key={action} value={action}>
              {label}
            </option>
          ))}
        </Select>
      </div>
      <div className="text-sm">
        <label htmlFor="audit-username" className="mb-1 block font-medium text-stone-700">
          用户名
        </label>
        <TextInput
          id="audit-username"
          name="username"
          defaultValue={values.username ?? ""}
          className="w-40"
          autoComplete="off"
        />
      </div>
      <div className="text-sm">
        <label htmlFor="audit-from" className="mb-1 block font-medium text-stone-700">
          起始日期
        </label>
        <TextInput id="audit-from" name="from" type="date" defaultValue={values.from ?? ""} className="w-44" />
      </div>
      <div className="text-sm">
        <label htmlFor="audit-to" className="mb-1 block font-medium text-stone-700">
          截止日期
        </label>
        <TextInput id="audit-to" name="to" type="date" defaultValue={values.to ?? ""} className="w-44" />
      </div>
      <Button type="submit">筛选</Button>
      <Link href="/admin/audit" className="py-2 text-sm text-stone-600 underline hover:text-stone-900">
        清除筛选
      </Link>
    </form>
  );
}

function Target({ entry }: { entry: AuditEntryView }) {
  if (!entry.targetType) return <span className="text-stone-400">—</span>;
  const kind = AUDIT_TARGET_LABELS[entry.targetType] ?? entry.targetType;
  if (entry.targetType === "user") return <span>{`${kind} ${entry.targetName ?? entry.targetId ?? ""}`}</span>;
  const base = TARGET_PATHS[entry.targetType];
  if (!base || !entry.targetId) return <span>{kind}</span>;
  return (
    <Link href={`${base}${encodeURIComponent(entry.targetId)}`} className="text-brand-700 underline">
      {kind}
    </Link>
  );
}

export function AuditTable({ entries }: { entries: AuditEntryView[] }) {
  if (entries.length === 0) {
    return (
      <p className="rounded-xl border border-dashed border-stone-300 bg-white px-6 py-10 text-center text-sm text-stone-600">
        没有符合条件的记录。
      </p>
    );
  }
  return (
    <div className="overflow-x-auto rounded-xl border border-stone-200 bg-white">
      <table className="w-full min-w-[44rem] text-left text-sm">
        <thead className="bg-stone-100 text-stone-600">
          <tr>
            <th className="whitespace-nowrap px-3 py-2 font-medium">时间（北京时间）</th>
            <th className="whitespace-nowrap px-3 py-2 font-medium">操作</th>
            <th className="whitespace-nowrap px-3 py-2 font-medium">用户</th>
            <th className="whitespace-nowrap px-3 py-2 font-medium">对象</th>
            <th className="whitespace-nowrap px-3 py-2 font-medium">详情</th>
            <th className="whitespace-nowrap px-3 py-2 font-medium">地址</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id} className="border-t border-stone-100 align-top" data-testid="audit-row">
              <td className="whitespace-nowrap px-3 py-2 text-stone-600">{formatDateTime(e.at)}</td>
              <td className={`whitespace-nowrap px-3 py-2 ${FAILURES.has(e.action) ? "text-red-700" : ""}`}>
                <span title={e.action}>{auditActionLabel(e.action)}</span>
              </td>
              <td className="whitespace-nowrap px-3 py-2">
                {e.username ?? <span className="text-stone-400">—</span>}
                {e.displayName ? <span className="ml-1 text-stone-500">（{e.displayName}）</span> : null}
              </td>
              <td className="whitespace-nowrap px-3 py-2">
                <Target entry={e} />
              </td>
              <td className="px-3 py-2 text-stone-700">
                {describeAuditDetails(e.details).map((line, i) => (
                  <div key={i} className="break-all">
                    {line}
                  </div>
                ))}
              </td>
              <td className="whitespace-nowrap px-3 py-2 text-stone-500">{e.ip ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
