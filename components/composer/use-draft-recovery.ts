"use client";
// Text kept in localStorage by an earlier visit (offline, a crash, a tab closed before the save went out) comes
// back when the speech opens. Drafts the server already holds are dropped. Otherwise the newest draft of this
// tab, or one another tab left behind a while ago, becomes the editor's text and is saved from the version it
// was based on: the server accepts it, or answers with a conflict that shows both texts. When the speech cannot
// be edited (定稿, or a 只读 user), the draft is offered for copying instead of being thrown away.
import type { Editor } from "@tiptap/core";
import { useEffect, useState } from "react";
import type { SpeechSettings } from "@/lib/speech-doc/types";
import type { SpeechDetail } from "@/lib/speeches/types";
import { backupKey, backupsOf, draftScope, removeBackup, sameAsServer, type SavePayload } from "./draft-backup";
import type { SpeechSaver } from "./speech-saver";

/** A draft another tab has not touched for this long is taken as left behind (closed or crashed). */
const ORPHAN_AFTER_MS = 30_000;

export type StrandedDraft = { payload: SavePayload; discard: () => void };

// Once per saver (that is, per opened speech), also under React's double-run of effects in development.
const recovered = new WeakSet<SpeechSaver>();

export function useDraftRecovery(a: {
  editor: Editor | null;
  speech: SpeechDetail;
  userId: string;
  saver: SpeechSaver;
  payload: (ed: Editor) => () => SavePayload;
  editable: boolean;
  onSettings: (s: SpeechSettings) => void;
}): StrandedDraft | null {
  const { editor, speech, userId, saver, payload, editable, onSettings } = a;
  // Read once, when the composer opens (it renders only in the browser, so localStorage is there).
  const [found] = useState(() => recoverableDraft(speech, draftScope(userId, speech.id)));
  const [strandedOpen, setStrandedOpen] = useState(true);
  const stranded: StrandedDraft | null =
    found && !editable && strandedOpen
      ? {
          payload: found.backup.payload,
          discard: () => {
            removeBackup(found.key);
            setStrandedOpen(false);
          },
        }
      : null;

  useEffect(() => {
    if (!editor || !found || !editable || recovered.has(saver)) return;
    recovered.add(saver);
    const draft = found;
    editor.commands.setContent(draft.backup.payload.content, { emitUpdate: false });
    onSettings(draft.backup.payload.settings);
    saver.recover(draft.backup.baseVersion, payload(editor), draft.key);
  }, [editor, found, saver, payload, editable, onSettings]);

  return stranded;
}

/** The draft to bring back: this tab's, or one another tab left behind; drafts the server already has go. */
function recoverableDraft(speech: SpeechDetail, scope: string) {
  const own = backupKey(scope);
  const candidates = backupsOf(scope).filter(({ key, backup }) => {
    if (!sameAsServer(backup.payload, speech)) return true;
    removeBackup(key);
    return false;
  });
  return (
    candidates.find(({ key, backup }) => key === own || Date.now() - Date.parse(backup.at) > ORPHAN_AFTER_MS) ?? null
  );
}
