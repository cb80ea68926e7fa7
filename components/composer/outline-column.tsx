"use client";
// The composer's left column: length against the target, the outline, 存为提纲模板 and the coverage hint.
import type { Editor } from "@tiptap/core";
import { memo, useState } from "react";
import { createPortal } from "react-dom";
import type { OutlineEntry } from "@/lib/speech-doc/outline";
import type { SpeechSettings } from "@/lib/speech-doc/types";
import { CoverageHint } from "./coverage-hint";
import { LengthBar } from "./length-bar";
import { OutlinePanel } from "./outline-panel";
import { SaveTemplateDialog } from "./save-template-dialog";

export const OutlineColumn = memo(function OutlineColumn(p: {
  editor: Editor;
  chars: number;
  entries: OutlineEntry[];
  settings: SpeechSettings;
  readOnly: boolean;
  canEdit: boolean;
  speechId: string;
  speechTitle: string;
  savedAt: number | null;
  saveFirst: () => Promise<boolean>;
  onOpenCategory: (key: string) => void;
  onNotice: (text: string) => void;
}) {
  const [saving, setSaving] = useState(false);
  return (
    <aside className="space-y-4 border-b border-stone-200 bg-white p-3 [contain:content] lg:min-h-0 lg:overflow-y-auto lg:border-b-0 lg:border-r">
      <LengthBar chars={p.chars} settings={p.settings} canSetTarget={!p.readOnly} />
      <OutlinePanel editor={p.editor} entries={p.entries} readOnly={p.readOnly} />
      {p.canEdit && p.entries.length ? (
        <button
          type="button"
          onClick={() => setSaving(true)}
          title="把这篇讲话稿的提纲（标题、类别和各部分字数）存为模板，新建讲话稿时选用"
          className="rounded border border-stone-300 px-2 py-1 text-xs text-stone-700 hover:bg-stone-100"
        >
          存为提纲模板
        </button>
      ) : null}
      <CoverageHint speechId={p.speechId} savedAt={p.savedAt} onOpenCategory={p.onOpenCategory} />
      {/* The column contains its paint, which would clip a fixed dialog: the dialog goes to the body. */}
      {saving
        ? createPortal(
            <SaveTemplateDialog
              speechId={p.speechId}
              speechTitle={p.speechTitle}
              headingCount={p.entries.length}
              saveFirst={p.saveFirst}
              onClose={() => setSaving(false)}
              onSaved={(t) => {
                setSaving(false);
                p.onNotice(`已存为提纲模板“${t.name}”（${t.headings.length} 个标题）。`);
              }}
            />,
            document.body,
          )
        : null}
    </aside>
  );
});
