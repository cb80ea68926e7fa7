"use client";

// Polls an import's progress while it runs: about once a second while a file is pending, more slowly while the
// import only waits for its uploader to say the last file came, and not at all once it is over or the component
// is gone. One request at a time; a failed poll leaves a quiet note and is tried again.
import { useCallback, useEffect, useRef, useState } from "react";
import { api, ApiError } from "@/components/ui/api-client";
import type { ImportProgress } from "@/lib/imports/import-progress";
import { isFinished } from "./import-file-status";

const PENDING_MS = 1000;
const WAITING_FOR_UPLOADER_MS = 5000;
const RETRY_MS = 3000;

export const POLL_FAILED = "暂时无法获取导入进度，正在重试…";

function nextPollIn(p: ImportProgress): number | null {
  if (p.status !== "RUNNING") return null;
  return p.closed || p.files.some((f) => !isFinished(f)) ? PENDING_MS : WAITING_FOR_UPLOADER_MS;
}

export function useImportProgress(importId: string | null, initial: ImportProgress | null = null) {
  const [progress, setProgress] = useState<ImportProgress | null>(initial);
  const [pollError, setPollError] = useState<string | null>(null);
  const pollNow = useRef<() => void>(() => undefined);

  useEffect(() => {
    if (!importId) return;
    let stopped = false;
    let inFlight = false;
    let again = false;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const poll = async () => {
      if (inFlight) {
        again = true;
        return;
      }
      inFlight = true;
      clearTimeout(timer);
      let next: number | null;
      try {
        const { progress } = await api<{ progress: ImportProgress }>(`/api/corpus/imports/${importId}/files`);
        if (stopped) return;
        setProgress(progress);
        setPollError(null);
        next = nextPollIn(progress);
      } catch (err) {
        if (stopped) return;
        const gone = err instanceof ApiError && err.status === 404;
        setPollError(gone ? err.message : POLL_FAILED);
        next = gone ? null : RETRY_MS;
      } finally {
        inFlight = false;
      }
      if (again) {
        again = false;
        void poll();
      } else if (next !== null) {
        timer = setTimeout(() => void poll(), next);
      }
    };

    pollNow.current = () => void poll();
    const first = initial ? nextPollIn(initial) : 0;
    if (first !== null) timer = setTimeout(() => void poll(), first);
    return () => {
      stopped = true;
      clearTimeout(timer);
      pollNow.current = () => undefined;
    };
    // `initial` only seeds the first state; a new one does not restart the polling.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [importId]);

  /** Polls at once (after an upload was answered or the import was closed), even if polling had stopped. */
  const refresh = useCallback(() => pollNow.current(), []);
  // An import let go of (the uploader's empty one, removed at close) has nothing to report, even if a poll that was
  // already under way found it gone.
  return { progress, pollError: importId ? pollError : null, refresh };
}
