"use client";
// The block page: its text with placeholders marked, actions, source context, variants, where used, similar
// blocks and the curation history.
import Link from "next/link";
import { useState } from "react";
import { formatDayOf } from "@/components/ui/format-date";
import { useStatusToast } from "@/components/ui/status-toast";
import type { BlockDetail } from "@/lib/blocks/get-block-detail";
import type { BlockSummary } from "@/lib/blocks/types";
import { categoryHref } from "../library-params";
import type { CategoryOption } from "../types";
import { BlockActions } from "./block-actions";
import { BlockEditor } from "./block-editor";
import { BlockRevisions } from "./block-revisions";
import { BlockSimilar } from "./block-similar";
import { BlockSources } from "./block-sources";
import { BlockText } from "./block-text";
import { BlockUsages } from "./block-usages";
import { BlockVariants } from "./block-variants";
import { SplitDialog } from "./split-dialog";

const ORIGIN: Record<string, string> = { MINED: "语料挖掘", MANUAL: "手工录入", SPLIT: "拆分所得", MERGED: "合并所得" };

export function BlockView({
  detail,
  categories,
  canEdit,
}: {
  detail: BlockDetail;
  categories: CategoryOption[];
  canEdit: boolean;
}) {
  const { block } = detail;
  const [editing, setEditing] = useState(false);
  const [splitting, setSplitting] = useState(false);
  // The blocks the last split made, remembered with the block they came from (the page may move on to another).
  const [split, setSplit] = useState<{ from: string; created: BlockSummary[] } | null>(null);
  const splitInto = split?.from === block.id ? split.created : [];
  const { show, toast } = useStatusToast();

  return (
    <div className="space-y-5">
      <div>
        <Link href="/library" className="text-sm text-stone-500 hover:text-brand-700">
          ← 返回素材库
        </Link>
        <h1 className="mt-2 text-2xl font-semibold">素材详情</h1>
      </div>

      {block.mergedInto ? (
        <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          这条素材已合并到
          <Link className="mx-1 underline" href={`/library/blocks/${block.mergedInto.id}`}>
            另一条素材
          </Link>
          ，不再出现在检索结果中。
        </p>
      ) : null}
      {block.hidden ? (
        <p role="status" className="rounded-md border border-stone-300 bg-stone-100 px-3 py-2 text-sm text-stone-700">
          这条素材已从检索结果中隐藏。
        </p>
      ) : null}

      {splitInto.length ? (
        <div
          role="status"
          data-testid="split-result"
          className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900"
        >
          <div className="flex items-start justify-between gap-3">
            <p>已拆分：本条保留第一段，另新建 {splitInto.length} 条素材。</p>
            <button type="button" className="text-green-800 underline" onClick={() => setSplit(null)}>
              知道了
            </button>
          </div>
          <ol className="mt-1 list-decimal space-y-1 pl-5">
            {splitInto.map((b) => (
              <li key={b.id}>
                <Link className="underline hover:text-brand-700" href={`/library/blocks/${b.id}`}>
                  {b.text.length > 40 ? `${b.text.slice(0, 40)}…` : b.text}
                </Link>
              </li>
            ))}
          </ol>
        </div>
      ) : null}

      <article className="space-y-4 rounded-xl border border-stone-200 bg-white p-5">
        <dl className="flex flex-wrap gap-x-5 gap-y-1 text-sm text-stone-600">
          <div className="flex gap-1">
            <dt>类别：</dt>
            <dd data-testid="block-category" className="font-medium text-stone-900">
              {block.category ? (
                <Link
                  href={categoryHref(block.category.key)}
                  title="查看这一类别的全部素材"
                  className="hover:underline"
                >
                  {block.category.name}
                </Link>
              ) : (
                "未分类"
              )}
            </dd>
          </div>
          <div className="flex gap-1">
            <dt>类型：</dt>
            <dd>{block.kind === "HEADING" ? `标题（第 ${block.level ?? 1} 级）` : "段落"}</dd>
          </div>
          <div className="flex gap-1">
            <dt>标签：</dt>
            <dd data-testid="block-tags">{block.tags.length ? block.tags.join("、") : "无"}</dd>
          </div>
          <div className="flex gap-1">
            <dt>字数：</dt>
            <dd>{block.charCount}</dd>
          </div>
          <div className="flex gap-1">
            <dt>使用：</dt>
            <dd>
              {block.useCount} 次{block.lastUsedAt ? `，最近 ${formatDayOf(block.lastUsedAt)}` : ""}
            </dd>
          </div>
          <div className="flex gap-1">
            <dt>来历：</dt>
            <dd>{ORIGIN[block.origin] ?? block.origin}</dd>
          </div>
          {block.curated ? <dd className="rounded bg-amber-100 px-1.5 text-amber-900">精选</dd> : null}
        </dl>

        {editing ? (
          <BlockEditor block={block} categories={categories} onDone={() => setEditing(false)} />
        ) : (
          <p
            data-testid="block-text"
            className={`max-w-4xl font-serif text-lg leading-9 ${block.kind === "HEADING" ? "font-semibold" : ""}`}
          >
            <BlockText text={block.text} placeholders={block.placeholders} />
          </p>
        )}
        {block.placeholders.length && !editing ? (
          <p className="text-xs text-violet-800">含 {block.placeholders.length} 处占位符，使用时请替换为实际内容。</p>
        ) : null}

        {!editing ? (
          <BlockActions
            block={block}
            canEdit={canEdit}
            onEdit={() => setEditing(true)}
            onSplit={() => setSplitting(true)}
            onCopied={(ok) => show(ok ? "已复制素材文本" : "复制失败，请手动选择文本复制")}
          />
        ) : null}
      </article>

      <div className="grid gap-5 lg:grid-cols-2">
        <BlockSources sources={detail.sources} />
        <div className="space-y-5">
          <BlockUsages usages={detail.usages} />
          <BlockSimilar similar={detail.similar} variants={detail.variants.length} />
        </div>
      </div>
      <BlockVariants blockId={block.id} variants={detail.variants} canEdit={canEdit && !block.mergedInto} />
      <BlockRevisions revisions={detail.revisions} categories={categories} canEdit={canEdit} />
      {splitting ? (
        <SplitDialog
          block={block}
          onClose={() => setSplitting(false)}
          onSplit={(created) => setSplit({ from: block.id, created })}
        />
      ) : null}
      {toast}
    </div>
  );
}
