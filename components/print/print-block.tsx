// One printed paragraph of the speech; its look (font, size, alignment, indent) comes from the print style sheet
// by kind and heading level.
import { Fragment } from "react";
import type { PrintBlock } from "@/lib/export/print-blocks";
import { titleLines } from "@/lib/export/title-lines";

export function PrintBlockView({ block }: { block: PrintBlock }) {
  if (block.kind === "heading") {
    return (
      <p className="print-block" data-kind="heading" data-level={block.level} data-number={block.number}>
        {block.number}
        {block.text}
      </p>
    );
  }
  // A long title wraps where the DOCX wraps it: between words, evenly.
  if (block.kind === "title") {
    return (
      <p className="print-block" data-kind="title">
        {titleLines(block.text).map((line, i) => (
          <Fragment key={i}>
            {i > 0 && <br />}
            {line}
          </Fragment>
        ))}
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
