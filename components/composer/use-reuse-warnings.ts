"use client";
// Earlier uses of blocks by this speech's speaker, fetched for the blocks in view (panel results, paragraphs of
// the speech) and kept by block id: they mark results and paragraphs, and make an insert ask first. The speaker
// may change while the composer is open (typed under the title): answers about the previous one are dropped,
// and the panel's "hide recent repeats" filter is asked for again.
import { useCallback, useEffect, useRef, useState } from "react";
import type { ReuseFilter, ReuseWarning } from "@/lib/speeches/types";

const BATCH = 100;
const NONE: ReadonlyMap<string, ReuseWarning[]> = new Map();

export function useReuseWarnings(speechId: string, speaker: string | null, initialFilter: ReuseFilter) {
  const enabled = !!speaker;
  const [cache, setCache] = useState({ speaker, warnings: NONE });
  const asked = useRef({ speaker, ids: new Set<string>() });
  const [filter, setFilter] = useState({ speaker, value: initialFilter });
  const warnings = cache.speaker === speaker ? cache.warnings : NONE;

  /** The blocks already asked about for this speaker. */
  const askedIds = useCallback(() => {
    if (asked.current.speaker !== speaker) asked.current = { speaker, ids: new Set() };
    return asked.current.ids;
  }, [speaker]);
  const merge = useCallback(
    (update: (prev: Map<string, ReuseWarning[]>) => void) =>
      setCache((prev) => {
        const next = new Map(prev.speaker === speaker ? prev.warnings : NONE);
        update(next);
        return { speaker, warnings: next };
      }),
    [speaker],
  );

  useEffect(() => {
    if (!speaker || filter.speaker === speaker) return;
    let live = true;
    void fetch(`/api/speeches/${speechId}/reuse`, { credentials: "same-origin" })
      .then((res) => (res.ok ? (res.json() as Promise<{ filter: ReuseFilter }>) : null))
      .then((body) => live && body && setFilter({ speaker, value: body.filter }))
      .catch(() => undefined); // the panel then offers no filter, as for a speech without a speaker
    return () => {
      live = false;
    };
  }, [speechId, speaker, filter.speaker]);

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
      const done = askedIds();
      const fresh = ids.filter((id) => !done.has(id));
      if (!fresh.length) return;
      fresh.forEach((id) => done.add(id));
      const found = await fetchFor(fresh).catch(() => new Map<string, ReuseWarning[]>());
      if (found.size) merge((next) => found.forEach((list, id) => next.set(id, list)));
    },
    [enabled, askedIds, fetchFor, merge],
  );

  /** Asks the server now (right before an insert, whatever is cached): the server knows the speaker it stored
   * even when this composer has not heard of it yet (the line was saved a moment ago). */
  const check = useCallback(
    async (id: string): Promise<ReuseWarning[]> => {
      const found = await fetchFor([id]).catch(() => new Map<string, ReuseWarning[]>());
      askedIds().add(id);
      const list = found.get(id) ?? [];
      merge((next) => (list.length ? next.set(id, list) : next.delete(id)));
      return list;
    },
    [askedIds, fetchFor, merge],
  );

  /** Warnings for a block about to be inserted: the cached answer when there is one, else the server's. */
  const warningsFor = useCallback(
    async (id: string): Promise<ReuseWarning[]> => {
      if (!enabled) return [];
      return askedIds().has(id) ? (warnings.get(id) ?? []) : check(id);
    },
    [enabled, askedIds, warnings, check],
  );

  return {
    warnings,
    load,
    check,
    warningsFor,
    /** The library filter for 隐藏…近期讲过的, for the current speaker (null while it is being asked for). */
    filter: speaker && filter.speaker === speaker ? filter.value : null,
  };
}
