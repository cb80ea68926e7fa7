"use client";
// The notes under the composer's toolbar: 定稿 (read-only), a stranded unsaved draft, and why the last save failed
// (signed out: with the way to sign in and come back here).
import { signInPath } from "@/lib/auth/next-path";
import type { SaverState } from "./speech-saver";
import { StrandedDraftNote } from "./stranded-draft";
import type { StrandedDraft } from "./use-draft-recovery";

export function ComposerNotes(p: {
  final: boolean;
  canEdit: boolean;
  stranded: StrandedDraft | null;
  save: SaverState;
  onNotice: (text: string) => void;
}) {
  return (
    <>
      {p.final ? (
        <p role="note" className="border-b border-amber-200 bg-amber-50 px-3 py-1.5 text-sm text-amber-900">
          本稿已定稿，只读。{p.canEdit ? "如需修改，请点右上角“重新打开”。" : ""}
        </p>
      ) : null}
      {p.stranded ? (
        <StrandedDraftNote
          draft={p.stranded}
          onCopied={(ok) => p.onNotice(ok ? "已复制。" : "复制失败，请稍后再试。")}
        />
      ) : null}
      {p.save.message && p.save.status !== "conflict" ? (
        <p role="alert" className="border-b border-amber-200 bg-amber-50 px-3 py-1.5 text-sm text-amber-900">
          {p.save.message}
          {p.save.status === "signed-out" ? (
            // A full page load, not a client navigation: the page's own pagehide writes the last keystrokes.
            <a
              href={signInPath(window.location.pathname + window.location.search)}
              className="ml-2 font-medium text-brand-700 underline"
            >
              重新登录
            </a>
          ) : null}
        </p>
      ) : null}
    </>
  );
}
