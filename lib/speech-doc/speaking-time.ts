// How long the leader will speak, and how the draft compares with the length the speech is meant to have.
// Clerks are usually told a duration (讲 15 分钟左右) or a character count; the bar shows either against one rate.
import { DEFAULT_SETTINGS, type SpeechSettings } from "./types";

/** A rate that is not a positive number (a half-typed setting) falls back to the default, so the bar never shows
 *  Infinity or NaN minutes. */
function rate(charsPerMinute: number): number {
  return Number.isFinite(charsPerMinute) && charsPerMinute > 0 ? charsPerMinute : DEFAULT_SETTINGS.charsPerMinute;
}

/** Minutes to read `chars` characters aloud (unrounded). */
export function speakingMinutes(chars: number, charsPerMinute: number): number {
  return Math.max(0, chars) / rate(charsPerMinute);
}

/** "不到 1 分钟" / "约 12 分钟" / "约 1 小时" / "约 1 小时 5 分钟", rounded to the nearest minute. */
export function formatDuration(minutes: number): string {
  if (!(minutes >= 1)) return "不到 1 分钟"; // also catches NaN
  const total = Math.round(minutes);
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  if (!hours) return `约 ${total} 分钟`;
  return rest ? `约 ${hours} 小时 ${rest} 分钟` : `约 ${hours} 小时`;
}

export type LengthState = "short" | "ok" | "long";

/** Within this share of the target either way the length is right (a speech of 15 minutes may run 13.5–16.5). */
export const LENGTH_TOLERANCE = 0.1;

export type LengthProgress =
  { target: null; ratio: null; state: null } | { target: number; ratio: number; state: LengthState };

/**
 * The draft against its target: the target in characters (targetChars, else targetMinutes × the speaking rate),
 * chars / target, and whether that is short, ok (within ±10%) or long. All null when the speech has no target.
 */
export function lengthProgress(
  chars: number,
  settings: Pick<SpeechSettings, "charsPerMinute" | "targetChars" | "targetMinutes">,
): LengthProgress {
  const target = targetChars(settings);
  if (!target) return { target: null, ratio: null, state: null };
  const ratio = Math.max(0, chars) / target;
  const state: LengthState = ratio < 1 - LENGTH_TOLERANCE ? "short" : ratio > 1 + LENGTH_TOLERANCE ? "long" : "ok";
  return { target, ratio, state };
}

/** The target length in characters, or null; a character target wins over a duration when both are set. */
export function targetChars(
  settings: Pick<SpeechSettings, "charsPerMinute" | "targetChars" | "targetMinutes">,
): number | null {
  if (settings.targetChars && settings.targetChars > 0) return Math.round(settings.targetChars);
  if (settings.targetMinutes && settings.targetMinutes > 0) {
    return Math.round(settings.targetMinutes * rate(settings.charsPerMinute));
  }
  return null;
}
