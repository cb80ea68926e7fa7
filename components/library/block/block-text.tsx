// A block's text with its placeholders (×× / XX / ＊) marked, so the clerk sees at once what to fill in.
type Placeholder = { text: string; start: number; end: number };

export function BlockText({ text, placeholders }: { text: string; placeholders: Placeholder[] }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  const sorted = [...placeholders]
    .filter((p) => p.start >= 0 && p.end <= text.length && p.start < p.end)
    .sort((a, b) => a.start - b.start);
  for (const p of sorted) {
    if (p.start < at) continue; // overlapping spans: keep the first
    if (p.start > at) parts.push(text.slice(at, p.start));
    parts.push(
      <mark
        key={p.start}
        data-testid="placeholder"
        title="占位符：使用时请替换为实际内容"
        className="rounded-sm bg-violet-100 px-0.5 text-violet-900 ring-1 ring-violet-300"
      >
        {text.slice(p.start, p.end)}
      </mark>,
    );
    at = p.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
