"use client";
// Earlier uses of blocks by this speech's speaker, fetched for the blocks in view (panel results, paragraphs of
// the speech) and kept by block id: they mark results and paragraphs, and make an insert ask first.
import { useCallback, useRef, useState } from "react";
import type { ReuseWarning } from "@/lib/speeches/types";

const BATCH = 100;

export function useReuseWarnings(speechId: string, enabled: boolean) {
  const [warnings, setWarnings] = useState<ReadonlyMap<string, ReuseWarning[]>>(new Map());
  const asked = useRef(new Set<string>());

  const fetchFor = useCallback(
    async (ids: string[]): Promise<Map<string, ReuseWarning[]>> => {
      const found = new Map<string, ReuseWarning[]>();
      for (let i = 0; i < ids.length; i += BATCH) {
        const params = new URLSearchParams();
        for (const id of ids.slice(i, i + BATCH)) params.append("block", id);
        const res = await fetch(`/api/speeches/${speechId}/reuse?${params}`, { credentials: "same-origin" });
        if (!res.ok) continue; // a warning that cannot be fetched must not block writing
        const body = (await res.json()) as { warnings: ReuseWarning[] };
        for (const w of body.warnings) found.set(w.blockId, [...(found.get(w.blockId) ?? []), w]);
      }
      return found;
    },
    [speechId],
  );

  /** Loads warnings for blocks not asked about yet. */
  const load = useCallback(
    async (ids: string[]) => {
      if (!enabled) return;
      const fresh = ids.filter((id) => !asked.current.has(id));
      if (!fresh.length) return;
      fresh.forEach((id) => asked.current.add(id));
      const found = await fetchFor(fresh).catch(() => new Map<string, ReuseWarning[]>());
      if (found.size) setWarnings((prev) => new Map([...prev, ...found]));
    },
    [enabled, fetchFor],
  );

  /** Asks the server now (used right before an insert, whatever is cached). */
  const check = useCallback(
    async (id: string): Promise<ReuseWarning[]> => {
      if (!enabled) return [];
      const found = await fetchFor([id]).catch(() => new Map<string, ReuseWarning[]>());
      asked.current.add(id);
      const list = found.get(id) ?? [];
      setWarnings((prev) => {
        const next = new Map(prev);
        if (list.length) next.set(id, list);
        else next.delete(id);
        return next;
      });
      return list;
    },
    [enabled, fetchFor],
  );

  /** Warnings for a block about to be inserted: the cached answer when there is one, else the server's. */
  const warningsFor = useCallback(
    async (id: string): Promise<ReuseWarning[]> => (asked.current.has(id) ? (warnings.get(id) ?? []) : check(id)),
    [warnings, check],
  );

  return { warnings, load, check, warningsFor };
}
