"use client";
// Length and speaking time against the speech's target, as a bar.
import { memo } from "react";
import { formatDuration, lengthProgress, speakingMinutes } from "@/lib/speech-doc/speaking-time";
import type { SpeechSettings } from "@/lib/speech-doc/types";

const STATE_TEXT = { short: "偏短", ok: "合适", long: "偏长" } as const;
const STATE_COLOR = { short: "bg-sky-500", ok: "bg-emerald-600", long: "bg-brand-600" } as const;

export const LengthBar = memo(function LengthBar({
  chars,
  settings,
  canSetTarget,
}: {
  chars: number;
  settings: SpeechSettings;
  /** False when the speech is read-only (定稿, or a 只读 user): the hint would point at settings they cannot change. */
  canSetTarget: boolean;
}) {
  const minutes = speakingMinutes(chars, settings.charsPerMinute);
  const progress = lengthProgress(chars, settings);
  return (
    <div className="space-y-1 text-sm" aria-label="篇幅与讲话时长">
      <p>
        全文 <strong data-testid="total-chars">{chars}</strong> 字 · 讲话约{" "}
        <strong data-testid="speaking-time">{formatDuration(minutes).replace(/^约\s*/, "")}</strong>
        <span className="text-xs text-stone-500">（每分钟 {settings.charsPerMinute} 字）</span>
      </p>
      {progress.target ? (
        <>
          <div
            className="h-2 w-full overflow-hidden rounded bg-stone-200"
            role="meter"
            aria-valuemin={0}
            aria-valuemax={progress.target}
            aria-valuenow={chars}
            aria-label="篇幅进度"
          >
            <div
              className={`h-full ${STATE_COLOR[progress.state]}`}
              style={{ width: `${Math.min(100, progress.ratio * 100)}%` }}
            />
          </div>
          <p className="text-xs text-stone-500">
            目标 {progress.target} 字（{formatDuration(speakingMinutes(progress.target, settings.charsPerMinute))}）·{" "}
            {STATE_TEXT[progress.state]}
          </p>
        </>
      ) : canSetTarget ? (
        <p className="text-xs text-stone-500">在“设置”中可设定目标字数或时长。</p>
      ) : null}
    </div>
  );
});
