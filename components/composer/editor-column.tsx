"use client";
// The middle column: the page-like writing surface, and the provenance popover a click on a paragraph's margin
// mark opens (with 素材库已更新 when the library has new wording for it).
import type { Editor } from "@tiptap/core";
import { EditorContent } from "@tiptap/react";
import { memo, useState } from "react";
import type { StaleParagraph } from "@/lib/speech-doc/block-freshness";
import type { ReuseWarning } from "@/lib/speeches/types";
import type { TransferBlock } from "./extensions/block-transfer";
import { provenanceAt } from "./provenance-click";
import { ProvenancePopover, type ProvenanceTarget } from "./provenance-popover";

export const EditorColumn = memo(function EditorColumn(p: {
  editor: Editor;
  readOnly: boolean;
  warnings: ReadonlyMap<string, ReuseWarning[]>;
  /** Paragraphs whose block has new wording, by freshness key. */
  stale: ReadonlyMap<string, StaleParagraph>;
  onSaveAsBlock: (text: string) => void;
  onSwap: (block: TransferBlock, apply: () => void) => void;
}) {
  const { editor } = p;
  const [provenance, setProvenance] = useState<ProvenanceTarget | null>(null);
  return (
    <div
      // Each scrolling column contains its layout and paint (contain: content): a keystroke then repaints the text
      // column alone, not the outline and the library panel beside it (about 2 ms less per key).
      className="relative px-2 py-3 [contain:content] sm:py-6 lg:min-h-0 lg:overflow-y-auto lg:px-3 xl:px-6"
      onMouseDown={(e) => {
        const target = provenanceAt(editor, e);
        if (!target) return;
        e.preventDefault();
        setProvenance(target);
      }}
    >
      <div className="speech-page mx-auto">
        <EditorContent editor={editor} />
      </div>
      {provenance ? (
        <ProvenancePopover
          editor={editor}
          target={provenance}
          warnings={p.warnings.get(provenance.blockId)}
          stale={provenance.freshnessKey ? p.stale.get(provenance.freshnessKey) : undefined}
          readOnly={p.readOnly}
          onClose={() => setProvenance(null)}
          onSaveAsBlock={() => {
            p.onSaveAsBlock(editor.state.doc.nodeAt(provenance.pos)?.textContent ?? "");
            setProvenance(null);
          }}
          onSwap={p.onSwap}
        />
      ) : null}
    </div>
  );
});
