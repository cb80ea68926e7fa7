"use client";
// The composer renders only in the browser (the editor, drafts in localStorage). Its code is imported statically
// so that it is part of this route's scripts, which the page's HTML names and the browser loads in parallel from
// the start; only this route carries the editor. The server and hydration render the placeholder, the browser
// then renders the composer at once.
import { useSyncExternalStore } from "react";
import Composer from "./composer";
import type { ComposerProps } from "./composer-props";

const noSubscription = () => () => undefined;

export function ComposerLoader(props: ComposerProps) {
  const inBrowser = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  return inBrowser ? <Composer {...props} /> : <p className="p-8 text-stone-500">正在打开编辑器…</p>;
}
