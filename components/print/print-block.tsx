// One printed paragraph of the speech; its look (font, size, alignment, indent) comes from the print style sheet
// by kind and heading level.
import type { PrintBlock } from "@/lib/export/print-blocks";

export function PrintBlockView({ block }: { block: PrintBlock }) {
  if (block.kind === "heading") {
    return (
      <p className="print-block" data-kind="heading" data-level={block.level} data-number={block.number}>
        {block.number}
        {block.text}
      </p>
    );
  }
  // A blank line keeps its height with a no-break space (an empty paragraph has none).
  return (
    <p className="print-block" data-kind={block.kind}>
      {block.kind === "blank" ? "\u00a0" : block.text}
    </p>
  );
}
