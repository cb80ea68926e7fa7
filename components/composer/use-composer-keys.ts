"use client";
// The composer's window-wide shortcuts: Ctrl+K searches the library, Ctrl+F/Ctrl+H open find and replace,
// F11 toggles full-screen writing and Escape leaves it.
import { useEffect } from "react";

export function useComposerKeys(a: {
  onSearch: () => void;
  onFind: () => void;
  onFullScreen: (next: (on: boolean) => boolean) => void;
  fullScreen: boolean;
  findOpen: boolean;
}) {
  const { onSearch, onFind, onFullScreen, fullScreen, findOpen } = a;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      if (mod && key === "k") {
        e.preventDefault();
        onSearch();
      } else if (mod && (key === "f" || key === "h")) {
        e.preventDefault();
        onFind();
      } else if (e.key === "F11") {
        e.preventDefault();
        onFullScreen((on) => !on);
      } else if (e.key === "Escape" && fullScreen && !findOpen) onFullScreen(() => false);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [onSearch, onFind, onFullScreen, fullScreen, findOpen]);
}
