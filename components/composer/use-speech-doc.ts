"use client";
// The document as the side panels see it: a JSON snapshot taken shortly after the user pauses, never while
// pinyin is being composed (the uncommitted letters are in the document then), and the top-level node the
// cursor is in. Panels re-render from this, not on every keystroke, so typing stays fast; and they re-render as
// a transition, which React interrupts for a key pressed meanwhile (the key is not held up behind the outline,
// the counts and the panel of a long speech). `onChange` reports the user's own edits (for saving); the
// snapshot follows every change, including a text taken over from a conflict or restored from a draft.
import type { Editor } from "@tiptap/core";
import type { Node as PMNode } from "@tiptap/pm/model";
import type { Transaction } from "@tiptap/pm/state";
import { startTransition, useEffect, useState } from "react";
import type { SpeechDoc } from "@/lib/speech-doc/types";

const SNAPSHOT_DELAY_MS = 150;

export function useSpeechDoc(editor: Editor | null, onChange: () => void) {
  const [doc, setDoc] = useState<SpeechDoc | null>(null);
  const [cursorIndex, setCursorIndex] = useState(0);

  useEffect(() => {
    if (!editor) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    // The document last reported as changed: a composition that ends where it began changes nothing.
    let reported: PMNode = editor.state.doc;
    const snapshot = () => {
      timer = null;
      if (editor.isDestroyed || editor.view.composing) return;
      const next = editor.getJSON() as SpeechDoc;
      startTransition(() => setDoc(next));
    };
    const schedule = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(snapshot, SNAPSHOT_DELAY_MS);
    };
    const report = () => {
      if (editor.isDestroyed || editor.view.composing || editor.state.doc === reported) return;
      reported = editor.state.doc;
      onChange();
    };
    const onTransaction = ({ transaction }: { transaction: Transaction }) => {
      if (!transaction.docChanged) return;
      if (!transaction.getMeta("preventUpdate")) report();
      else reported = editor.state.doc; // setContent without an update: not the user's edit
      schedule();
    };
    const onCompositionEnd = () =>
      setTimeout(() => {
        report();
        schedule();
      }, 0);
    let index = -1;
    const onSelection = () => {
      const next = editor.state.selection.$from.index(0);
      if (next === index) return; // typing within a paragraph: nothing for React to schedule
      index = next;
      startTransition(() => setCursorIndex(next));
    };
    snapshot();
    onSelection();
    editor.on("transaction", onTransaction);
    editor.on("selectionUpdate", onSelection);
    const dom = editor.view.dom;
    dom.addEventListener("compositionend", onCompositionEnd);
    return () => {
      if (timer) clearTimeout(timer);
      editor.off("transaction", onTransaction);
      editor.off("selectionUpdate", onSelection);
      dom.removeEventListener("compositionend", onCompositionEnd);
    };
  }, [editor, onChange]);

  return { doc, cursorIndex };
}
