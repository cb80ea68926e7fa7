"use client";
// The speech's settings as the composer holds them: state for rendering, a ref for the saver's payload (read
// when a save goes out), and the numbering styles handed to the decorations whenever they change.
import type { Editor } from "@tiptap/core";
import { useCallback, useEffect, useRef, useState } from "react";
import type { SpeechSettings } from "@/lib/speech-doc/types";
import { setDecorationContext } from "./extensions/speech-decorations";

export function useSpeechSettings(initial: SpeechSettings, editor: Editor | null) {
  const [settings, setSettings] = useState(initial);
  const settingsRef = useRef(initial);
  /** Takes new settings without saving them (a text taken over from a conflict or recovered from a draft). */
  const apply = useCallback(
    (next: SpeechSettings) => {
      settingsRef.current = next;
      setSettings(next);
      if (editor) setDecorationContext(editor.view, { numbering: next.numbering });
    },
    [editor],
  );
  useEffect(() => {
    if (editor) setDecorationContext(editor.view, { numbering: settingsRef.current.numbering });
  }, [editor]);
  return { settings, settingsRef, apply };
}
