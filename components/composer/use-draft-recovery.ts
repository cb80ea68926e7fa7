"use client";
// Text kept in localStorage by an earlier visit (offline, a crash, a tab closed before the save went out) comes
// back when the speech opens: if it was based on the version the server still has, it simply becomes the
// editor's text and is saved; if the server has moved on since, the conflict dialog shows both.
import type { Editor } from "@tiptap/core";
import { useEffect } from "react";
import type { SpeechDetail } from "@/lib/speeches/types";
import { backupKey, readBackup, type SavePayload, type SpeechSaver } from "./speech-saver";

// Once per saver (that is, per opened speech), also under React's double-run of effects in development.
const recovered = new WeakSet<SpeechSaver>();

export function useDraftRecovery(
  editor: Editor | null,
  speech: SpeechDetail,
  saver: SpeechSaver,
  payload: (ed: Editor) => () => SavePayload,
) {
  useEffect(() => {
    if (!editor || recovered.has(saver)) return;
    recovered.add(saver);
    const backup = readBackup(speech.id);
    if (!backup) return;
    const same = JSON.stringify(backup.payload.content) === JSON.stringify(speech.content);
    if (same || speech.status === "FINAL") {
      localStorage.removeItem(backupKey(speech.id));
      return;
    }
    editor.commands.setContent(backup.payload.content, { emitUpdate: false });
    // Saving from the backup's base version: the server accepts it, or answers with a conflict to resolve.
    saver.recover(backup.baseVersion, payload(editor));
  }, [editor, speech, saver, payload]);
}
