// <option> lists shared by the speech forms and filters: the meetings (title and day) and the kinds of speech.
import { formatDay } from "@/components/ui/format-date";
import { SPEECH_KINDS } from "@/lib/meetings/constants";
import type { MeetingRef } from "@/lib/speeches/types";

export function MeetingOptionList({ meetings }: { meetings: MeetingRef[] }) {
  return (
    <>
      {meetings.map((m) => (
        <option key={m.id} value={m.id}>
          {m.title}
          {m.date ? `（${formatDay(m.date)}）` : ""}
        </option>
      ))}
    </>
  );
}

export function SpeechKindOptionList() {
  return (
    <>
      {SPEECH_KINDS.map((k) => (
        <option key={k} value={k}>
          {k}
        </option>
      ))}
    </>
  );
}
