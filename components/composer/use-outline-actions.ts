"use client";
// What the outline column asks of the composer: open the library panel on a category (the coverage hint's link),
// and save the speech before its outline is stored as a template.
import { useMemo, useState } from "react";
import type { SideTab } from "./side-panel";
import type { SpeechSaver } from "./speech-saver";

export function useOutlineActions(saver: SpeechSaver, setTab: (tab: SideTab) => void) {
  // Each click is a new object, so the panel opens the category again even if it is the same one.
  const [openCategory, setOpenCategory] = useState<{ key: string } | null>(null);
  const outlineActions = useMemo(
    () => ({
      onOpenCategory: (key: string) => {
        setTab("blocks");
        setOpenCategory({ key });
      },
      saveFirst: async () => {
        await saver.flush();
        return !saver.hasUnsaved;
      },
    }),
    [saver, setTab],
  );
  return { openCategory, outlineActions };
}
