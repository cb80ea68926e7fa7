"use client";
// The document as the side panels see it: a JSON snapshot taken shortly after the user pauses, never while
// pinyin is being composed (the uncommitted letters are in the document then), and the top-level node the
// cursor is in. Panels re-render from this, not on every keystroke, so typing stays fast.
import type { Editor } from "@tiptap/core";
import { useEffect, useState } from "react";
import type { SpeechDoc } from "@/lib/speech-doc/types";

const SNAPSHOT_DELAY_MS = 150;

export function useSpeechDoc(editor: Editor | null, onChange: () => void) {
  const [doc, setDoc] = useState<SpeechDoc | null>(null);
  const [cursorIndex, setCursorIndex] = useState(0);

  useEffect(() => {
    if (!editor) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const snapshot = () => {
      timer = null;
      if (editor.isDestroyed || editor.view.composing) return;
      setDoc(editor.getJSON() as SpeechDoc);
    };
    const schedule = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(snapshot, SNAPSHOT_DELAY_MS);
    };
    const onUpdate = () => {
      if (editor.view.composing) return; // compositionend below picks it up
      onChange();
      schedule();
    };
    const onCompositionEnd = () =>
      setTimeout(() => {
        if (editor.isDestroyed || editor.view.composing) return;
        onChange();
        schedule();
      }, 0);
    const onSelection = () => setCursorIndex(editor.state.selection.$from.index(0));
    snapshot();
    onSelection();
    editor.on("update", onUpdate);
    editor.on("selectionUpdate", onSelection);
    const dom = editor.view.dom;
    dom.addEventListener("compositionend", onCompositionEnd);
    return () => {
      if (timer) clearTimeout(timer);
      editor.off("update", onUpdate);
      editor.off("selectionUpdate", onSelection);
      dom.removeEventListener("compositionend", onCompositionEnd);
    };
  }, [editor, onChange]);

  return { doc, cursorIndex };
}
