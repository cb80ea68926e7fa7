// A paragraph's character differences inline, in reading order: insertions underlined, deletions struck through
// (not colour alone), each announced to screen readers as 插入/删除.
import type { DiffSegment } from "@/lib/speech-doc/compare/char-diff";

export function DiffText({ segments }: { segments: readonly DiffSegment[] }) {
  return (
    <>
      {segments.map((s, i) =>
        s.op === "equal" ? (
          <span key={i}>{s.text}</span>
        ) : s.op === "insert" ? (
          <ins key={i} data-diff="insert" className="bg-emerald-100 text-emerald-900 underline decoration-2">
            <span className="sr-only">【插入】</span>
            {s.text}
            <span className="sr-only">【插入结束】</span>
          </ins>
        ) : (
          <del key={i} data-diff="delete" className="bg-red-100 text-red-900 line-through decoration-2">
            <span className="sr-only">【删除】</span>
            {s.text}
            <span className="sr-only">【删除结束】</span>
          </del>
        ),
      )}
    </>
  );
}
