"use client";
// 素材库已更新: which library paragraphs of the speech are behind their blocks. Asked once when the speech opens
// (one request for up to 200 distinct paragraphs) and again when the window regains focus, at most every 30 s, since
// the clerk may have been editing the block in another tab. The answer marks the paragraphs (decorations) and feeds
// the provenance popover.
import type { Editor } from "@tiptap/core";
import { useCallback, useEffect, useRef, useState } from "react";
import {
  freshnessKey,
  MAX_FRESHNESS_REFS,
  provenanceOf,
  type ProvenanceRef,
  type StaleParagraph,
} from "@/lib/speech-doc/block-freshness";
import { NODE } from "@/lib/speech-doc/types";
import { setDecorationContext } from "./extensions/speech-decorations";

const RECHECK_AFTER_MS = 30_000;

function refsIn(editor: Editor): ProvenanceRef[] {
  const refs = new Map<string, ProvenanceRef>();
  editor.state.doc.forEach((node) => {
    const ref = node.type.name === NODE.paragraph ? provenanceOf(node.attrs) : null;
    if (ref) refs.set(freshnessKey(ref), ref);
  });
  return [...refs.values()];
}

async function fetchStale(refs: ProvenanceRef[]): Promise<StaleParagraph[] | null> {
  const found: StaleParagraph[] = [];
  for (let i = 0; i < refs.length; i += MAX_FRESHNESS_REFS) {
    const params = new URLSearchParams();
    for (const r of refs.slice(i, i + MAX_FRESHNESS_REFS)) params.append("p", freshnessKey(r));
    const res = await fetch(`/api/blocks/freshness?${params}`, { credentials: "same-origin" }).catch(() => null);
    if (!res?.ok) return null; // a check that fails must not block writing: the marks stay as they were
    found.push(...((await res.json()) as { stale: StaleParagraph[] }).stale);
  }
  return found;
}

export function useBlockFreshness(editor: Editor | null): ReadonlyMap<string, StaleParagraph> {
  const [stale, setStale] = useState<ReadonlyMap<string, StaleParagraph>>(new Map());
  const lastCheck = useRef(0);

  const check = useCallback(() => {
    if (!editor || editor.isDestroyed) return;
    lastCheck.current = Date.now();
    void fetchStale(refsIn(editor)).then((found) => {
      if (found) setStale(new Map(found.map((s) => [freshnessKey(s), s])));
    });
  }, [editor]);

  useEffect(() => {
    check();
    const onFocus = () => {
      if (Date.now() - lastCheck.current >= RECHECK_AFTER_MS) check();
    };
    window.addEventListener("focus", onFocus);
    return () => window.removeEventListener("focus", onFocus);
  }, [check]);

  useEffect(() => {
    if (editor) setDecorationContext(editor.view, { staleKeys: new Set(stale.keys()) });
  }, [editor, stale]);

  return stale;
}
