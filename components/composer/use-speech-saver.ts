"use client";
// The saver's life in React: created once per speech, its state rendered, flushed on Ctrl+S, when the tab is
// hidden, on leaving (a keepalive request) and when the connection returns; the browser asks before closing a
// tab with unsaved text, and moving to another page of the app saves first.
import { startTransition, useEffect, useState } from "react";
import { draftScope } from "./draft-backup";
import { SpeechSaver, type SaverState } from "./speech-saver";

export function useSpeechSaver(speechId: string, userId: string, version: number) {
  const [state, setState] = useState<SaverState>({ status: "saved", message: null, conflict: null, savedAt: null });
  // What the toolbar shows (未保存, 保存中 …) re-renders as a transition: the first keystroke's paint does not wait
  // for it.
  const [saver] = useState(
    () => new SpeechSaver(speechId, draftScope(userId, speechId), version, (s) => startTransition(() => setState(s))),
  );

  useEffect(() => {
    // Asking first; the text is also in localStorage already, so nothing is lost whatever the answer. Not when
    // signed out: the way to save is to leave for sign-in, and the text comes back from localStorage after it.
    const beforeUnload = (e: BeforeUnloadEvent) => {
      if (!saver.hasUnsaved || saver.status === "signed-out") return;
      e.preventDefault();
      e.returnValue = "";
    };
    // The page is really going: one last save that outlives it. Its reply is never read; the backup stays
    // until the next visit sees that the server has the same text.
    const pageHide = () => saver.leave();
    // Back from the back-forward cache after that save: this page's version is stale, so start afresh.
    const pageShow = (e: PageTransitionEvent) => e.persisted && window.location.reload();
    // Another tab or app in front: save now, normally, so the version stays in step. Not when signed out: the
    // save is refused anyway, and when the page is hidden on its way to sign-in the request would be cut off.
    const hidden = () => document.visibilityState === "hidden" && saver.status !== "signed-out" && void saver.flush();
    const online = () => saver.online();
    const save = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "s") {
        e.preventDefault();
        void saver.flush();
      }
    };
    window.addEventListener("beforeunload", beforeUnload);
    window.addEventListener("pagehide", pageHide);
    window.addEventListener("pageshow", pageShow);
    document.addEventListener("visibilitychange", hidden);
    window.addEventListener("online", online);
    window.addEventListener("keydown", save);
    return () => {
      window.removeEventListener("beforeunload", beforeUnload);
      window.removeEventListener("pagehide", pageHide);
      window.removeEventListener("pageshow", pageShow);
      document.removeEventListener("visibilitychange", hidden);
      window.removeEventListener("online", online);
      window.removeEventListener("keydown", save);
      saver.close();
    };
  }, [saver]);

  return { saver, state };
}
