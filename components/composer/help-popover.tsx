"use client";
// The keyboard shortcuts, listed where the clerk looks for them.
import { useState } from "react";

const SHORTCUTS: [string, string][] = [
  ["Ctrl+Z / Ctrl+Shift+Z", "撤销 / 重做"],
  ["Ctrl+S", "立即保存"],
  ["Ctrl+F / Ctrl+H", "查找 / 替换"],
  ["Ctrl+K", "检索素材（↑↓ 选择，Enter 插入到光标处）"],
  ["Ctrl+Alt+1 / 2 / 3", "设为一级 / 二级 / 三级标题"],
  ["Ctrl+Alt+0", "设为正文"],
  ["Alt+↑ / ↓", "把光标所在的一节移到上一节之前 / 下一节之后（Alt+Shift+↑ / ↓ 亦可）"],
  ["提纲中 Alt+↑ / ↓", "移动该节"],
  ["F11 或 全屏按钮", "全屏写作"],
];

export function HelpPopover() {
  const [open, setOpen] = useState(false);
  return (
    <div className="relative">
      <button
        type="button"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
        className="rounded px-2 py-1 hover:bg-stone-200"
      >
        快捷键
      </button>
      {open ? (
        <div
          role="dialog"
          aria-label="快捷键"
          className="absolute right-0 z-30 mt-1 w-80 rounded-lg border border-stone-200 bg-white p-3 text-sm shadow-lg"
          onKeyDown={(e) => e.key === "Escape" && setOpen(false)}
        >
          <table className="w-full">
            <tbody>
              {SHORTCUTS.map(([keys, what]) => (
                <tr key={keys}>
                  <td className="whitespace-nowrap py-0.5 pr-3 font-mono text-xs">{keys}</td>
                  <td className="py-0.5">{what}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
