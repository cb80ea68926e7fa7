"use client";
// The export dialog, loaded when it is opened: its code (the pre-export check, the options form) is not needed
// for the composer's first paint.
import dynamic from "next/dynamic";

export const ComposerExport = dynamic(() => import("./composer-export").then((m) => m.ComposerExport), {
  ssr: false,
});
