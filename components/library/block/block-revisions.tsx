"use client";
// Curation history: who changed what, before and after, each change revertible by 编辑 and 管理员. A text change
// reads as one inline character diff, as in the speech compare view (the same display component).
import Link from "next/link";
import { api } from "@/components/ui/api-client";
import { Button } from "@/components/ui/form-controls";
import type { BlockDetail } from "@/lib/blocks/get-block-detail";
import type { CategoryOption } from "../types";
import { formatDateTime } from "@/components/ui/format-date";
import { DiffText } from "@/components/versions/diff-text";
import { BlockSection } from "./block-section";
import { MutationError } from "./mutation-error";
import { useBlockMutation } from "./use-block-mutation";

const ACTIONS: Record<string, string> = {
  create: "新建",
  update: "修改",
  curate: "精选",
  hide: "隐藏",
  merge: "合并",
  split: "拆分",
  revert: "撤销",
};

const FIELDS: Record<string, string> = {
  text: "文本",
  categoryId: "类别",
  tags: "标签",
  curated: "精选",
  hidden: "隐藏",
};

function describe(field: string, value: unknown, categories: CategoryOption[]): string {
  if (value === null || value === undefined) return field === "categoryId" ? "未分类" : "无";
  if (field === "categoryId") return categories.find((c) => c.id === value)?.name ?? "已删除的类别";
  if (typeof value === "boolean") return value ? "是" : "否";
  if (Array.isArray(value)) return value.length ? value.join("、") : "无";
  return String(value);
}

export function BlockRevisions({
  revisions,
  categories,
  canEdit,
}: {
  revisions: BlockDetail["revisions"];
  categories: CategoryOption[];
  canEdit: boolean;
}) {
  const { run, busy, error, refresh } = useBlockMutation();
  return (
    <BlockSection title="修改记录" count={revisions.length} testId="block-revisions">
      {revisions.length ? (
        <ol className="space-y-3">
          {revisions.map((r) => {
            const fields = Object.keys(FIELDS).filter((f) => f in r.before || f in r.after);
            return (
              <li key={r.id} className="rounded-lg border border-stone-200 p-3 text-sm" data-testid="revision">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <p>
                    <span className="font-medium">{ACTIONS[r.action] ?? r.action}</span>
                    <span className="ml-2 text-stone-500">
                      {r.userName ?? "未知用户"} · {formatDateTime(r.createdAt)}
                    </span>
                    {r.revertedAt ? (
                      <span className="ml-2 rounded bg-stone-100 px-1.5 text-xs text-stone-600">已撤销</span>
                    ) : null}
                  </p>
                  {canEdit && r.revertible && !r.revertedAt ? (
                    <Button
                      variant="secondary"
                      disabled={busy}
                      onClick={() => void run(() => api(`/api/blocks/revisions/${r.id}/revert`, { body: {} }))}
                    >
                      撤销此修改
                    </Button>
                  ) : null}
                </div>
                <SplitLinks revision={r} />
                {fields.length ? (
                  <dl className="mt-2 space-y-1">
                    {fields.map((f) => (
                      <div key={f} className="grid grid-cols-[3rem_1fr] gap-2">
                        <dt className="text-stone-500">{FIELDS[f]}</dt>
                        {f === "text" && r.textDiff ? (
                          <dd data-testid="revision-text-diff" className="font-fangsong leading-7">
                            <DiffText segments={r.textDiff} />
                          </dd>
                        ) : (
                          <dd>
                            <span className="text-red-800 line-through decoration-red-300">
                              {describe(f, r.before[f], categories)}
                            </span>
                            <span className="mx-1 text-stone-400">→</span>
                            <span className="text-green-900">{describe(f, r.after[f], categories)}</span>
                          </dd>
                        )}
                      </div>
                    ))}
                  </dl>
                ) : null}
              </li>
            );
          })}
        </ol>
      ) : (
        <p className="text-sm text-stone-500">还没有人修改过这条素材。</p>
      )}
      <MutationError error={error} onRefresh={refresh} />
    </BlockSection>
  );
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);

/** A split names the blocks it made; a block made by a split names the block it came from. */
function SplitLinks({ revision: r }: { revision: BlockDetail["revisions"][number] }) {
  const made = r.action === "split" ? strings(r.after.newBlockIds) : [];
  const from = r.action === "create" && typeof r.after.splitFromId === "string" ? r.after.splitFromId : null;
  if (!made.length && !from) return null;
  return (
    <p className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-stone-600" data-testid="split-links">
      {from ? (
        <Link className="underline hover:text-brand-700" href={`/library/blocks/${from}`}>
          拆分自原素材
        </Link>
      ) : (
        <>
          <span>拆分出的新素材：</span>
          {made.map((id, i) => (
            <Link key={id} className="underline hover:text-brand-700" href={`/library/blocks/${id}`}>
              第 {i + 2} 段
            </Link>
          ))}
        </>
      )}
    </p>
  );
}
