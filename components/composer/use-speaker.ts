"use client";
// The speech's 讲话人 in the open composer. The speaker line under the title and the field are one value
// (lib/speech-doc/speaker-line.ts): the server takes each saved line as the field and answers with it, so the
// composer follows the saves (reuse warnings, the panel's filter, 讲话信息); and 讲话信息 writes a new speaker
// into the line and saves it before it sends the other fields, so the text, the field and the exports agree.
import type { Editor } from "@tiptap/core";
import { Fragment } from "@tiptap/pm/model";
import { useCallback, useMemo } from "react";
import { lineWithSpeaker, speakerOfLine } from "@/lib/speech-doc/speaker-line";
import type { ReuseFilter, SpeechDetail } from "@/lib/speeches/types";
import type { SpeechSaver } from "./speech-saver";
import { useReuseWarnings } from "./use-reuse-warnings";

/** The line is the document's second node (the editor's schema requires it). */
const lineOf = (editor: Editor) => editor.state.doc.child(1);

/** `saved`: the speaker the last save answered with (undefined before one did). */
export function useSpeaker(
  speech: SpeechDetail,
  initialFilter: ReuseFilter,
  saved: string | null | undefined,
  editor: Editor | null,
  saver: SpeechSaver,
) {
  const speaker = saved === undefined ? speech.speaker : saved;
  const reuse = useReuseWarnings(speech.id, speaker, initialFilter);
  // The speech as the side panels and 讲话信息 show it: with the speaker the last save set.
  const shown = useMemo(() => ({ ...speech, speaker }), [speech, speaker]);
  const { check, warningsFor: cached } = reuse;

  // A block inserted right after a speaker was typed under the title is checked against that speaker: the line
  // is saved first, and the server answers for the speaker it now holds.
  const warningsFor = useCallback(
    async (blockId: string) => {
      if (!editor || speakerOfLine(lineOf(editor).textContent) === speaker) return cached(blockId);
      await saver.flush();
      return check(blockId);
    },
    [editor, speaker, saver, cached, check],
  );

  /** Writes `next` into the line (one undoable step) and saves the text; false when the save did not go through. */
  const writeLine = useCallback(
    async (next: string | null): Promise<boolean> => {
      if (!editor || editor.isDestroyed) return false;
      const { state } = editor;
      const line = lineOf(editor);
      const text = lineWithSpeaker(line.textContent, next);
      if (text !== line.textContent) {
        const start = state.doc.child(0).nodeSize + 1;
        const content = text ? state.schema.text(text) : Fragment.empty;
        // The transaction reports a change to the saver like any edit (use-speech-doc.ts).
        editor.view.dispatch(state.tr.replaceWith(start, start + line.content.size, content));
      }
      await saver.flush();
      return !saver.hasUnsaved && saver.status === "saved";
    },
    [editor, saver],
  );

  return { shown, reuse, warningsFor, writeLine };
}
