"use client";
// The composer's right-hand column: tabs for the library, the blanks and variables, and the settings.
import type { ReactNode } from "react";

export type SideTab = "blocks" | "blanks" | "settings";
const TABS: [SideTab, string][] = [
  ["blocks", "素材"],
  ["blanks", "占位符与变量"],
  ["settings", "设置"],
];

export function SidePanel(p: { tab: SideTab; onTab: (t: SideTab) => void; blanks: number; children: ReactNode }) {
  return (
    <aside className="flex max-h-[85vh] flex-col gap-2 border-t border-stone-200 bg-white p-3 lg:max-h-none lg:min-h-0 lg:border-l lg:border-t-0">
      <div role="tablist" aria-label="侧栏" className="flex gap-1">
        {TABS.map(([key, label]) => (
          <button
            key={key}
            type="button"
            role="tab"
            aria-selected={p.tab === key}
            onClick={() => p.onTab(key)}
            className={`rounded px-2 py-1 text-sm ${p.tab === key ? "bg-stone-800 text-white" : "hover:bg-stone-200"}`}
          >
            {label}
            {key === "blanks" && p.blanks ? (
              <span className="ml-1 rounded-full bg-amber-400 px-1.5 text-xs text-stone-900">{p.blanks}</span>
            ) : null}
          </button>
        ))}
      </div>
      {p.children}
    </aside>
  );
}
