import type { Restoration } from "@/lib/imports/restorations";

/** Abbreviations the miner put back (zf → 政府), each in the words around it, apart from the removed noise. */
export function RestorationsList({ items }: { items: Restoration[] }) {
  if (!items.length) return null;
  return (
    <div className="border-t border-stone-100 px-4 py-2">
      <h3 className="text-sm font-medium">还原的屏蔽缩写（{items.length} 处，请核对用词）</h3>
      <ul className="mt-1 space-y-1 text-sm" data-testid="restorations-list">
        {items.map((r, i) => (
          <li key={i} className="text-stone-700">
            <span className="mr-2 text-xs text-brand-700">
              {r.original} → {r.restored}
              {r.lineNo ? `（第 ${r.lineNo} 行）` : ""}
            </span>
            …{r.before}
            <mark className="bg-amber-100">{r.original}</mark>
            {r.after}…
          </li>
        ))}
      </ul>
    </div>
  );
}
