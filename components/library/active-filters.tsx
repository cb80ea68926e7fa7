"use client";
// The filters in force, each removable, so a clerk always sees why the list is what it is.
import { categoryByRef, LENGTH_LABELS, toggleListParam, withParam, type LengthBucket } from "./library-params";
import type { SourceFilterNames } from "@/lib/search/source-filter-names";
import type { CategoryOption, MeetingOption } from "./types";

export function ActiveFilters({
  params,
  categories,
  meetings,
  sourceNames,
  onChange,
}: {
  params: URLSearchParams;
  categories: CategoryOption[];
  meetings: MeetingOption[];
  sourceNames?: SourceFilterNames;
  onChange: (next: URLSearchParams) => void;
}) {
  const chips: { label: string; title?: string; remove: () => URLSearchParams }[] = [];
  const single = (key: string, label: (v: string) => string, title?: string) => {
    const v = params.get(key);
    if (v) chips.push({ label: label(v), title, remove: () => withParam(params, key, null) });
  };
  single(
    "category",
    (v) => `类别：${v === "none" ? "未分类" : (categoryByRef(categories, v)?.name ?? "已删除的类别")}`,
  );
  single("kind", (v) => (v === "HEADING" ? "标题" : "段落"));
  single("curated", () => "已精选");
  single("placeholders", (v) => (v === "1" ? "含占位符" : "不含占位符"));
  single("used", (v) => (v === "1" ? "用过" : "从未用过"));
  single("favourite", () => "我的收藏");
  single("length", (v) => `篇幅：${LENGTH_LABELS[v as LengthBucket] ?? v}`);
  single("speaker", (v) => (params.get("speakerUse") === "not" ? `${v}没用过` : `${v}用过`));
  single("since", (v) => `${v} 以来的使用`);
  single("meeting", (v) => `用于会议：${meetings.find((m) => m.id === v)?.title ?? "指定会议"}`);
  const named = (name: string | null | undefined, what: string) =>
    name === undefined ? `来自指定${what}` : name === null ? `来自已删除的${what}` : `来自${what}「${name}」`;
  const doc = sourceNames?.document;
  single("document", () => named(doc ? doc.name : doc, "文件"), doc?.fromTitle ? `文件名：${doc.fileName}` : undefined);
  single("speech", () => named(sourceNames?.speech, "讲话"));
  for (const genre of params.getAll("genre")) {
    chips.push({ label: `体裁：${genre}`, remove: () => toggleListParam(params, "genre", genre) });
  }
  for (const tag of params.getAll("tag")) {
    chips.push({
      label: `#${tag}`,
      remove: () => toggleListParam(params, "tag", tag),
    });
  }
  if (!chips.length) return null;
  const clearAll = () => {
    const next = new URLSearchParams();
    const q = params.get("q");
    if (q) next.set("q", q);
    const sort = params.get("sort");
    if (sort) next.set("sort", sort);
    return next;
  };
  return (
    <div className="mb-3 flex flex-wrap items-center gap-2" data-testid="active-filters">
      {chips.map((c) => (
        <button
          key={c.label}
          type="button"
          onClick={() => onChange(c.remove())}
          aria-label={`移除筛选：${c.label}`}
          title={c.title}
          className="rounded-full border border-brand-600 bg-brand-50 px-3 py-0.5 text-xs text-brand-800 hover:bg-brand-100"
        >
          {c.label} ×
        </button>
      ))}
      <button type="button" onClick={() => onChange(clearAll())} className="text-xs text-stone-500 underline">
        清除全部
      </button>
    </div>
  );
}
