"use client";
// The pre-export check's findings, grouped by kind, for the export dialog: where each one is, what is wrong, how to
// fix it, a jump link, and a one-click fix for half-width punctuation. Presentational: the dialog runs
// preflightSpeech and applies fixes (applyPunctuationFixes or an editor transaction) through the callbacks.
// A long speech may have dozens of findings of a kind: a group shows its first few (the rest on request) and its
// advice once when all share it, and the list scrolls on its own, so the options and the download stay in view.
import { useState } from "react";
import {
  PREFLIGHT_KINDS,
  PREFLIGHT_KIND_LABELS,
  type PreflightIssue,
  type PreflightKind,
} from "@/lib/export/preflight-types";

export type PreflightListProps = {
  issues: PreflightIssue[];
  onJump: (issue: PreflightIssue) => void;
  /** Applies the replacements of the given issues; without it no fix buttons are shown (read-only users). */
  onFix?: (issues: PreflightIssue[]) => void;
};

const fixable = (i: PreflightIssue) => i.replacement !== undefined;
/** How many findings of a kind are listed before 显示其余. */
export const SHOWN_PER_KIND = 5;

export function PreflightList({ issues, onJump, onFix }: PreflightListProps) {
  if (!issues.length) {
    return (
      <p className="rounded border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
        检查完毕，没有发现问题。
      </p>
    );
  }
  const groups = PREFLIGHT_KINDS.map((kind) => ({ kind, items: issues.filter((i) => i.kind === kind) })).filter(
    (g) => g.items.length,
  );
  const warnings = issues.filter((i) => i.severity === "warning").length;
  return (
    <section aria-label="导出前检查" className="max-h-[45vh] space-y-3 overflow-y-auto pr-1 text-sm">
      <p className="text-stone-600">
        发现 {issues.length} 处可能的问题{warnings ? `（其中 ${warnings} 处需要注意）` : ""}
        。可以先修改，也可以直接导出。
      </p>
      {groups.map((g) => (
        <PreflightGroup key={g.kind} kind={g.kind} items={g.items} onJump={onJump} onFix={onFix} />
      ))}
    </section>
  );
}

function PreflightGroup({
  kind,
  items,
  onJump,
  onFix,
}: {
  kind: PreflightKind;
  items: PreflightIssue[];
  onJump: PreflightListProps["onJump"];
  onFix: PreflightListProps["onFix"];
}) {
  const canFix = onFix ? items.filter(fixable) : [];
  const label = PREFLIGHT_KIND_LABELS[kind];
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, SHOWN_PER_KIND);
  const sharedFix = items.every((i) => i.fix === items[0]!.fix) ? items[0]!.fix : null;
  return (
    <div data-kind={kind}>
      <div className="mb-1 flex items-center gap-2">
        <h3 className="font-medium">
          {label}
          <span
            className="ml-1 rounded-full bg-stone-200 px-1.5 text-xs text-stone-700"
            aria-label={`${items.length} 处`}
          >
            {items.length}
          </span>
        </h3>
        {onFix && canFix.length > 1 ? (
          <button
            type="button"
            className="ml-auto rounded border border-stone-300 px-2 py-0.5 text-xs hover:bg-stone-100"
            onClick={() => onFix(canFix)}
          >
            全部改为全角（{canFix.length}）
          </button>
        ) : null}
      </div>
      {sharedFix && items.length > 1 ? <p className="mb-1 text-xs text-stone-600">修改建议：{sharedFix}</p> : null}
      <ul className="space-y-1" aria-label={label}>
        {shown.map((issue, k) => (
          <li
            key={`${issue.nodeIndex}-${issue.offset ?? ""}-${k}`}
            className={`flex items-start gap-2 rounded border px-2 py-1.5 ${
              issue.severity === "warning" ? "border-amber-300 bg-amber-50" : "border-stone-200 bg-white"
            }`}
          >
            <div className="min-w-0 flex-1">
              <p>
                <span className="mr-1 font-medium text-stone-800">{issue.where}</span>
                <span className="text-stone-800">{issue.message}</span>
              </p>
              {sharedFix && items.length > 1 ? null : <p className="text-xs text-stone-600">修改建议：{issue.fix}</p>}
            </div>
            <div className="flex shrink-0 gap-1">
              {issue.nodeIndex !== null ? (
                <button
                  type="button"
                  className="rounded border border-stone-300 bg-white px-2 py-0.5 text-xs hover:bg-stone-100"
                  onClick={() => onJump(issue)}
                  aria-label={`定位到${issue.where}`}
                >
                  定位
                </button>
              ) : null}
              {onFix && fixable(issue) ? (
                <button
                  type="button"
                  className="rounded border border-brand-600 bg-white px-2 py-0.5 text-xs text-brand-700 hover:bg-brand-50"
                  onClick={() => onFix([issue])}
                >
                  一键改为全角
                </button>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
      {items.length > shown.length ? (
        <button type="button" className="mt-1 text-xs text-brand-700 underline" onClick={() => setAll(true)}>
          显示其余 {items.length - shown.length} 处
        </button>
      ) : null}
    </div>
  );
}
