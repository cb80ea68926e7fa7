"use client";
// Filters of the 讲话稿 list, kept in the URL (status, meeting, speaker) so a filtered list can be bookmarked;
// the page re-renders on the server for every change. Any change goes back to the first page.
import { MeetingOptionList } from "@/components/speeches/option-lists";
import { useSearchParams } from "next/navigation";
import { useCallback, useEffect, useState } from "react";
import { Select, TextInput } from "@/components/ui/form-controls";
import { SPEECH_STATUSES, SPEECH_STATUS_LABELS, type MeetingRef } from "@/lib/speeches/types";
import { MAX_SPEAKER } from "@/lib/speeches/limits";
import { useReplaceParams } from "./use-replace-params";

const TYPING_DELAY_MS = 300;

export function SpeechFilters({ meetings }: { meetings: MeetingRef[] }) {
  const params = useSearchParams();
  const replace = useReplaceParams();
  const urlSpeaker = params.get("speaker") ?? "";
  const [speaker, setSpeaker] = useState(urlSpeaker);
  /** The speaker last put in the URL from this box: its arrival must not overwrite what was typed since. */
  const [sentSpeaker, setSentSpeaker] = useState(urlSpeaker);
  // Follow the URL when it changes from outside (the back button), without fighting the user's typing.
  const [syncedSpeaker, setSyncedSpeaker] = useState(urlSpeaker);
  if (syncedSpeaker !== urlSpeaker) {
    setSyncedSpeaker(urlSpeaker);
    if (urlSpeaker !== sentSpeaker) {
      setSpeaker(urlSpeaker);
      setSentSpeaker(urlSpeaker);
    }
  }

  const set = useCallback(
    (key: string, value: string | null) => replace((next) => (value ? next.set(key, value) : next.delete(key))),
    [replace],
  );

  useEffect(() => {
    const value = speaker.trim();
    if (value === sentSpeaker) return;
    const t = setTimeout(() => {
      setSentSpeaker(value);
      set("speaker", value || null);
    }, TYPING_DELAY_MS);
    return () => clearTimeout(t);
  }, [speaker, sentSpeaker, set]);

  function clear() {
    setSpeaker("");
    setSentSpeaker("");
    replace((next) => ["status", "meeting", "speaker"].forEach((k) => next.delete(k)));
  }

  const meeting = params.get("meeting") ?? "";
  const hasFilters = Boolean(params.get("status") || meeting || urlSpeaker || speaker);

  return (
    <div
      role="search"
      aria-label="筛选讲话稿"
      className="flex flex-wrap items-end gap-3 rounded-xl border border-stone-200 bg-white p-3"
    >
      <label className="text-sm">
        <span className="mb-1 block text-stone-600">状态</span>
        <Select
          aria-label="按状态筛选"
          value={params.get("status") ?? ""}
          onChange={(e) => set("status", e.target.value)}
          className="w-32 py-1.5 text-sm"
        >
          <option value="">全部</option>
          {SPEECH_STATUSES.map((s) => (
            <option key={s} value={s}>
              {SPEECH_STATUS_LABELS[s]}
            </option>
          ))}
        </Select>
      </label>
      <label className="min-w-0 flex-1 text-sm sm:max-w-sm">
        <span className="mb-1 block text-stone-600">会议</span>
        <Select
          aria-label="按会议筛选"
          value={meeting}
          onChange={(e) => set("meeting", e.target.value)}
          className="py-1.5 text-sm"
        >
          <option value="">全部会议</option>
          <option value="none">未关联会议</option>
          <MeetingOptionList meetings={meetings} />
        </Select>
      </label>
      <label className="text-sm">
        <span className="mb-1 block text-stone-600">讲话人</span>
        <TextInput
          type="search"
          aria-label="按讲话人筛选"
          placeholder="如：县长、张三"
          value={speaker}
          maxLength={MAX_SPEAKER}
          onChange={(e) => setSpeaker(e.target.value)}
          className="w-44 py-1.5 text-sm"
        />
      </label>
      {hasFilters ? (
        <button type="button" onClick={clear} className="py-2 text-sm text-brand-700 hover:underline">
          清除筛选
        </button>
      ) : null}
    </div>
  );
}
