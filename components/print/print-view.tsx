"use client";
// The speech in the official layout, as A4 sheets of 22 lines. The blocks are laid out once in a hidden column of
// the text block's width; after the fonts are ready each block's height gives its line count, and paginate() deals
// the lines onto sheets. Measuring the browser's own line breaks (rather than estimating 28 characters a line)
// keeps the sheets right whatever fonts the machine has.
import { useEffect, useRef, useState } from "react";
import type { ExportOptions } from "@/lib/export/options";
import { paginate, type PageSlice } from "@/lib/export/paginate";
import type { PrintBlock } from "@/lib/export/print-blocks";
import { printCss } from "@/lib/export/print-css";
import { LINE_PX } from "@/lib/export/print-geometry";
import { PrintBlockView } from "./print-block";
import { PrintSheet } from "./print-sheet";
import { PrintToolbar } from "./print-toolbar";

export type PrintViewProps = { speechId: string; blocks: PrintBlock[]; printOptions: ExportOptions };

export function PrintView({ speechId, blocks, printOptions }: PrintViewProps) {
  const measureRef = useRef<HTMLDivElement>(null);
  // Pages belong to the blocks they were measured from: new blocks (other options) show 正在排版 until measured.
  const [layout, setLayout] = useState<{ blocks: PrintBlock[]; pages: PageSlice[][] } | null>(null);
  const pages = layout?.blocks === blocks ? layout.pages : null;

  useEffect(() => {
    let live = true;
    document.fonts.ready.then(() => {
      const column = measureRef.current;
      if (!live || !column) return;
      const counts = [...column.children].map((el) => Math.round(el.getBoundingClientRect().height / LINE_PX));
      setLayout({ blocks, pages: paginate(counts) });
    });
    return () => {
      live = false;
    };
  }, [blocks, printOptions]);

  return (
    <div className="print-root -mx-4 -my-6 bg-stone-300 px-4 py-6 md:-mx-6 md:px-6" lang="zh-CN">
      <style>{printCss(printOptions)}</style>
      <PrintToolbar speechId={speechId} pages={pages?.length ?? null} />
      <div ref={measureRef} className="print-measure" aria-hidden>
        {blocks.map((b, i) => (
          <PrintBlockView key={i} block={b} />
        ))}
      </div>
      <div data-paginated={pages !== null}>
        {pages === null ? (
          <p className="print-status py-12 text-center text-stone-600">正在按 A4 排版…</p>
        ) : (
          pages.map((slices, i) => (
            <PrintSheet key={i} number={i + 1} slices={slices} blocks={blocks} pageNumbers={printOptions.pageNumbers} />
          ))
        )}
      </div>
    </div>
  );
}
