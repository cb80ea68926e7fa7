// One A4 sheet of the print view: the lines of the blocks that fall on it, and its page number.
import { LINE_PT } from "@/lib/export/layout";
import type { PageNumberPlacement } from "@/lib/export/options";
import type { PageSlice } from "@/lib/export/paginate";
import type { PrintBlock } from "@/lib/export/print-blocks";
import { pageNumberText } from "@/lib/export/print-geometry";
import { PrintBlockView } from "./print-block";

export function PrintSheet({
  number,
  slices,
  blocks,
  pageNumbers,
}: {
  number: number;
  slices: PageSlice[];
  blocks: PrintBlock[];
  pageNumbers: PageNumberPlacement;
}) {
  const side = pageNumbers === "center" ? "center" : number % 2 ? "right" : "left";
  return (
    <section className="print-sheet" data-page={number} aria-label={`第 ${number} 页`}>
      <div className="print-text">
        {slices.map((s) => (
          // A block continued from the previous page is laid out whole and shifted up behind a window of its
          // remaining lines, so its lines break exactly as they did when measured. Screen readers read it once.
          <div
            key={`${s.block}-${s.fromLine}`}
            className="print-slice"
            style={{ height: `${(s.toLine - s.fromLine) * LINE_PT}pt` }}
            aria-hidden={s.fromLine > 0 || undefined}
          >
            <div style={s.fromLine ? { marginTop: `${-s.fromLine * LINE_PT}pt` } : undefined}>
              <PrintBlockView block={blocks[s.block]!} />
            </div>
          </div>
        ))}
      </div>
      <p className="print-page-number" data-side={side}>
        {pageNumberText(number)}
      </p>
    </section>
  );
}
