"use client";
// The composer's side of 导出: saves the text, runs the pre-export check on what is on screen, jumps to a finding
// (closing the dialog) and applies the one-click punctuation fixes as one undoable edit.
import type { Editor } from "@tiptap/core";
import { useCallback, useMemo } from "react";
import { ExportDialog } from "@/components/export/export-dialog";
import { PreflightList } from "@/components/export/preflight-list";
import { preflightSpeech, type PreflightIssue } from "@/lib/export/preflight";
import { speechPlaceholders } from "@/lib/speech-doc/placeholders";
import type { SpeechDoc, SpeechSettings } from "@/lib/speech-doc/types";
import { jumpToIndex, posOfIndex } from "./editor-positions";
import type { SpeechSaver } from "./speech-saver";

export function ComposerExport({
  editor,
  doc,
  speechId,
  saver,
  settings,
  readOnly,
  onClose,
}: {
  editor: Editor;
  /** The composer's snapshot of the text (it follows every edit, so the list refreshes after a fix). */
  doc: SpeechDoc;
  speechId: string;
  saver: SpeechSaver;
  settings: SpeechSettings;
  readOnly: boolean;
  onClose: () => void;
}) {
  const issues = useMemo(() => preflightSpeech(doc, settings), [doc, settings]);
  const blanks = useMemo(() => speechPlaceholders(doc).length, [doc]);

  const save = useCallback(async () => {
    if (readOnly) return null;
    await saver.flush();
    return saver.hasUnsaved ? (saver.message ?? "网络或服务器暂时不可用") : null;
  }, [saver, readOnly]);

  const jump = (issue: PreflightIssue) => {
    if (issue.nodeIndex === null) return; // the whole speech (its length): nowhere to go
    onClose();
    const span =
      issue.offset !== undefined ? { start: issue.offset, end: issue.offset + (issue.length ?? 0) } : undefined;
    jumpToIndex(editor, issue.nodeIndex, span);
  };

  const fix = (chosen: PreflightIssue[]) => {
    // From the end backwards, so earlier positions stay valid; one transaction, so one undo reverts it.
    // The list comes from a snapshot taken a moment after the last edit: a span no longer holding the text it
    // flagged (a second click, a fix of the whole group just after one of its items) is left alone, or it would
    // overwrite the characters now there.
    const current = editor.state.doc;
    const edits = chosen
      .filter((i) => i.replacement !== undefined && i.offset !== undefined && i.nodeIndex !== null && i.text)
      .map((i) => ({
        from: posOfIndex(editor, i.nodeIndex!) + 1 + i.offset!,
        length: i.length ?? i.text!.length,
        text: i.replacement!,
        was: i.text!,
      }))
      .filter(
        (e) => e.from + e.length <= current.content.size && current.textBetween(e.from, e.from + e.length) === e.was,
      )
      .sort((a, b) => b.from - a.from);
    if (!edits.length) return;
    const tr = editor.state.tr;
    for (const e of edits) tr.insertText(e.text, e.from, e.from + e.length);
    editor.view.dispatch(tr);
  };

  return (
    <ExportDialog
      speechId={speechId}
      blanks={blanks}
      save={save}
      onClose={onClose}
      checks={<PreflightList issues={issues} onJump={jump} onFix={readOnly ? undefined : fix} />}
    />
  );
}
