import type { RowTone, RowView } from "./import-file-status";

const LABEL_COLOUR: Record<RowTone, string> = {
  working: "text-stone-600",
  ok: "text-green-700",
  warn: "text-amber-700",
  muted: "text-stone-500",
  error: "text-red-700",
};
const BAR_COLOUR: Record<RowTone, string> = {
  working: "bg-brand-600",
  ok: "bg-brand-600",
  warn: "bg-amber-500",
  muted: "bg-stone-400",
  error: "bg-red-500",
};

/** One file: its name, what is happening to it, a progress bar and a line of detail. */
export function ImportFileRow({ name, view }: { name: string; view: RowView }) {
  const percent = view.progress === null ? null : Math.round(view.progress * 100);
  return (
    <li className="rounded-md border border-stone-200 bg-white px-3 py-2" data-testid="upload-row">
      <div className="flex items-center justify-between gap-2 text-sm">
        <span className="truncate font-medium">{name}</span>
        <span data-testid="upload-status" className={`shrink-0 ${LABEL_COLOUR[view.tone]}`}>
          {view.label}
        </span>
      </div>
      <div
        className="mt-1 h-1.5 overflow-hidden rounded bg-stone-100"
        role="progressbar"
        aria-label={`${name}：${view.label}`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
      >
        {percent === null ? (
          <div className={`h-full w-1/3 animate-pulse ${BAR_COLOUR[view.tone]}`} />
        ) : (
          <div
            className={`h-full transition-[width] duration-500 ${BAR_COLOUR[view.tone]}`}
            style={{ width: `${percent}%` }}
          />
        )}
      </div>
      {view.message ? <p className="mt-1 text-xs text-stone-600">{view.message}</p> : null}
    </li>
  );
}
