"use client";
// The library panel (its search request, results and reuse marks) waits until the browser is idle after the
// editor's first paint: opening a speech then lays out and paints the text first, and a key typed at once is
// not held up behind the panel's work.
import type { Editor } from "@tiptap/core";
import { useEffect, useState } from "react";

const AT_THE_LATEST_MS = 800;

export function usePanelAfterFirstPaint(editor: Editor | null): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (!editor || ready) return;
    let idle: number | null = null;
    const frame = requestAnimationFrame(() => {
      idle =
        typeof requestIdleCallback === "function"
          ? requestIdleCallback(() => setReady(true), { timeout: AT_THE_LATEST_MS })
          : window.setTimeout(() => setReady(true), 200);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (idle !== null) {
        if (typeof cancelIdleCallback === "function") cancelIdleCallback(idle);
        else clearTimeout(idle);
      }
    };
  }, [editor, ready]);
  return ready;
}
