// What the speech's meeting already says about its blanks: the meeting's name, its date written the way a speech
// writes it (2026年12月3日) and its place. Offered in the 占位符 panel as values to fill, never filled unasked:
// the clerk may be drafting for another occasion than the linked meeting's.
import type { VariableKey } from "./types";
import { chineseDay } from "./written-date";

type SpeechForSuggestions = {
  date: string | null;
  meeting: { title: string; date: string | null; location: string | null } | null;
};

/** Values for the variables the meeting (or the speech's own date) can tell; keys it cannot tell are absent. */
export function variableSuggestions(speech: SpeechForSuggestions): Partial<Record<VariableKey, string>> {
  const out: Partial<Record<VariableKey, string>> = {};
  const name = speech.meeting?.title.trim();
  if (name) out.meetingName = name;
  const day = speech.meeting?.date ?? speech.date;
  if (day) out.date = chineseDay(day);
  const place = speech.meeting?.location?.trim();
  if (place) out.place = place;
  return out;
}
