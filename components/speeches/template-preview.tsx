"use client";
// The headings a template would give a new speech: level, text, category and target length of each.
import type { TemplateHeading } from "@/lib/outline-templates/types";

export function TemplatePreview({ headings, label = "模板提纲" }: { headings: TemplateHeading[]; label?: string }) {
  return (
    <ol aria-label={label} className="space-y-0.5 text-sm text-stone-700" data-testid="template-preview">
      {headings.map((h, i) => (
        <li
          key={i}
          className={`flex items-baseline gap-2 ${h.level === 1 ? "font-medium" : h.level === 2 ? "pl-5 text-stone-600" : "pl-10 text-stone-600"}`}
        >
          <span className="min-w-0 flex-1">{h.text}</span>
          <span className="shrink-0 text-xs font-normal text-stone-400">
            {[h.categoryKey, h.targetChars ? `约 ${h.targetChars} 字` : null].filter(Boolean).join(" · ")}
          </span>
        </li>
      ))}
    </ol>
  );
}

/** The sum of the headings' targets, which a new speech takes as its target length. */
export const templateTotal = (headings: TemplateHeading[]) => headings.reduce((n, h) => n + (h.targetChars ?? 0), 0);

/** The preview of a chosen template, with the target length the new speech will take from it. */
export function ChosenTemplate({ headings }: { headings: TemplateHeading[] }) {
  const total = templateTotal(headings);
  return (
    <>
      <TemplatePreview headings={headings} />
      {total ? <p className="text-xs text-stone-500">新讲话稿的目标字数：{total} 字（各部分之和）</p> : null}
    </>
  );
}
