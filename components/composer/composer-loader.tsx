"use client";
// The editor's code is loaded only on the composer page, and only in the browser.
import dynamic from "next/dynamic";
import type { ComposerProps } from "./composer-props";

const loadComposer = () => import("./composer");
// Start fetching the editor's code as soon as this page's script runs, not after hydration asks for it.
if (typeof window !== "undefined") void loadComposer();

const Composer = dynamic(loadComposer, {
  ssr: false,
  loading: () => <p className="p-8 text-stone-500">正在打开编辑器…</p>,
});

export function ComposerLoader(props: ComposerProps) {
  return <Composer {...props} />;
}
